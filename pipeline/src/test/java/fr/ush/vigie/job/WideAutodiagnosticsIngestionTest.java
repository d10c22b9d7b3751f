package fr.ush.vigie.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ush.vigie.fixtures.EveryReasonFixture;
import fr.ush.vigie.fixtures.EveryReasonFixture.Reject;
import fr.ush.vigie.spark.TestSpark;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.Warehouse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingestion when every autodiagnostics file is wide (the hand-made fixture without its long file): the checked
 * records are then observed rather than kept, and read again from the files for staging and rejects when no record
 * breaks rule 4 or 6; otherwise they are checked again and kept. Both ways must give what the fixture's comments
 * say: the wide file's six rejects (line 3: QS01 "2,0"; line 4: a 32nd of September for three cells; line 6: six
 * fields for three cells, two filled), the workbook's three accepted cells, and the latest autodiagnostic of each
 * site and campaign retained.
 *
 * <p>An incremental run adding a wide file to the published ones gives the same as ingesting everything: observed,
 * when its autodiagnostics sort after every published one; checked again and kept otherwise.
 */
class WideAutodiagnosticsIngestionTest {
    private static final SparkSession SPARK = TestSpark.session();
    /** A second wide file, after the first: A4's QS01 again (rule 6), and a site nobody knows (rule 4, twice). */
    private static final String LATER_WIDE = "autodiagnostics/2025/wide-z.csv";
    private static final List<Reject> WIDE_REJECTS = EveryReasonFixture.REJECTS.stream()
            .filter(reject -> reject.fichier().equals(EveryReasonFixture.WIDE)).toList();
    /** Accepted: A4 (QS01, FU01), A5 (QS02) from the wide file, A9 (QS01, QS02) and A10 (QS01) from the workbook. */
    private static final Map<String, String> RETAINED = Map.of(
            "A4", "S3|2025-S2|true|2",
            "A5", "S2|2025-S2|true|1",
            "A9", "S1|2026-S1|true|2",
            "A10", "S2|2026-S1|true|1");

    /**
     * A later wide file whose autodiagnostics sort after every published one. For 2026-S2: B1 and B3 for S1 (B3,
     * the later, retained), B2's QS01 out of range (rule 3). For the published 2025-S2: B4 for S3, later than A4,
     * which it supersedes.
     */
    private static final String LATEST_WIDE = "autodiagnostics/2026/wide-latest.csv";
    private static final String LATEST_WIDE_TEXT = String.join("\n",
            "autodiagnostic_id,site_id,date_autodiagnostic,version_grille,QS01,FU01",
            "B1,S1,2026-09-01,2017,2,3",
            "B2,S2,2026-09-02,2017,4,1",
            "B3,S1,2026-09-03,2017,1,",
            "B4,S3,2025-09-20,2017,3,3") + "\n";

    @TempDir
    static Path tmp;
    static Path onlyClean;
    static Path withBrokenRules;

    @BeforeAll
    static void ingestBoth() throws Exception {
        Path cleanInput = wideOnly(tmp.resolve("input-clean"));
        Path brokenInput = wideOnly(tmp.resolve("input-broken"));
        Files.writeString(brokenInput.resolve(LATER_WIDE), String.join("\n",
                "autodiagnostic_id,site_id,date_autodiagnostic,version_grille,QS01,FU01",
                "A4,S3,2025-09-02,2017,2,",
                "A11,S9,2025-09-06,2017,1,1") + "\n", StandardCharsets.UTF_8);
        onlyClean = tmp.resolve("warehouse-clean");
        withBrokenRules = tmp.resolve("warehouse-broken");
        job().ingest(RunConfig.ingest(cleanInput.toString(), onlyClean.toString(), 1.0));
        job().ingest(RunConfig.ingest(brokenInput.toString(), withBrokenRules.toString(), 1.0));
    }

    private static Path wideOnly(Path dir) throws IOException {
        EveryReasonFixture.write(dir);
        Files.delete(dir.resolve(EveryReasonFixture.LONG));
        return dir;
    }

