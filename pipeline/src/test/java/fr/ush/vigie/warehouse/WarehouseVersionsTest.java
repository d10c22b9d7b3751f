package fr.ush.vigie.warehouse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept versions on the local disk: how many a publication keeps, listing them, publishing one again. */
class WarehouseVersionsTest {
    private static final String V1 = "20260101T000000Z-000001";
    private static final String V2 = "20260102T000000Z-000002";
    private static final String V3 = "20260103T000000Z-000003";
    private static final String V4 = "20260104T000000Z-000004";
    private static final String V5 = "20260105T000000Z-000005";

    @TempDir
    Path temp;

    private Warehouse warehouse;

    @BeforeEach
    void newWarehouse() {
        warehouse = new Warehouse(temp.resolve("entrepot"));
    }

    @Test
    void aPublicationKeepsExactlyTheLastNVersions() throws Exception {
        publishRun(V1, 3);
        assertEquals(List.of(V1), versionFolders());
        publishRun(V2, 3);
        publishRun(V3, 3);
        assertEquals(List.of(V1, V2, V3), versionFolders());
        publishRun(V4, 3);
        assertEquals(List.of(V2, V3, V4), versionFolders(), "V1, the fourth most recent, is deleted");
        assertEquals(List.of(V4, V3, V2), keptRunIds(), "most recently published first");
        assertTrue(warehouse.keptVersions().get(0).published());
        assertFalse(warehouse.keptVersions().get(1).published());

        publishRun(V5, 1);
        assertEquals(List.of(V5), versionFolders(), "--conserver 1: only the published one");
        assertEquals("contenu de " + V5,
                Files.readString(WarehousePaths.martsDir(warehouse, "scores_sites").resolve("part-0")));
    }

    @Test
    void killedRunsLeftoversGoButKeptVersionsStay() throws Exception {
        publishRun(V1, 3);
        publishRun(V2, 3);
        Path root = warehouse.root();
        // A version never published (its run killed while writing) and a deletion cut short.
        Files.createDirectories(root.resolve("_versions/" + V3 + "/staging/sites"));
        Files.createDirectories(root.resolve("_versions/." + V1 + ".0a0b0c.tmp/marts"));
        assertEquals(List.of(V2, V1), keptRunIds(), "neither the unpublished version nor the temporary name");

        try (RunLock lock = warehouse.lock(V4)) {
            warehouse.cleanLeftovers();
        }
        assertEquals(List.of(V1, V2), versionFolders());
    }

    @Test
    void restoringPublishesAKeptVersionAgainWithItsOwnLedger() throws Exception {
        publishRun(V1, 3);
        publishRun(V2, 3);
        publishRun(V3, 3);
        byte[] before = Files.readAllBytes(
                WarehousePaths.versionDir(warehouse, V1).resolve("marts/scores_sites/part-0"));

        Restoration.Outcome outcome = new Restoration(warehouse, "test").restore(V1);

        String restoration = outcome.restorationRunId().orElseThrow();
        assertEquals(Optional.of(V1), warehouse.publishedRunId());
        assertArrayEquals(before,
                Files.readAllBytes(WarehousePaths.martsDir(warehouse, "scores_sites").resolve("part-0")));
        assertEquals(List.of(V1, V2, V3), versionFolders(), "a restoration deletes nothing");
        assertEquals(List.of(V1, V3, V2), keptRunIds(), "the restored version is the latest publication");
        KeptVersion restored = warehouse.keptVersions().get(0);
        assertTrue(restored.published());
        assertEquals(Optional.of(restoration), restored.restoredBy().map(RunLedger::runId));

        RunLedger ledger = warehouse.ledger(restoration).orElseThrow();
        assertEquals(RunLedger.Status.SUCCESS, ledger.status());
        assertEquals("restaurer", ledger.command());
        assertEquals(V1, ledger.restoredRunId());
        assertEquals(warehouse.ledger(V1).orElseThrow().marts(), ledger.marts());
        assertTrue(ledger.publishedAt() != null);
        assertFalse(warehouse.lockHolder().isPresent(), "lock released");

        // The next publication counts the restoration: V1 is its second most recent, V2 is beyond 2.
        publishRun(V4, 2);
        assertEquals(List.of(V1, V4), versionFolders());
    }

