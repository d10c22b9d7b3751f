package fr.ush.vigie.cli;

import java.util.Optional;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Option;

/** Options every Spark job takes. */
public final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL",
            description = "Maître Spark (défaut local[*] ; sous spark-submit, celui de spark-submit).")
    private String master;

    @Option(names = "--verbose", description = "Affiche les journaux de Spark, Hadoop et Parquet.")
    private boolean verbose;

    public Optional<String> master() {
        return Optional.ofNullable(master);
    }

    /** Loggers that log4j2.properties silences, whose lines --verbose shows. */
    private static final String[] QUIET_UNLESS_VERBOSE = {"org.apache.spark.executor.Executor",
        "org.apache.spark.scheduler.TaskSetManager"};

    /** Spark and Hadoop log at WARN unless --verbose, which shows every logger at INFO. */
    public void applyLogLevel() {
        if (verbose) {
            Configurator.setRootLevel(Level.INFO);
            for (String logger : QUIET_UNLESS_VERBOSE) {
                Configurator.setLevel(logger, Level.INFO);
            }
        }
    }
}
