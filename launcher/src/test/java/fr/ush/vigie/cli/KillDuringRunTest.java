package fr.ush.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.ush.vigie.fixtures.EveryReasonFixture;
import fr.ush.vigie.spark.TestSpark;
import fr.ush.vigie.warehouse.Warehouse;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} of a child JVM in the middle of {@code vigie ingest}, at several moments: the last
 * published warehouse stays readable and unchanged, and the next run goes through and cleans up.
 */
class KillDuringRunTest {
    /** Moments to kill at, from the child's start: JVM and Spark start-up, inventory, validation, writing. */
    private static final long[] KILL_AFTER_MS = {1_500, 6_000, 12_000};

    @TempDir
    Path tmp;

    @Test
    void aKilledRunLeavesThePublishedWarehouseIntact() throws Exception {
        SparkSession spark = TestSpark.session();
        Path input = EveryReasonFixture.write(tmp.resolve("input"));
        Path warehouse = tmp.resolve("warehouse");
        String[] ingest = {"ingest", "--input", input.toString(), "--warehouse", warehouse.toString(),
            "--max-reject-rate", "1"};
        assertEquals(0, Vigie.execute(ingest));
        String published = new Warehouse(warehouse).publishedRunId().orElseThrow();
        List<String> stagingBefore = rows(spark, warehouse, "staging/autodiagnostics");
        List<String> rejetsBefore = rows(spark, warehouse, "rejets");

        for (long killAfter : KILL_AFTER_MS) {
            Process child = childJvm(ingest, tmp.resolve("child-" + killAfter + ".log"));
            boolean finished = child.waitFor(killAfter, TimeUnit.MILLISECONDS);
            assertFalse(finished, "the child must still be running when killed at " + killAfter + " ms");
            child.destroyForcibly().waitFor();

            assertEquals(published, new Warehouse(warehouse).publishedRunId().orElseThrow());
            assertEquals(stagingBefore, rows(spark, warehouse, "staging/autodiagnostics"), "killed at " + killAfter);
            assertEquals(rejetsBefore, rows(spark, warehouse, "rejets"), "killed at " + killAfter);
        }

        assertEquals(0, Vigie.execute(ingest), "a stale lock does not block the next run");
        String next = new Warehouse(warehouse).publishedRunId().orElseThrow();
        try (Stream<Path> versions = Files.list(warehouse.resolve("_versions"))) {
            // The version published before is kept beside the new one (3 kept by default): the killed runs' are gone.
            assertEquals(List.of(published, next), versions.map(p -> p.getFileName().toString()).sorted().toList(),
                    "leftovers of the killed runs are cleaned");
        }
        assertEquals(stagingBefore, rows(spark, warehouse, "staging/autodiagnostics"), "same input, same tables");
    }

    private static List<String> rows(SparkSession spark, Path warehouse, String table) {
        Row[] rows = (Row[]) spark.read().parquet(warehouse.resolve(table).toString()).drop("run_id").collect();
        return Arrays.stream(rows).map(Row::toString).sorted().toList();
    }

    /** {@code vigie} in a JVM of its own, with this JVM's classpath and Spark flags. */
    private static Process childJvm(String[] args, Path log) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (flag.startsWith("--add-opens") || flag.startsWith("-D")) {
                command.add(flag);
            }
        }
        command.add("-Xmx1g");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Vigie.class.getName());
        command.addAll(List.of(args));
        File logFile = log.toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile).start();
    }
}
