package fr.ush.vigie.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehousePublishTest {
    @TempDir
    Path temp;

    @Test
    void contractPathsShowEachPublishedVersionInTurn() throws Exception {
        Warehouse warehouse = new Warehouse(temp.resolve("entrepot").toString());
        assertEquals(Optional.empty(), warehouse.publishedRunId());

        publish(warehouse, "20260101T000000Z-000001", "v1");
        assertEquals("v1", Files.readString(WarehousePaths.stagingDir(warehouse, "sites").resolve("part-0")));
        assertEquals("v1", Files.readString(WarehousePaths.martsDir(warehouse, "scores_sites").resolve("part-0")));
        assertEquals("v1", Files.readString(WarehousePaths.rejetsDir(warehouse).resolve("part-0")));
        assertEquals(Optional.of("20260101T000000Z-000001"), warehouse.publishedRunId());

        publish(warehouse, "20260102T000000Z-000002", "v2");
        assertEquals("v2", Files.readString(WarehousePaths.stagingDir(warehouse, "sites").resolve("part-0")));
        assertEquals("v2", Files.readString(WarehousePaths.martsDir(warehouse, "scores_sites").resolve("part-0")));
        assertEquals("v2", Files.readString(WarehousePaths.rejetsDir(warehouse).resolve("part-0")));
        assertEquals(Optional.of("20260102T000000Z-000002"), warehouse.publishedRunId());
        assertEquals(Optional.of(WarehousePaths.versionDir(warehouse, "20260102T000000Z-000002")),
                WarehousePaths.publishedVersionDir(warehouse));
        assertFalse(Files.exists(WarehousePaths.versionDir(warehouse, "20260101T000000Z-000001")),
                "older version deleted");
        assertEquals(List.of("20260102T000000Z-000002"), names(warehouse.root().resolve("_versions")));
        assertEquals("_versions/20260102T000000Z-000002",
                Files.readSymbolicLink(warehouse.root().resolve("current")).toString());
        assertEquals("current/staging", Files.readSymbolicLink(warehouse.root().resolve("staging")).toString());
        assertFalse(Files.exists(warehouse.root().resolve("_lock")), "lock released");
    }

    @Test
    void fileUriNamesTheSameFolder() throws Exception {
        Path dir = temp.resolve("entrepot");
        Warehouse warehouse = new Warehouse(dir.toUri().toString());
        assertEquals(dir.toAbsolutePath(), warehouse.root());
        assertEquals("file://" + dir.toAbsolutePath(), warehouse.uri());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new Warehouse("inconnu://namenode/vigie"));
        assertTrue(unknown.getMessage().contains("inconnu://"), unknown.getMessage());
    }

    @Test
    void onlyTheLockHolderWritesAndPublishes() throws Exception {
        Warehouse warehouse = new Warehouse(temp.resolve("entrepot"));
        try (RunLock lock = warehouse.lock("20260101T000000Z-000001")) {
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> warehouse.newVersion("20260101T000000Z-000002"));
            assertTrue(error.getMessage().contains(lock.runId()), error.getMessage());
            warehouse.newVersion("20260101T000000Z-000001");
        }
        assertThrows(IllegalStateException.class, () -> warehouse.publish("20260101T000000Z-000001"));
        assertEquals(Optional.empty(), warehouse.publishedRunId());
    }

    @Test
    void cleanLeftoversKeepsOnlyThePublishedVersion() throws Exception {
        Warehouse warehouse = new Warehouse(temp.resolve("entrepot"));
        publish(warehouse, "20260101T000000Z-000001", "v1");
        Path root = warehouse.root();
        // What killed runs leave: a version never published, another half written, a publication link.
        Files.createDirectories(root.resolve("_versions/20260102T000000Z-00000a/staging/sites"));
        Files.writeString(root.resolve("_versions/20260102T000000Z-00000a/staging/sites/part-0"), "tué");
        Files.createDirectories(root.resolve("_versions/20260103T000000Z-00000b"));
        Files.createSymbolicLink(root.resolve(".current.20260103T000000Z-00000b.tmp"),
                Path.of("_versions/20260103T000000Z-00000b"));

        try (RunLock lock = warehouse.lock("20260104T000000Z-00000c")) {
            warehouse.newVersion(lock.runId());
            warehouse.cleanLeftovers();
            assertEquals(List.of("20260101T000000Z-000001", "20260104T000000Z-00000c"),
                    names(root.resolve("_versions")), "the published version and the lock holder's are kept");
        }
        assertEquals(List.of("_runs", "_versions", "current", "marts", "rejets", "staging"), names(root));
        assertEquals("v1", Files.readString(WarehousePaths.stagingDir(warehouse, "sites").resolve("part-0")));

        try (RunLock lock = warehouse.lock("20260105T000000Z-00000d")) {
            warehouse.cleanLeftovers();
            assertTrue(lock.isHeld());
        }
        assertEquals(List.of("20260101T000000Z-000001"), names(root.resolve("_versions")));
        assertEquals("v1", Files.readString(WarehousePaths.stagingDir(warehouse, "sites").resolve("part-0")));
    }

    @Test
    void aFolderThatIsNotAWarehouseIsRefusedAndLeftAlone() throws Exception {
        Path old = temp.resolve("ancien");
        Files.createDirectories(old.resolve("staging/sites"));
        Files.writeString(old.resolve("staging/sites/part-0"), "ancien");
        WarehouseLayoutException error = assertThrows(WarehouseLayoutException.class,
                () -> new Warehouse(old).lock("20260101T000000Z-000001"));
        assertTrue(error.getMessage().contains("« staging » est un dossier"), error.getMessage());
        assertEquals(List.of("staging"), names(old), "nothing added");
        assertEquals("ancien", Files.readString(old.resolve("staging/sites/part-0")));

        Path unrelated = temp.resolve("documents");
        Files.createDirectories(unrelated);
        Files.writeString(unrelated.resolve("notes.txt"), "à garder");
        error = assertThrows(WarehouseLayoutException.class,
                () -> new Warehouse(unrelated).lock("20260101T000000Z-000001"));
        assertTrue(error.getMessage().contains("« notes.txt » ne fait pas partie d'un entrepôt Vigie"),
                error.getMessage());
        assertEquals(List.of("notes.txt"), names(unrelated));
    }

    @Test
    void anEmptyFolderBecomesAWarehouse() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("vide"));
        publish(new Warehouse(empty), "20260101T000000Z-000001", "v1");
        assertEquals(List.of("_runs", "_versions", "current", "marts", "rejets", "staging"), names(empty));
    }

    @Test
    void ledgersAreWrittenAndReadBack() throws Exception {
        Warehouse warehouse = new Warehouse(temp.resolve("entrepot"));
        RunLedger first = RunLedgerTest.sample("20260101T000000Z-000001");
        RunLedger second = RunLedgerTest.sample("20260102T000000Z-000002")
                .finished(first.finishedAt(), RunLedger.Status.FAILED, "entrée inutilisable");
        warehouse.writeLedger(second);
        warehouse.writeLedger(first);
        assertEquals(List.of(first, second), warehouse.ledgers());
        assertEquals(Optional.of(second), warehouse.ledger("20260102T000000Z-000002"));
        assertTrue(Files.exists(WarehousePaths.ledgerPath(warehouse, "20260101T000000Z-000001")));
        assertEquals(List.of("20260101T000000Z-000001.json", "20260102T000000Z-000002.json"),
                names(warehouse.root().resolve("_runs")), "no temporary file left");
    }

    private static void publish(Warehouse warehouse, String runId, String content) throws Exception {
        try (RunLock lock = warehouse.lock(runId)) {
            warehouse.cleanLeftovers();
            WarehouseVersion version = warehouse.newVersion(lock.runId());
            assertEquals(WarehousePaths.versionDir(warehouse, runId).toUri().toString(), version.uri() + "/");
            write(WarehousePaths.versionStaging(warehouse, runId, "sites").resolve("part-0"), content);
            write(WarehousePaths.versionMarts(warehouse, runId, "scores_sites").resolve("part-0"), content);
            write(WarehousePaths.versionRejets(warehouse, runId).resolve("part-0"), content);
            warehouse.publish(runId);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