    private static VigieJob job() {
        return new VigieJob(SPARK, new StageLog(new PrintStream(new ByteArrayOutputStream()), false), "test");
    }

    @Test
    void withoutBrokenReferencesOrDuplicatesOnlyTheWideFilesRejectsAreRejected() throws IOException {
        assertEquals(WIDE_REJECTS, autodiagnosticRejects(onlyClean));
        assertEquals(List.of(12L, 6L, 6L), autodiagnosticCounts(onlyClean));
        assertEquals(RETAINED, retained(onlyClean));
    }

    @Test
    void aBrokenReferenceOrDuplicateInALaterFileIsRejectedAndTheRestUnchanged() throws IOException {
        List<Reject> expected = new ArrayList<>(WIDE_REJECTS);
        expected.add(new Reject("autodiagnostics", LATER_WIDE, 2, "DUPLICATE_KEY"));
        expected.add(new Reject("autodiagnostics", LATER_WIDE, 3, "UNKNOWN_REFERENCE"));
        expected.add(new Reject("autodiagnostics", LATER_WIDE, 3, "UNKNOWN_REFERENCE"));
        assertEquals(expected, autodiagnosticRejects(withBrokenRules));
        assertEquals(List.of(15L, 6L, 9L), autodiagnosticCounts(withBrokenRules));
        assertEquals(RETAINED, retained(withBrokenRules));
        assertEquals(sortedRows(table(onlyClean, "staging/autodiagnostics")),
                sortedRows(table(withBrokenRules, "staging/autodiagnostics")));
    }

    @Test
    void aLaterWideFileAddedToThePublishedOnesIsObservedAndGivesTheFullIngestion() throws Exception {
        Ingested ingested = addedToThePublishedOnes("latest", LATEST_WIDE, LATEST_WIDE_TEXT);
        Path warehouse = ingested.incremental();

        List<Reject> expected = new ArrayList<>(WIDE_REJECTS);
        expected.add(new Reject("autodiagnostics", LATEST_WIDE, 3, "OUT_OF_RANGE"));
        assertEquals(expected, autodiagnosticRejects(warehouse));
        assertEquals(List.of(19L, 12L, 7L), autodiagnosticCounts(warehouse));
        Map<String, String> retained = new TreeMap<>(RETAINED);
        retained.put("A4", "S3|2025-S2|false|2");
        retained.put("B4", "S3|2025-S2|true|2");
        retained.put("B1", "S1|2026-S2|false|2");
        retained.put("B2", "S2|2026-S2|true|1");
        retained.put("B3", "S1|2026-S2|true|1");
        assertEquals(retained, retained(warehouse));
        assertSameIngestion(ingested.full(), warehouse);
    }

    @Test
    void aLaterWideFileRepeatingAPublishedAutodiagnosticIsCheckedAgainAndGivesTheFullIngestion() throws Exception {
        // Only its key breaks a rule: A4's QS01, published, again.
        Ingested ingested = addedToThePublishedOnes("later", LATER_WIDE, String.join("\n",
                "autodiagnostic_id,site_id,date_autodiagnostic,version_grille,QS01,FU01",
                "A4,S3,2025-09-02,2017,2,") + "\n");

        List<Reject> expected = new ArrayList<>(WIDE_REJECTS);
        expected.add(new Reject("autodiagnostics", LATER_WIDE, 2, "DUPLICATE_KEY"));
        assertEquals(expected, autodiagnosticRejects(ingested.incremental()));
        assertEquals(List.of(13L, 6L, 7L), autodiagnosticCounts(ingested.incremental()));
        assertSameIngestion(ingested.full(), ingested.incremental());
    }

    /** A warehouse ingested once more after a file was added, and one ingested from the same input at once. */
    private record Ingested(Path incremental, Path full) {
    }