    @Test
    void restoringTheAlreadyPublishedVersionChangesNothing() throws Exception {
        publishRun(V1, 3);
        Restoration.Outcome outcome = new Restoration(warehouse, "test").restore(V1);
        assertEquals(Optional.empty(), outcome.restorationRunId());
        assertEquals(List.of(V1 + ".json"), WarehousePublishTest.names(warehouse.root().resolve("_runs")));
    }

    @Test
    void anUnknownOrDeletedVersionIsRefusedAndNothingChanges() throws Exception {
        publishRun(V1, 1);
        publishRun(V2, 1);
        UnknownVersionException deleted = assertThrows(UnknownVersionException.class,
                () -> new Restoration(warehouse, "test").restore(V1));
        assertTrue(deleted.getMessage().contains(V1), deleted.getMessage());
        UnknownVersionException unknown = assertThrows(UnknownVersionException.class,
                () -> new Restoration(warehouse, "test").restore("20991231T000000Z-ffffff"));
        assertTrue(unknown.getMessage().contains("20991231T000000Z-ffffff"), unknown.getMessage());
        assertThrows(UnknownVersionException.class, () -> new Restoration(warehouse, "test").restore("../x"));
        assertEquals(Optional.of(V2), warehouse.publishedRunId());
        assertEquals(List.of(V1 + ".json", V2 + ".json"),
                WarehousePublishTest.names(warehouse.root().resolve("_runs")), "no ledger for a refusal");
    }

    @Test
    void restoringIsRefusedWhileAnotherRunHoldsTheLock() throws Exception {
        publishRun(V1, 3);
        publishRun(V2, 3);
        try (RunLock other = warehouse.lock(V3)) {
            WarehouseBusyException busy = assertThrows(WarehouseBusyException.class,
                    () -> new Restoration(warehouse, "test").restore(V1));
            assertEquals(Optional.of(V3), busy.holder().map(LockInfo::runId));
            assertEquals(Optional.of(V2), warehouse.publishedRunId());
            assertTrue(other.isHeld());
        }
        assertEquals(List.of(V1 + ".json", V2 + ".json"),
                WarehousePublishTest.names(warehouse.root().resolve("_runs")));
    }

    @Test
    void aKeptVersionIsReadByItsRunId() throws Exception {
        publishRun(V1, 3);
        publishRun(V2, 3);
        WarehouseVersion kept = warehouse.keptVersion(V1);
        assertEquals(warehouse.uri() + "/_versions/" + V1, kept.uri());
        assertEquals(List.of("scores_sites"), kept.tables("marts"));
    }

    /** A run as VigieJob does it: lock, clean, write, publish keeping {@code keep}, ledger with its time. */
    private void publishRun(String runId, int keep) throws Exception {
        try (RunLock lock = warehouse.lock(runId)) {
            warehouse.cleanLeftovers();
            warehouse.newVersion(runId);
            for (Path file : List.of(WarehousePaths.versionStaging(warehouse, runId, "sites").resolve("part-0"),
                    WarehousePaths.versionMarts(warehouse, runId, "scores_sites").resolve("part-0"),
                    WarehousePaths.versionRejets(warehouse, runId).resolve("part-0"))) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, "contenu de " + runId);
            }
            Instant publishedAt = warehouse.publish(runId, keep);
            warehouse.writeLedger(RunLedgerTest.sample(runId).withCommand("run").withPublishedAt(publishedAt));
        }
    }

    private List<String> versionFolders() throws IOException {
        return WarehousePublishTest.names(warehouse.root().resolve("_versions"));
    }

    private List<String> keptRunIds() throws IOException {
        return warehouse.keptVersions().stream().map(KeptVersion::runId).toList();
    }
}
