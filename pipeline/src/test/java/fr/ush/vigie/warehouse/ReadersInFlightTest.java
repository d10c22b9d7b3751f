package fr.ush.vigie.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.fixtures.TestHdfs;
import fr.ush.vigie.spark.TestSpark;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Spark reader whose plan was resolved on the published version (its files listed) and that reads only after
 * later publications: it finishes on its version while that version is kept, on the local disk (links) and on
 * HDFS (the pointer file); once a publication keeping fewer versions deleted it, the read fails.
 */
class ReadersInFlightTest {
    @TempDir
    static java.nio.file.Path temp;

    private static int folders;

    @ParameterizedTest
    @ValueSource(strings = {"local", "hdfs"})
    void aResolvedReaderFinishesOnItsVersionThroughTwoPublications(String fileSystem) throws Exception {
        Warehouse warehouse = newWarehouse(fileSystem);
        String first = publishRun(warehouse, 1, 3);
        Dataset<Row> reader = resolvedReader(warehouse);

        publishRun(warehouse, 2, 3);
        publishRun(warehouse, 3, 3);

        assertEquals(List.of(1L, 1L, 1L), values(reader), "the first version's rows, all three");
        assertEquals(first, warehouse.keptVersions().get(2).runId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "hdfs"})
    void aReaderWhoseVersionWasDeletedFails(String fileSystem) throws Exception {
        Warehouse warehouse = newWarehouse(fileSystem);
        publishRun(warehouse, 1, 3);
        Dataset<Row> reader = resolvedReader(warehouse);

        publishRun(warehouse, 2, 1);

        Exception failure = assertThrows(Exception.class, () -> values(reader));
        assertTrue(conditions(failure).contains("FAILED_READ_FILE.FILE_NOT_EXIST"), conditions(failure).toString());
    }

    private static Warehouse newWarehouse(String fileSystem) throws Exception {
        folders++;
        return fileSystem.equals("hdfs")
                ? new Warehouse(TestHdfs.newFolder("lecteurs"), TestHdfs.conf())
                : new Warehouse(temp.resolve("entrepot-" + folders).toString());
    }

    /** The published mart, its plan resolved and its files listed, not read. */
    private static Dataset<Row> resolvedReader(Warehouse warehouse) throws Exception {
        WarehouseVersion published = warehouse.publishedVersion().orElseThrow();
        Dataset<Row> reader = spark().read().parquet(published.uri("marts/valeurs")).orderBy("id");
        reader.queryExecution().executedPlan();
        return reader;
    }

    /** A run writing a three-row mart whose every value is {@code value}; returns its run id. */
    private static String publishRun(Warehouse warehouse, int value, int keep) throws Exception {
        String runId = RunIds.next();
        try (RunLock lock = warehouse.lock(runId)) {
            warehouse.cleanLeftovers();
            WarehouseVersion version = warehouse.newVersion(runId);
            spark().range(3).withColumn("valeur", functions.lit((long) value)).coalesce(1).write()
                    .parquet(version.uri("marts/valeurs"));
            Instant publishedAt = warehouse.publish(runId, keep);
            warehouse.writeLedger(new RunLedger(runId, publishedAt, publishedAt, RunLedger.Status.SUCCESS, "test",
                    Map.of(), List.of(), Map.of("valeurs", 3L), List.of(), null).withPublishedAt(publishedAt));
        }
        return runId;
    }

    private static List<Long> values(Dataset<Row> reader) {
        return reader.collectAsList().stream().map(row -> row.getLong(1)).toList();
    }

    private static List<String> conditions(Throwable failure) {
        java.util.List<String> conditions = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SparkThrowable spark && spark.getCondition() != null) {
                conditions.add(spark.getCondition());
            }
        }
        return conditions;
    }

    private static SparkSession spark() {
        return TestSpark.session();
    }
}