    /**
     * Ingests the wide-only fixture, then again with {@code file} added, checking that only this file was read;
     * and the same input into a warehouse of its own.
     */
    private static Ingested addedToThePublishedOnes(String name, String file, String text) throws Exception {
        Path input = wideOnly(tmp.resolve("input-" + name));
        Path incremental = tmp.resolve("warehouse-" + name);
        job().ingest(RunConfig.ingest(input.toString(), incremental.toString(), 1.0));
        Files.writeString(input.resolve(file), text, StandardCharsets.UTF_8);
        String runId = job().ingest(RunConfig.ingest(input.toString(), incremental.toString(), 1.0));
        Path full = tmp.resolve("warehouse-" + name + "-full");
        job().ingest(RunConfig.ingest(input.toString(), full.toString(), 1.0));
        RunLedger ledger = new Warehouse(incremental).ledger(runId).orElseThrow();
        assertEquals(ledger.inputs().size() - 1, ledger.reuse().filesReused());
        return new Ingested(incremental, full);
    }

    /** Staging, rejects (but their run) and the counts of every file, from the ledger. */
    private static void assertSameIngestion(Path expected, Path actual) throws IOException {
        assertEquals(sortedRows(table(expected, "staging/autodiagnostics")),
                sortedRows(table(actual, "staging/autodiagnostics")));
        assertEquals(sortedRows(table(expected, "rejets").drop("run_id")),
                sortedRows(table(actual, "rejets").drop("run_id")));
        assertEquals(fileCounts(expected), fileCounts(actual));
    }

    private static Dataset<Row> table(Path warehouse, String relative) {
        return SPARK.read().parquet(warehouse.resolve(relative).toString());
    }

    private static List<Reject> autodiagnosticRejects(Path warehouse) {
        List<Reject> rejects = new ArrayList<>();
        for (Row row : (Row[]) table(warehouse, "rejets").filter("source = 'autodiagnostics'")
                .orderBy("fichier", "ligne", "code_motif").select("source", "fichier", "ligne", "code_motif")
                .collect()) {
            rejects.add(new Reject(row.getString(0), row.getString(1), row.getLong(2), row.getString(3)));
        }
        return rejects;
    }

    /** Read, accepted and rejected autodiagnostic rows, from the published run's ledger. */
    private static List<Long> autodiagnosticCounts(Path warehouse) throws IOException {
        long[] sums = new long[3];
        for (JsonNode file : ledgerInputs(warehouse)) {
            if (file.get("source").asText().equals("autodiagnostics")) {
                sums[0] += file.get("lignes_lues").asLong();
                sums[1] += file.get("lignes_acceptees").asLong();
                sums[2] += file.get("lignes_rejetees").asLong();
            }
        }
        return Arrays.stream(sums).boxed().toList();
    }

    /**
     * Every input file of the published run's ledger with its counts, sorted; not its SHA-256: each input folder
     * has its own workbook, whose bytes hold the time it was written.
     */
    private static List<String> fileCounts(Path warehouse) throws IOException {
        List<String> files = new ArrayList<>();
        ledgerInputs(warehouse).forEach(file -> files.add(((ObjectNode) file).without("sha256").toString()));
        return files.stream().sorted().toList();
    }

    private static JsonNode ledgerInputs(Path root) throws IOException {
        Warehouse warehouse = new Warehouse(root);
        Path ledger = root.resolve("_runs").resolve(warehouse.publishedRunId().orElseThrow() + ".json");
        return new ObjectMapper().readTree(ledger.toFile()).get("inputs");
    }

    private static Map<String, String> retained(Path warehouse) {
        Map<String, String> retained = new TreeMap<>();
        for (Row row : (Row[]) table(warehouse, "staging/autodiagnostics")
                .groupBy("autodiagnostic_id", "site_id", "campagne", "retenu").count().collect()) {
            retained.put(row.getString(0), row.getString(1) + "|" + row.getString(2) + "|" + row.getBoolean(3)
                    + "|" + row.getLong(4));
        }
        return retained;
    }

    private static List<String> sortedRows(Dataset<Row> table) {
        return Arrays.stream((Row[]) table.collect()).map(Row::toString).sorted().toList();
    }
}
