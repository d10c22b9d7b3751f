package fr.ush.vigie.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.fixtures.EveryReasonFixture;
import fr.ush.vigie.fixtures.FixtureWarehouse;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.spark.TestSpark;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.Warehouse;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that takes files' checked rows from the store of earlier runs, and campaigns from the published version,
 * gives exactly the tables, rejects, counts and marts of a run on an empty warehouse with the same input.
 */
class IncrementalIngestionTest {
    private static final SparkSession SPARK = TestSpark.session();

    @TempDir
    Path tmp;

    @Test
    void addingALaterCampaignCarriesTheScoresOfTheOthersAndGivesTheFullResult() throws Exception {
        // The workbook holds the only 2026-S1 autodiagnostics, after the 2025 campaigns of the other files.
        RunLedger.Reuse reuse = runWithoutThenWith(EveryReasonFixture.XLSX);

        assertFalse(reuse.scores().isEmpty(), reuse.toString());
        assertEquals(reuse.campaigns(), reuse.scores());
        assertFalse(reuse.scores().contains("2026-S1"), reuse.toString());
        assertSameAsFullRun();
    }

    @Test
    void addingAnEarlierCampaignCarriesTheScoresOfTheOthersButNotTheirHistory() throws Exception {
        // 2025-S2, between the published 2025-S1 and 2026-S1: the 2026-S1 sites' tendance now looks back to it.
        RunLedger.Reuse reuse = runWithoutThenWith(EveryReasonFixture.WIDE);

        assertTrue(reuse.scores().contains("2026-S1"), reuse.toString());
        assertFalse(reuse.scores().contains("2025-S2"), reuse.toString());
        assertSameAsFullRun();
    }

    @Test
    void runningAgainOnTheSameInputCarriesEveryMartAndGivesTheFullResult() throws Exception {
        Path input = copyOf(FixtureWarehouse.get().input(), tmp.resolve("input"));
        run(input, tmp.resolve("warehouse"));
        RunLedger.Reuse reuse = run(input, tmp.resolve("warehouse"));

        assertEquals(inputs(tmp.resolve("warehouse")).size(), reuse.filesReused(), "no file read again");
        assertEquals(Stream.of(Source.values()).filter(s -> s != Source.AUTODIAGNOSTICS).map(Source::code).toList(),
                reuse.sources(), "every other table taken as published");
        assertFalse(reuse.campaigns().isEmpty(), reuse.toString());
        assertEquals(reuse.campaigns(), reuse.scores());
        assertSameAsFullRun();
    }

    /**
     * Runs on the fixture's input without {@code file}, then again with it, checking that the second run read no
     * other file; returns what it took.
     */
    private RunLedger.Reuse runWithoutThenWith(String file) throws Exception {
        Path input = copyOf(FixtureWarehouse.get().input(), tmp.resolve("input"));
        Path aside = tmp.resolve("aside");
        Files.move(input.resolve(file), aside);
        run(input, tmp.resolve("warehouse"));
        Files.move(aside, input.resolve(file));
        RunLedger.Reuse reuse = run(input, tmp.resolve("warehouse"));
        assertEquals(inputs(tmp.resolve("warehouse")).size() - 1, reuse.filesReused(), "only the new file read");
        return reuse;
    }

    private void assertSameAsFullRun() throws Exception {
        Path full = FixtureWarehouse.get().root();
        Path warehouse = tmp.resolve("warehouse");
        assertSameIngestion(full, warehouse);
        List<String> marts = tables(full, "marts");
        assertEquals(marts, tables(warehouse, "marts"));
        for (String mart : marts) {
            assertEquals(rows(full, mart, "*"), rows(warehouse, mart, "*"), mart);
        }
        assertEquals(martRows(full), martRows(warehouse));
    }

    @Test
    void aNewFileTakingTheKeysOfAnEarlierFileGivesTheFullResult() throws Exception {
        Path input = copyOf(FixtureWarehouse.get().input(), tmp.resolve("input"));
        Path warehouse = tmp.resolve("warehouse");
        ingest(input, warehouse);
        // Sorted before every other file: its rows come first, the long file's become duplicates.
        Files.copy(input.resolve(EveryReasonFixture.LONG), input.resolve("autodiagnostics/0000-copie.csv"));

        RunLedger.Reuse reuse = ingest(input, warehouse);
        Path reference = tmp.resolve("reference");
        ingest(input, reference);

        assertEquals(inputs(warehouse).size(), reuse.filesReused(), "the copy's checked rows are the long file's");
        assertSameIngestion(reference, warehouse);
    }

