package fr.ush.vigie.ingest;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetOutputFormat;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.storage.StorageLevel;

/**
 * Computes validated rows once and hands back a dataset that reads the result, its lineage cut.
 *
 * <p>Two places. Millions of rows kept in memory must be serialized to fit, and every later pass (duplicates,
 * counts per file, retained autodiagnostics, staging, rejects) would deserialize them whole; written once as
 * Parquet in a scratch folder, each pass reads only the columns it needs (the rejects pass reads nothing when no
 * row is rejected). Small sources stay in memory, where a Parquet write would cost more than it saves. Sources
 * validated side by side share one.
 */
final class Materialiser {
    /** At most this many rows go to the driver in {@link #few}. */
    private static final int FEW = 10_000;
    private final SparkSession spark;
    private final String scratch;
    private final List<Dataset<Row>> inMemory = new ArrayList<>();
    private final AtomicInteger written = new AtomicInteger();

    /** @param scratch a folder to write in (any Hadoop URI), or null to keep everything in memory */
    Materialiser(SparkSession spark, String scratch) {
        this.spark = spark;
        this.scratch = scratch;
    }

    /**
     * Kept where later passes read it best: the autodiagnostics, millions of rows, in the scratch folder; the
     * other sources, small, in memory.
     */
    Dataset<Row> keep(Source source, Dataset<Row> rows) {
        return source == Source.AUTODIAGNOSTICS ? inScratch(rows, source.code()) : inMemory(rows);
    }

    /**
     * Rows that are usually few (the duplicates of a source): brought to the driver, where every later query plans
     * over them without a job of its own; beyond {@link #FEW} rows, kept in memory like any other.
     */
    Dataset<Row> few(Dataset<Row> rows) {
        List<Row> first = rows.limit(FEW + 1).collectAsList();
        return first.size() <= FEW ? spark.createDataFrame(first, rows.schema()) : inMemory(rows);
    }

    /** Kept in memory, serialized and compressed (spilled to disk if need be). */
    Dataset<Row> inMemory(Dataset<Row> rows) {
        Dataset<Row> checkpoint = rows.localCheckpoint(true, StorageLevel.MEMORY_AND_DISK_SER());
        synchronized (inMemory) {
            inMemory.add(checkpoint);
        }
        return checkpoint;
    }

    /** Written as Parquet in the scratch folder, or kept in memory when there is none. */
    private Dataset<Row> inScratch(Dataset<Row> rows, String name) {
        if (scratch == null) {
            return inMemory(rows);
        }
        // A source may be checked twice in a run (an incremental read given up): each result has its folder.
        String folder = scratch + "/" + name + "-" + written.getAndIncrement();
        // Read back by this run, whole, and then deleted: no statistics, which cost a comparison per text value
        // written. Dictionaries stay: every pass reading the rows back would otherwise copy each text value.
        rows.write().mode(SaveMode.ErrorIfExists)
                .option(ParquetOutputFormat.STATISTICS_ENABLED, false)
                .option(ParquetOutputFormat.SIZE_STATISTICS_ENABLED, false)
                .parquet(folder);
        return spark.read().schema(rows.schema()).parquet(folder);
    }

    /** Frees the rows kept in memory and removes the scratch folder. */
    void release() {
        synchronized (inMemory) {
            for (Dataset<Row> rows : inMemory) {
                // The checkpointed blocks belong to the plan's RDD; Dataset.rdd() would be a new, unpersisted one.
                if (rows.queryExecution().logical() instanceof LogicalRDD checkpoint) {
                    checkpoint.rdd().unpersist(false);
                }
            }
            inMemory.clear();
        }
        if (scratch != null) {
            try {
                Path folder = new Path(scratch);
                folder.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(folder, true);
            } catch (IOException e) {
                throw new UncheckedIOException("dossier de travail " + scratch + " : " + e.getMessage(), e);
            }
        }
    }
}
