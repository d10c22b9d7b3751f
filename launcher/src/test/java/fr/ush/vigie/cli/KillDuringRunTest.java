package fr.ush.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.ush.vigie.fixtures.EveryReasonFixture;
import fr.ush.vigie.spark.TestSpark;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.Warehouse;
import fr.ush.vigie.fixtures.ChildOutput;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} of a child JVM in the middle of {@code vigie ingest}, at every stage boundary the run
 * itself announces (before Spark starts, then right after each stage ends, the last one just before publication):
 * the last published warehouse stays readable and unchanged, and the next run goes through and cleans up.
 *
 * <p>The child stops at the chosen moment and waits to be killed ({@link PauseAfterStage}), so every moment is
 * reached on any machine, however fast or slow.
 */
class KillDuringRunTest {
    /** The stage that makes the new version the published one: the child is killed before it, never after. */
    private static final String PUBLICATION = "publication";
    /** Only a hung child takes this long to reach a stage boundary. */
    private static final long HANG_MINUTES = 10;

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

        List<String> moments = killMoments(new Warehouse(warehouse).ledger(published).orElseThrow());
        assertTrue(moments.size() >= 4, "start-up, inventory, validation and staging at least: " + moments);
        for (String moment : moments) {
            Path log = tmp.resolve("child-" + moments.indexOf(moment) + ".log");
            Process child = childJvm(moment, ingest, log);
            awaitPause(child, moment, log);
            child.destroyForcibly().waitFor();

            assertEquals(published, new Warehouse(warehouse).publishedRunId().orElseThrow(), "killed after " + moment);
            assertEquals(stagingBefore, rows(spark, warehouse, "staging/autodiagnostics"), "killed after " + moment);
            assertEquals(rejetsBefore, rows(spark, warehouse, "rejets"), "killed after " + moment);
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

    /** Before the job starts, then after each stage the published run went through before its publication. */
    private static List<String> killMoments(RunLedger ledger) {
        List<String> stages = ledger.stages().stream().map(RunLedger.Stage::name).toList();
        int publication = stages.indexOf(PUBLICATION);
        assertTrue(publication > 0, "the ledger names the publication stage: " + stages);
        List<String> moments = new ArrayList<>();
        moments.add(PauseAfterStage.AT_START);
        moments.addAll(stages.subList(0, publication));
        return moments;
    }

    /** Waits for the child's word that it stopped at the moment; fails if it ends or hangs first. */
    private static void awaitPause(Process child, String moment, Path log) throws Exception {
        BlockingQueue<String> lines = ChildOutput.lines(child);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(HANG_MINUTES);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if ((PauseAfterStage.PAUSED + moment).equals(line)) {
                return;
            }
            if (line == null && !child.isAlive() && lines.isEmpty()) {
                fail("the child ended before stopping after « " + moment + " »: " + Files.readString(log));
            }
        }
        child.destroyForcibly();
        fail("the child never stopped after « " + moment + " »: " + Files.readString(log));
    }

    private static List<String> rows(SparkSession spark, Path warehouse, String table) {
        Row[] rows = (Row[]) spark.read().parquet(warehouse.resolve(table).toString()).drop("run_id").collect();
        return Arrays.stream(rows).map(Row::toString).sorted().toList();
    }

    /** {@link PauseAfterStage} in a JVM of its own, with this JVM's classpath and Spark flags; stderr to a log. */
    private static Process childJvm(String moment, String[] args, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (flag.startsWith("--add-opens") || flag.startsWith("-D")) {
                command.add(flag);
            }
        }
        command.add("-Xmx1g");
        command.add(PauseAfterStage.class.getName());
        command.add(moment);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        // Through the environment: the test class path (Spark's jars) can exceed the limit of one argument.
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        return builder.start();
    }
}
