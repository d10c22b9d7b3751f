package fr.ush.vigie.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The warehouse through Hadoop's {@code FileSystem} API, where the published version is the pointer file
 * {@code _current}: the same scenarios on every file system a subclass gives (the local disk, HDFS). Files are
 * written and checked with Hadoop's API too, as Spark would.
 */
abstract class FileSystemApiWarehouseContract {
    private static final String V1 = "20260101T000000Z-000001";
    private static final String V2 = "20260102T000000Z-000002";

    private String uri;
    private FileSystem fs;
    private Warehouse warehouse;

    /** A URI of a folder that does not exist yet, different for each test. */
    abstract String newWarehouseUri() throws IOException;

    abstract Configuration hadoopConf();

    @BeforeEach
    void openWarehouse() throws IOException {
        uri = newWarehouseUri();
        FileSystem configured = FileSystem.get(URI.create(uri), hadoopConf());
        // Hadoop's local file system would add .crc files beside the test's own files.
        fs = configured instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : configured;
        warehouse = Warehouse.throughFileSystemApi(uri, hadoopConf());
    }

    @Test
    void eachPublicationSwapsThePointerAndDeletesTheOlderVersion() throws Exception {
        publish(V1, "v1");
        assertEquals(Optional.of(V1), warehouse.publishedRunId());
        assertEquals("v1", read(warehouse.publishedVersion().orElseThrow().uri("staging/sites/part-0")));

        publish(V2, "v2");
        WarehouseVersion published = warehouse.publishedVersion().orElseThrow();
        assertEquals(V2, published.runId());
        assertEquals(uri + "/_versions/" + V2, published.uri());
        assertEquals("v2", read(published.uri("staging/sites/part-0")));
        assertEquals("v2", read(published.uri("marts/scores_sites/part-0")));
        assertEquals(List.of("sites"), published.tables("staging"));
        assertEquals(List.of("scores_sites"), published.tables("marts"));
        assertTrue(published.has("rejets"));
        assertEquals("_versions/" + V2 + "\n", read(uri + "/_current"));
        assertEquals(List.of("_current", "_runs", "_versions"), names(""), "no link, no lock, no checksum file");
        assertEquals(List.of(V2), names("_versions"));
    }

    @Test
    void aHeldLockRefusesASecondRunAndIsReleasedOnClose() throws Exception {
        try (RunLock first = warehouse.lock(V1)) {
            WarehouseBusyException busy = assertThrows(WarehouseBusyException.class, () -> warehouse.lock(V2));
            assertTrue(busy.getMessage().startsWith("entrepôt " + uri + " occupé par le run " + V1),
                    busy.getMessage());
            assertTrue(first.isHeld());
            assertEquals(Optional.of(V1), warehouse.lockHolder());
        }
        assertFalse(fs.exists(new Path(uri + "/_lock")));
    }

    @Test
    void aLockSilentForMoreThanTwoMinutesIsTakenOver() throws Exception {
        warehouse.lock(V1).close();
        LockInfo remote = new LockInfo("20260101T000000Z-0remot", 4242, "autre-serveur",
                Instant.now().minus(Duration.ofHours(1)));
        write(uri + "/_lock", remote.toJson());
        fs.setTimes(new Path(uri + "/_lock"), Instant.now().minus(Duration.ofMinutes(3)).toEpochMilli(), -1);

        try (RunLock lock = warehouse.lock(V2)) {
            assertEquals(Optional.of(remote), lock.replacedStaleLock());
            assertTrue(lock.isHeld());
        }
        assertEquals(List.of("_runs", "_versions"), names(""), "the stale lock set aside is deleted");
    }

    @Test
    void aReaderKeepsItsVersionThroughLaterPublicationsAndAKeptOneIsPublishedAgain() throws Exception {
        String v3 = "20260103T000000Z-000003";
        String v4 = "20260104T000000Z-000004";
        publishWithLedger(V1, 3);
        WarehouseVersion resolved = warehouse.publishedVersion().orElseThrow();
        publishWithLedger(V2, 3);
        publishWithLedger(v3, 3);
        assertEquals("contenu de " + V1, read(resolved.uri("marts/scores_sites/part-0")),
                "two publications later, the reader's version is still there");
        assertEquals(List.of(V1, V2, v3), names("_versions"));
        publishWithLedger(v4, 3);
        assertEquals(List.of(V2, v3, v4), names("_versions"), "exactly 3 kept");

        Restoration.Outcome outcome = new Restoration(warehouse, "test").restore(V2);
        assertEquals(Optional.of(V2), warehouse.publishedRunId());
        assertEquals("_versions/" + V2 + "\n", read(uri + "/_current"));
        assertEquals("contenu de " + V2, read(warehouse.publishedVersion().orElseThrow().uri("marts/scores_sites/part-0")));
        assertEquals(V2, warehouse.ledger(outcome.restorationRunId().orElseThrow()).orElseThrow().restoredRunId());
        assertEquals(List.of(V2, v4, v3), warehouse.keptVersions().stream().map(KeptVersion::runId).toList());
        assertEquals(List.of("_current", "_runs", "_versions"), names(""), "no lock, no temporary file left");
    }

