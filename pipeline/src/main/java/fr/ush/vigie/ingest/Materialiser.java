package fr.ush.vigie.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.storage.StorageLevel;

/**
 * Keeps rows computed once, their lineage cut, so that every later pass reads the result instead of computing it
 * again: in memory, serialized and compressed (spilled to disk if need be), or on the driver when they are few.
 */
final class Materialiser {
    /** At most this many rows go to the driver in {@link #few}. */
    private static final int FEW = 10_000;
    private final SparkSession spark;
    private final List<Dataset<Row>> inMemory = new ArrayList<>();

    Materialiser(SparkSession spark) {
        this.spark = spark;
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

    /** Frees the rows kept in memory. */
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
    }
}
