package fr.ush.vigie.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession of a Vigie process. Embedded {@code local[*]} by default; {@code --master} wins
 * over that default, and a master set by {@code spark-submit} (visible as the {@code spark.master} property)
 * wins over both.
 */
public final class SparkSessions {
    public static final String DEFAULT_MASTER = "local[*]";

    private SparkSessions() {
    }

    /**
     * @param requestedMaster the {@code --master} option, if any
     * @param shufflePartitions the default number of shuffle partitions (adaptive execution coalesces them)
     */
    public static SparkSession create(Optional<String> requestedMaster, int shufflePartitions) {
        SparkConf conf = new SparkConf(true);
        if (!conf.contains("spark.master")) {
            conf.setMaster(requestedMaster.orElse(DEFAULT_MASTER));
        } else if (requestedMaster.isPresent() && !conf.get("spark.master").equals(requestedMaster.get())) {
            System.err.println("vigie : maître Spark fixé par spark-submit (" + conf.get("spark.master")
                    + "), --master ignoré");
        }
        conf.setIfMissing("spark.app.name", "vigie");
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        conf.setIfMissing("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions));
        // Files read in at least as many tasks: compressed Parquet is small for the work it holds (17 million
        // indicator rows in under 100 MB), and Spark, sizing splits by bytes, read it in two or three long tasks
        // that two cores could not share evenly, nor with a job running beside.
        conf.setIfMissing("spark.sql.files.minPartitionNum", Integer.toString(shufflePartitions));
        conf.setIfMissing("spark.sql.adaptive.enabled", "true");
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        // Snappy, Spark's default: zstd made files three times smaller but doubled the cost of writing them.
        conf.setIfMissing("spark.sql.parquet.compression.codec", "snappy");
        // A task writing a partitioned table (autodiagnostics by campagne) keeps a file open per partition it meets
        // instead of sorting its rows by partition first: a task reads whole files, each of one campaign, so it
        // meets few. Beyond this many, it sorts what remains, as without the setting.
        conf.setIfMissing("spark.sql.maxConcurrentOutputFileWriters", "32");
        // Rows kept in memory between validation steps (see Materialiser) are serialized and compressed: the
        // validate command keeps millions there, which would otherwise spill to disk deserialized.
        conf.setIfMissing("spark.rdd.compress", "true");
        // Jobs submitted side by side (sources validated, marts written) share the executors instead of queuing.
        conf.setIfMissing("spark.scheduler.mode", "FAIR");
        // Validation plans are wide by nature; their string form is only for debugging.
        conf.setIfMissing("spark.sql.debug.maxToStringFields", "500");
        // Dates are calendar days: no time zone may shift them.
        conf.setIfMissing("spark.sql.datetime.java8API.enabled", "true");
        // Files written on a local disk get their permissions without a chmod process each (see the class).
        conf.setIfMissing("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
        // Without Hive, Spark still creates ./spark-warehouse on first use: keep the user's folder clean.
        conf.setIfMissing("spark.sql.warehouse.dir", tempWarehouse());
        return SparkSession.builder().config(conf).getOrCreate();
    }

    /**
     * How many pieces of Spark work to run at once from driver threads: one more than the tasks Spark runs at once,
     * so that while the pieces' tasks keep every slot busy, one more piece is being planned and compiled on the
     * driver (most of the time of a piece on small data).
     */
    public static int sideBySide(SparkSession spark) {
        return spark.sparkContext().defaultParallelism() + 1;
    }

    /**
     * Puts the jobs this thread submits from now on in their own pool of the fair scheduler, which shares the
     * executors between pools: sources validated side by side, marts written side by side.
     */
    public static void usePool(SparkSession spark, String pool) {
        spark.sparkContext().setLocalProperty("spark.scheduler.pool", pool);
    }

    private static String tempWarehouse() {
        try {
            Path dir = Files.createTempDirectory("vigie-spark-sql");
            dir.toFile().deleteOnExit();
            return dir.toUri().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
