package fr.ush.vigie.spark;

import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/** The one SparkSession of a test JVM: {@code local[2]}, two shuffle partitions, UI off. */
public final class TestSpark {
    private static SparkSession session;

    private TestSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.create(Optional.of("local[2]"), 2);
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