    @Test
    void aChangedReferenceFileChecksAgainTheFilesReferringToIt() throws Exception {
        Path input = copyOf(FixtureWarehouse.get().input(), tmp.resolve("input"));
        Path warehouse = tmp.resolve("warehouse");
        ingest(input, warehouse);
        // Without O2, its site S3 refers to an unknown landlord, and S3's autodiagnostics to an unknown site.
        Path organismes = input.resolve("reference/organismes.csv");
        Files.write(organismes, Files.readAllLines(organismes).stream().filter(l -> !l.startsWith("O2,")).toList());

        RunLedger.Reuse reuse = ingest(input, warehouse);
        Path reference = tmp.resolve("reference");
        ingest(input, reference);

        assertSameIngestion(reference, warehouse);
        assertTrue(reuse.filesReused() > 0, "the regions are not read again");
        long referring = inputs(warehouse).stream().filter(i -> List.of("organismes", "sites", "autodiagnostics")
                .contains(i.source())).count();
        assertTrue(reuse.filesReused() <= inputs(warehouse).size() - referring, reuse.toString());
    }

    /**
     * Every staging table (those of the sources an incremental run carries as published too), the reject
     * summary, the rejects but their run and the ledger's counts per file.
     */
    private static void assertSameIngestion(Path expected, Path actual) throws Exception {
        List<String> staging = tables(expected, "staging");
        assertEquals(staging, tables(actual, "staging"));
        assertTrue(staging.size() > 10, staging.toString());
        for (String table : staging) {
            assertEquals(rows(expected, table, "*"), rows(actual, table, "*"), table);
        }
        assertEquals(rows(expected, "marts/rejets_synthese", "*"), rows(actual, "marts/rejets_synthese", "*"));
        assertEquals(rows(expected, "rejets", "source, fichier, ligne, code_motif, motif, enregistrement"),
                rows(actual, "rejets", "source, fichier, ligne, code_motif, motif, enregistrement"));
        assertEquals(inputs(expected), inputs(actual));
    }

    private static List<String> rows(Path warehouse, String table, String columns) {
        SPARK.read().parquet(warehouse.resolve(table).toString()).createOrReplaceTempView("t");
        return Arrays.stream((Row[]) SPARK.sql("select " + columns + " from t").collect())
                .map(Row::toString).sorted().toList();
    }

    /** The tables of {@code staging} or {@code marts}, as paths relative to the warehouse, sorted. */
    private static List<String> tables(Path warehouse, String folder) throws Exception {
        try (Stream<Path> tables = Files.list(warehouse.resolve(folder))) {
            return tables.map(table -> folder + "/" + table.getFileName()).sorted().toList();
        }
    }

    private static Map<String, Long> martRows(Path root) throws Exception {
        Warehouse warehouse = new Warehouse(root);
        return warehouse.ledger(warehouse.publishedRunId().orElseThrow()).orElseThrow().marts();
    }

    private static List<RunLedger.Input> inputs(Path root) throws Exception {
        Warehouse warehouse = new Warehouse(root);
        return warehouse.ledger(warehouse.publishedRunId().orElseThrow()).orElseThrow().inputs();
    }

    /** Ingests; returns what the run took from the published version, as its ledger says. */
    private static RunLedger.Reuse ingest(Path input, Path warehouse) throws Exception {
        String runId = job().ingest(RunConfig.ingest(input.toString(), warehouse.toString(), 1.0));
        return new Warehouse(warehouse).ledger(runId).orElseThrow().reuse();
    }

    /** Runs; returns what the run took from the published version, as its ledger says. */
    private static RunLedger.Reuse run(Path input, Path warehouse) throws Exception {
        String runId = job().run(RunConfig.run(input.toString(), warehouse.toString(),
                warehouse.resolve("rapports").toString(), Optional.empty(), 1.0), published -> 0);
        return new Warehouse(warehouse).ledger(runId).orElseThrow().reuse();
    }

    private static VigieJob job() {
        return new VigieJob(SPARK, new StageLog(new PrintStream(OutputStream.nullOutputStream(), true,
                StandardCharsets.UTF_8), false), "test");
    }

    private static Path copyOf(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
