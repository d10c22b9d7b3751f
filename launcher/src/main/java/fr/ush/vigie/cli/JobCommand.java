package fr.ush.vigie.cli;

import fr.ush.vigie.job.StageLog;
import fr.ush.vigie.job.VigieJob;
import fr.ush.vigie.spark.SparkSessions;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A sub-command that runs a Spark job: parses its options, starts Spark, returns the exit code. */
abstract class JobCommand implements Callable<Integer> {
    /** Enough for small inputs; adaptive execution coalesces them further. */
    private static final int SHUFFLE_PARTITIONS = 8;

    @Mixin
    SparkOptions sparkOptions;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        sparkOptions.applyLogLevel();
        SparkSession spark = SparkSessions.create(sparkOptions.master(), SHUFFLE_PARTITIONS);
        return run(new VigieJob(spark, StageLog.toStderr(), VersionProvider.version()));
    }

    abstract int run(VigieJob job) throws Exception;

    /** Where results go (stdout unless a caller redirected it). */
    java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where messages go (stderr unless a caller redirected it). */
    java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
