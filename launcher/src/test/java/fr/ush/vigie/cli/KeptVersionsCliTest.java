package fr.ush.vigie.cli;

import static fr.ush.vigie.cli.VigieCliTest.vigie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.cli.VigieCliTest.Outcome;
import fr.ush.vigie.fixtures.EveryReasonFixture;
import fr.ush.vigie.spark.TestSpark;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.RunLock;
import fr.ush.vigie.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rolling back a bad publication from the command line: {@code versions}, {@code restaurer}, {@code sql --run},
 * {@code --conserver}; and a Spark failure told in French.
 */
class KeptVersionsCliTest {
    @TempDir
    static Path tmp;
    static Path fixture;
    /** The fixture without its workbook: the campaign 2026-S1 is missing, as from a wrong input folder. */
    static Path withoutWorkbook;

    @BeforeAll
    static void sharedSparkAndFixtures() throws IOException {
        TestSpark.session();
        fixture = EveryReasonFixture.write(tmp.resolve("fixture"));
        withoutWorkbook = EveryReasonFixture.write(tmp.resolve("sans-classeur"));
        Files.delete(withoutWorkbook.resolve(EveryReasonFixture.XLSX));
    }

    @Test
    void aBadPublicationIsRolledBackExactly() throws Exception {
        Path warehouse = tmp.resolve("rollback");
        String good = ingest(fixture, warehouse, "3");
        Map<String, String> publishedBefore = publishedFiles(warehouse);
        String bad = ingest(withoutWorkbook, warehouse, "3");
        // The fixture's retained campaigns are 2025-S1, 2025-S2 and, from the workbook, 2026-S1.
        assertEquals("n\n2\n", campaigns(warehouse));

        Outcome versions = vigie("versions", "--warehouse", warehouse.toString());
        assertEquals(0, versions.code(), versions.err());
        List<String> lines = versions.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("* " + bad + " ") && l.endsWith(" SUCCESS  ingest")),
                versions.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  " + good + " ")), versions.out());
        // rejets_synthese: one row per (source, reason) among the fixture's rejected rows.
        long pairs = EveryReasonFixture.REJECTS.stream().map(r -> r.source() + " " + r.codeMotif()).distinct().count();
        assertTrue(lines.stream().anyMatch(l -> l.equals("    lignes : rejets_synthese " + pairs)), versions.out());

        Outcome sqlOld = vigie("sql", "--warehouse", warehouse.toString(), "--run", good, "--format", "csv", "-e",
                "select count(distinct campagne) as n from autodiagnostics");
        assertEquals("n\n3\n", sqlOld.out(), sqlOld.err());

        Outcome restored = vigie("restaurer", "--warehouse", warehouse.toString(), "--run", good);
        assertEquals(0, restored.code(), restored.err());
        Warehouse opened = new Warehouse(warehouse);
        assertEquals(good, opened.publishedRunId().orElseThrow());
        assertEquals(publishedBefore, publishedFiles(warehouse), "every published file, byte for byte");
        assertEquals("n\n3\n", campaigns(warehouse));
        RunLedger restoration = opened.ledgers().get(opened.ledgers().size() - 1);
        assertEquals("restaurer", restoration.command());
        assertEquals(good, restoration.restoredRunId());
        assertEquals(RunLedger.Status.SUCCESS, restoration.status());
        assertEquals(opened.ledger(good).orElseThrow().marts(), restoration.marts());

        // The bad version is kept too: it can be read, and restored back.
        Outcome sqlBad = vigie("sql", "--warehouse", warehouse.toString(), "--run", bad, "--format", "csv", "-e",
                "select count(distinct campagne) as n from autodiagnostics");
        assertEquals("n\n2\n", sqlBad.out(), sqlBad.err());