    @Test
    void whatAKilledRunLeftIsCleanedAndThePublishedVersionKept() throws Exception {
        publish(V1, "v1");
        write(uri + "/_versions/20260103T000000Z-00000b/staging/sites/part-0", "tué".getBytes(StandardCharsets.UTF_8));
        write(uri + "/._current.0a1b2c.tmp", WarehouseLayout.pointerTo("20260103T000000Z-00000b"));

        try (RunLock lock = warehouse.lock(V2)) {
            warehouse.cleanLeftovers();
        }
        assertEquals(List.of(V1), names("_versions"));
        assertEquals(List.of("_current", "_runs", "_versions"), names(""));
        assertEquals(Optional.of(V1), warehouse.publishedRunId());
    }

    @Test
    void aNewVersionCarriesOverThePublishedStaging() throws Exception {
        publish(V1, "v1");
        try (RunLock lock = warehouse.lock(V2)) {
            WarehouseVersion next = warehouse.newVersion(V2);
            next.copyFrom(warehouse.publishedVersion().orElseThrow(), "staging");
            assertEquals("v1", read(next.uri("staging/sites/part-0")));
        }
    }

    @Test
    void theLocalLayoutIsNotTakenForThisOne() throws Exception {
        write(uri + "/staging/sites/part-0", "ancien".getBytes(StandardCharsets.UTF_8));
        WarehouseLayoutException error = assertThrows(WarehouseLayoutException.class, () -> warehouse.lock(V1));
        assertTrue(error.getMessage().contains("« staging » est un dossier"), error.getMessage());
        assertEquals(List.of("staging"), names(""), "nothing added");
    }

    @Test
    void ledgersAreWrittenAndReadBack() throws Exception {
        RunLedger ledger = RunLedgerTest.sample(V1);
        warehouse.writeLedger(ledger);
        assertEquals(List.of(ledger), warehouse.ledgers());
        assertEquals(List.of(V1 + ".json"), names("_runs"), "no temporary file left");
    }

    private void publish(String runId, String content) throws Exception {
        try (RunLock lock = warehouse.lock(runId)) {
            warehouse.cleanLeftovers();
            WarehouseVersion version = warehouse.newVersion(runId);
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            write(version.uri("staging/sites/part-0"), bytes);
            write(version.uri("marts/scores_sites/part-0"), bytes);
            write(version.uri("rejets/part-0"), bytes);
            warehouse.publish(runId);
        }
    }

    private void publishWithLedger(String runId, int keep) throws Exception {
        try (RunLock lock = warehouse.lock(runId)) {
            warehouse.cleanLeftovers();
            WarehouseVersion version = warehouse.newVersion(runId);
            byte[] bytes = ("contenu de " + runId).getBytes(StandardCharsets.UTF_8);
            write(version.uri("staging/sites/part-0"), bytes);
            write(version.uri("marts/scores_sites/part-0"), bytes);
            write(version.uri("rejets/part-0"), bytes);
            Instant publishedAt = warehouse.publish(runId, keep);
            warehouse.writeLedger(RunLedgerTest.sample(runId).withCommand("run").withPublishedAt(publishedAt));
        }
    }

    private void write(String file, byte[] content) throws IOException {
        try (OutputStream out = fs.create(new Path(file), true)) {
            out.write(content);
        }
    }

    private String read(String file) throws IOException {
        try (InputStream in = fs.open(new Path(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The names in a folder of the warehouse, checksum files included: they must not be there either. */
    private List<String> names(String dir) throws IOException {
        return Arrays.stream(fs.listStatus(new Path(dir.isEmpty() ? uri : uri + "/" + dir)))
                .map(s -> s.getPath().getName()).sorted().toList();
    }
}
