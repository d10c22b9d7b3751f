package fr.ush.vigie.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.ush.vigie.fixtures.ChildOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at various moments of real runs, in a child JVM ({@link KilledRunMain}): the contract paths must still
 * show one whole published version, and the next run must get the lock and clean up after the killed one.
 */
class WarehouseKillTest {
    private static final int FILES_PER_FOLDER = 40;
    private static final long SLEEP_MILLIS = 4;
    /** No step to hold at: the child runs on, run after run, until killed. */
    private static final String NO_HOLD = "-";
    /** Only a hung child takes this long to print a line. */
    private static final long HANG_MINUTES = 10;

    @TempDir
    Path temp;

    private Warehouse warehouse;
    private final Set<String> knownRuns = new HashSet<>();
    private int staleLocksTakenOver;

    @Test
    void aKilledRunNeverDamagesThePublishedVersion() throws Exception {
        warehouse = new Warehouse(temp.resolve("entrepot"));
        String first = RunIds.next();
        try (RunLock lock = warehouse.lock(first)) {
            assertTrue(lock.isHeld());
            warehouse.newVersion(first);
            VersionFiles.write(WarehousePaths.versionDir(warehouse, first), first, FILES_PER_FOLDER, 0);
            warehouse.publish(first);
        }
        knownRuns.add(first);

        // Wherever the running child happens to be: the checks hold at any moment, so these need no precise time.
        killAfter(NO_HOLD, null, 300);
        killAfter(NO_HOLD, line -> line.startsWith("locked "), 0);
        killAfter(NO_HOLD, line -> line.startsWith("publish "), 0);
        killAfter(NO_HOLD, line -> line.startsWith("published "), 150);
        // At each step of a publication, where the child stops until killed: these moments are always reached.
        for (String step : List.of("step link-created", "step current-swapped", "step version-half-deleted")) {
            killAfter(step, step::equals, 0);
        }

        assertTrue(staleLocksTakenOver >= 3, "each kill at a publication step leaves a stale lock");
    }

    /**
     * Starts a child that holds at {@code holdAt}, kills it {@code delayMillis} after its first line matching
     * {@code trigger} (or its start), then checks the published version and cleans up after the child.
     */
    private void killAfter(String holdAt, Predicate<String> trigger, long delayMillis) throws Exception {
        Path errors = temp.resolve("enfant-" + knownRuns.size() + ".err");
        Process child = startChild(holdAt, errors);
        BlockingQueue<String> lines = ChildOutput.lines(child);
        List<String> seen = new ArrayList<>();
        if (trigger != null) {
            waitFor(child, lines, seen, trigger, errors);
        }
        if (delayMillis > 0) {
            Thread.sleep(delayMillis);
        }
        child.destroyForcibly().waitFor();
        lines.drainTo(seen);
        seen.stream().filter(line -> !line.startsWith("step "))
                .map(line -> line.substring(line.indexOf(' ') + 1)).forEach(knownRuns::add);

        String published = VersionFiles.verifyPublished(warehouse, FILES_PER_FOLDER);
        assertTrue(knownRuns.contains(published), published + " is not a run we know of");

        String next = RunIds.next();
        try (RunLock lock = warehouse.lock(next)) {
            if (lock.replacedStaleLock().isPresent()) {
                staleLocksTakenOver++;
            }
            warehouse.cleanLeftovers();
            assertEquals(List.of(published), WarehousePublishTest.names(warehouse.root().resolve("_versions")),
                    "the killed run's version is gone, the published one stays");
            assertTrue(WarehousePublishTest.names(warehouse.root()).stream()
                    .noneMatch(name -> name.startsWith(".current.")), "no publication link left");
        }
        assertEquals(published, VersionFiles.verifyPublished(warehouse, FILES_PER_FOLDER));
    }

    private Process startChild(String holdAt, Path errors) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                KilledRunMain.class.getName(), warehouse.root().toString(), String.valueOf(FILES_PER_FOLDER),
                String.valueOf(SLEEP_MILLIS), holdAt);
        // Through the environment: the test class path (Spark's jars) can exceed the limit of one argument.
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        builder.redirectError(errors.toFile());
        return builder.start();
    }

    private static void waitFor(Process child, BlockingQueue<String> lines, List<String> seen,
            Predicate<String> trigger, Path errors) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(HANG_MINUTES);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(50, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (trigger.test(line)) {
                    return;
                }
            } else if (!child.isAlive()) {
                fail("the child ended by itself: " + Files.readString(errors));
            }
        }
        child.destroyForcibly();
        fail("the child never printed the expected line; it printed " + seen + "; " + Files.readString(errors));
    }
}