        try (RunLock held = new Warehouse(warehouse).lock("20261129T000000Z-abcdef")) {
            Outcome busy = vigie("restaurer", "--warehouse", warehouse.toString(), "--run", bad);
            assertEquals(2, busy.code());
            assertTrue(busy.err().contains("20261129T000000Z-abcdef"), busy.err());
        }
        assertEquals(good, opened.publishedRunId().orElseThrow(), "nothing changed");
    }

    @Test
    void unknownOrDeletedVersionsAreRefusedWithTwo() throws Exception {
        Path warehouse = tmp.resolve("refusals");
        String first = ingest(fixture, warehouse, "1");
        String second = ingest(fixture, warehouse, "1");
        assertEquals(List.of(second), names(warehouse.resolve("_versions")), "--conserver 1");

        Outcome deleted = vigie("restaurer", "--warehouse", warehouse.toString(), "--run", first);
        assertEquals(2, deleted.code());
        assertTrue(deleted.err().contains(first), deleted.err());
        Outcome unknown = vigie("restaurer", "--warehouse", warehouse.toString(), "--run", "20200101T000000Z-000000");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("20200101T000000Z-000000"), unknown.err());
        Outcome sqlDeleted = vigie("sql", "--warehouse", warehouse.toString(), "--run", first, "-e", "select 1");
        assertEquals(2, sqlDeleted.code());
        assertEquals(2, vigie("ingest", "--input", fixture.toString(), "--warehouse", warehouse.toString(),
                "--max-reject-rate", "1", "--conserver", "0").code());
        assertEquals(second, new Warehouse(warehouse).publishedRunId().orElseThrow());
    }

    @Test
    void aSparkFailureIsToldInTwoFrenchLinesNamingTheFile() throws Exception {
        Path warehouse = tmp.resolve("abime");
        String runId = ingest(fixture, warehouse, "3");
        // The files of a table are read in path order, the first for its schema: the last campaign's file is
        // only read by the query.
        Path partition = warehouse.resolve("_versions/" + runId + "/staging/autodiagnostics/campagne=2026-S1");
        Path damaged;
        try (Stream<Path> files = Files.list(partition)) {
            damaged = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        Files.writeString(damaged, "ceci n'est pas un fichier Parquet");

        String[] query = {"sql", "--warehouse", warehouse.toString(), "-e", "select sum(niveau) from autodiagnostics"};
        Outcome outcome = vigie(query);
        assertEquals(1, outcome.code());
        List<String> lines = outcome.err().strip().lines().toList();
        assertEquals(2, lines.size(), outcome.err());
        assertTrue(lines.get(0).contains(damaged.getFileName().toString()), outcome.err());
        assertTrue(lines.get(0).contains("autodiagnostics"), outcome.err());

        String[] verbose = Stream.concat(Stream.of(query), Stream.of("--verbose")).toArray(String[]::new);
        Outcome detailed = vigie(verbose);
        assertEquals(1, detailed.code());
        assertTrue(detailed.err().lines().anyMatch(l -> l.startsWith("\tat ")), "the stack trace with --verbose");
    }

    private static String ingest(Path input, Path warehouse, String keep) throws IOException {
        Outcome outcome = vigie("ingest", "--input", input.toString(), "--warehouse", warehouse.toString(),
                "--max-reject-rate", "1", "--conserver", keep);
        assertEquals(0, outcome.code(), outcome.err());
        return new Warehouse(warehouse).publishedRunId().orElseThrow();
    }

    private static String campaigns(Path warehouse) {
        Outcome outcome = vigie("sql", "--warehouse", warehouse.toString(), "--format", "csv", "-e",
                "select count(distinct campagne) as n from autodiagnostics");
        assertEquals(0, outcome.code(), outcome.err());
        return outcome.out();
    }

    /** Every file under the contract paths, by path, with its SHA-256. */
    private static Map<String, String> publishedFiles(Path warehouse) throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (String folder : List.of("staging", "marts", "rejets")) {
            Path root = warehouse.resolve(folder).toRealPath();
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                    files.put(folder + "/" + root.relativize(file), HexFormat.of().formatHex(digest));
                }
            }
        }
        assertFalse(files.isEmpty());
        return files;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
