package fr.ush.vigie.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.fixtures.EveryReasonFixture;
import fr.ush.vigie.fixtures.FixtureWarehouse;
import fr.ush.vigie.spark.TestSpark;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.Warehouse;
import java.io.ByteArrayOutputStream;
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
 * An ingestion that reuses the unchanged autodiagnostics files of the published version gives exactly the
 * tables, rejects and counts of a full ingestion of the same input.
 */
class IncrementalIngestionTest {
    private static final SparkSession SPARK = TestSpark.session();

    @TempDir
    Path tmp;

    @Test
    void addingALaterCampaignKeepsThePublishedRowsOfEveryPerCampaignMartAndGivesTheFullResult() throws Exception {
        // The workbook holds the only 2026-S1 autodiagnostics, after the 2025 campaigns of the other files.
        String log = runWithoutThenWith(EveryReasonFixture.XLSX);

        assertTrue(log.matches("(?s).*scores de [1-9][0-9]* campagne\\(s\\) repris de la version publiée.*"), log);
        assertTrue(log.contains("indicateurs par campagne : lignes publiées reprises"), log);
        assertSameAsFullRun();
    }

    @Test
    void addingAnEarlierCampaignComputesThePerCampaignMartsAgainAndGivesTheFullResult() throws Exception {
        // 2025-S2, between the published 2025-S1 and 2026-S1: the 2026-S1 sites' tendance now looks back to it.
        String log = runWithoutThenWith(EveryReasonFixture.WIDE);

        assertFalse(log.contains("indicateurs par campagne"), log);
        assertSameAsFullRun();
    }

    @Test
    void runningAgainOnTheSameInputCarriesEveryMartAndGivesTheFullResult() throws Exception {
        Path input = copyOf(FixtureWarehouse.get().input(), tmp.resolve("input"));
        run(input, tmp.resolve("warehouse"));
        String log = run(input, tmp.resolve("warehouse"));

        assertTrue(log.contains("3 fichier(s) d'autodiagnostics inchangé(s) repris de la version publiée, 0 à lire"),
                log);
        assertTrue(log.contains("aucun autodiagnostic accepté lu : indicateurs de la grille repris"), log);
        assertSameAsFullRun();
    }

    /**
     * Runs on the fixture's input without {@code file}, then again with it, checking that the second run reused
     * the other two autodiagnostics files and carried the pôle d'appui's marts; returns its log.
     */
    private String runWithoutThenWith(String file) throws Exception {
        Path input = copyOf(FixtureWarehouse.get().input(), tmp.resolve("input"));
        Path aside = tmp.resolve("aside");
        Files.move(input.resolve(file), aside);
        run(input, tmp.resolve("warehouse"));
        Files.move(aside, input.resolve(file));
        String log = run(input, tmp.resolve("warehouse"));
        assertTrue(log.contains("2 fichier(s) d'autodiagnostics inchangé(s) repris de la version publiée, 1 à lire"),
                log);
        assertTrue(log.contains("4 indicateur(s) du pôle d'appui repris de la version publiée"), log);
        return log;
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
    void aNewFileTakingAKeyOfAPublishedFileMakesTheRunReadEverything() throws Exception {
        Path input = copyOf(FixtureWarehouse.get().input(), tmp.resolve("input"));
        Path warehouse = tmp.resolve("warehouse");
        ingest(input, warehouse);
        // Sorted before every published file: its rows come first, the published ones become duplicates.
        Files.copy(input.resolve(EveryReasonFixture.LONG), input.resolve("autodiagnostics/0000-copie.csv"));

        String log = ingest(input, warehouse);
        Path reference = tmp.resolve("reference");
        ingest(input, reference);

        assertTrue(log.contains("un nouveau fichier reprend une clé d'un fichier publié"), log);
        assertSameIngestion(reference, warehouse);
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

    private static String ingest(Path input, Path warehouse) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new VigieJob(SPARK, new StageLog(new PrintStream(out, true, StandardCharsets.UTF_8), false), "test")
                .ingest(RunConfig.ingest(input.toString(), warehouse.toString(), 1.0));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String run(Path input, Path warehouse) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new VigieJob(SPARK, new StageLog(new PrintStream(out, true, StandardCharsets.UTF_8), false), "test")
                .run(RunConfig.run(input.toString(), warehouse.toString(), warehouse.resolve("rapports").toString(),
                        Optional.empty(), 1.0), published -> 0);
        return out.toString(StandardCharsets.UTF_8);
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
