package fr.ush.vigie.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ush.vigie.fixtures.EveryReasonFixture;
import fr.ush.vigie.fixtures.EveryReasonFixture.Counts;
import fr.ush.vigie.fixtures.EveryReasonFixture.Reject;
import fr.ush.vigie.fixtures.FixtureWarehouse;
import fr.ush.vigie.spark.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run on the hand-made fixture: every row accounted for, staging as worked out by hand, every mart
 * published (their values are checked by the mart tests), {@code compute} rebuilding the same marts.
 */
class IngestionTest {
    private static final SparkSession SPARK = TestSpark.session();

    @TempDir
    static Path tmp;
    static Path input;
    static Path warehouse;
    static String runId;

    @BeforeAll
    static void runOnce() throws Exception {
        FixtureWarehouse fixture = FixtureWarehouse.get();
        input = fixture.input();
        warehouse = fixture.root();
        runId = fixture.runId();
    }

    static VigieJob job() {
        return new VigieJob(SPARK, new StageLog(new PrintStream(new ByteArrayOutputStream()), false), "test");
    }

    private static Dataset<Row> table(String relative) {
        return SPARK.read().parquet(warehouse.resolve(relative).toString());
    }

    @Test
    void everyRejectedRowIsInRejetsWithItsReasonFileAndLine() {
        List<Reject> actual = new ArrayList<>();
        for (Row row : (Row[]) table("rejets").select("source", "fichier", "ligne", "code_motif").collect()) {
            actual.add(new Reject(row.getString(0), row.getString(1), row.getLong(2), row.getString(3)));
        }
        Comparator<Reject> order = Comparator.comparing(Reject::fichier).thenComparing(Reject::ligne)
                .thenComparing(Reject::codeMotif);
        assertEquals(EveryReasonFixture.REJECTS.stream().sorted(order).toList(),
                actual.stream().sorted(order).toList());
        assertEquals(List.of(runId), distinct(table("rejets"), "run_id"));
    }

    @Test
    void theLedgerReconcilesEverySourceAndFingerprintsEveryFile() throws IOException {
        JsonNode ledger = new ObjectMapper().readTree(warehouse.resolve("_runs/" + runId + ".json").toFile());
        assertEquals("SUCCESS", ledger.get("status").asText());
        Map<String, long[]> bySource = new TreeMap<>();
        int files = 0;
        for (JsonNode file : ledger.get("inputs")) {
            files++;
            assertEquals(64, file.get("sha256").asText().length(), file.toString());
            long[] sums = bySource.computeIfAbsent(file.get("source").asText(), s -> new long[3]);
            sums[0] += file.get("lignes_lues").asLong();
            sums[1] += file.get("lignes_acceptees").asLong();
            sums[2] += file.get("lignes_rejetees").asLong();
        }
        assertEquals(14, files);
        for (Counts expected : EveryReasonFixture.COUNTS) {
            assertEquals(List.of(expected.lues(), expected.acceptees(), expected.rejetees()),
                    Arrays.stream(bySource.get(expected.source())).boxed().toList(), expected.source());
        }
        assertEquals(EveryReasonFixture.REJECTS.size(), table("marts/rejets_synthese").groupBy().sum("nb_lignes")
                .collectAsList().get(0).getLong(0));
    }

    @Test
    void stagingHoldsTheAcceptedRowsTyped() {
        for (Counts expected : EveryReasonFixture.COUNTS) {
            assertEquals(expected.acceptees(), table("staging/" + expected.source()).count(), expected.source());
        }
        Row mission = table("staging/missions").collectAsList().get(0);
        assertEquals(0, new java.math.BigDecimal("1100.50").compareTo(mission.getAs("tarif_jour_eur")));
        assertEquals(LocalDate.of(2024, 3, 20), mission.getAs("date_fin"));
        Row evaluation = table("staging/evaluations").collectAsList().get(0);
        assertEquals(List.of(true, false, true, true), Stream.of("regard_neuf", "rupture_routines",
                "dynamique_partenariale", "soutien_methodologique").map(c -> (Boolean) evaluation.getAs(c)).toList());
        assertEquals("Abis", table("staging/communes").filter("code_commune = '75056'").first().getAs("zone_abc"));
        Row xlsx = table("staging/autodiagnostics").filter("autodiagnostic_id = 'A9' and code_indicateur = 'QS02'")
                .first();
        assertEquals(LocalDate.of(2026, 1, 15), xlsx.getAs("date_autodiagnostic"));
        assertEquals("2017", xlsx.getAs("version_grille"));
        assertEquals(2, (int) xlsx.getAs("niveau"));
    }

    @Test
    void sitesAreEnrichedFromTheirCommune() {
        Map<String, String> bySite = new TreeMap<>();
        for (Row row : (Row[]) table("staging/sites").select("site_id", "nom_commune", "code_departement",
                "code_region", "nom_region", "zone_abc", "marche", "qpv", "famille").collect()) {
            bySite.put(row.getString(0), row.mkString("|"));
        }
        assertEquals(Map.of(
                "S1", "S1|Vénissieux|69|84|Auvergne-Rhône-Alpes|B2|DETENDU|true|OPH",
                "S2", "S2|Lyon|69|84|Auvergne-Rhône-Alpes|A|TENDU|false|OPH",
                "S3", "S3|Paris|75|11|Île-de-France|Abis|TENDU|true|ESH"), bySite);
        assertEquals("Cité des Œillets", table("staging/sites").filter("site_id = 'S3'").first().getAs("nom"));
    }

    @Test
    void theLatestAutodiagnosticOfASiteInACampaignIsRetained() {
        Map<String, String> retained = new TreeMap<>();
        for (Row row : (Row[]) table("staging/autodiagnostics")
                .groupBy("autodiagnostic_id", "site_id", "campagne", "retenu").count().collect()) {
            retained.put(row.getString(0), row.getString(1) + "|" + row.getString(2) + "|" + row.getBoolean(3)
                    + "|" + row.getLong(4));
        }
        assertEquals(Map.of(
                "A1", "S1|2025-S1|false|3",
                "A3", "S1|2025-S1|true|1",
                "A4", "S3|2025-S2|true|2",
                "A5", "S2|2025-S2|true|1",
                "A9", "S1|2026-S1|true|2",
                "A10", "S2|2026-S1|true|1"), retained);
        assertTrue(Files.isDirectory(warehouse.resolve("staging/autodiagnostics/campagne=2025-S1")));
    }

    @Test
    void ingestingTheSameInputTwiceGivesIdenticalTables() throws Exception {
        Path second = tmp.resolve("warehouse-2");
        job().ingest(RunConfig.ingest(input.toString(), second.toString(), 1.0));
        for (Counts source : EveryReasonFixture.COUNTS) {
            String relative = "staging/" + source.source();
            List<String> first = sortedRows(table(relative));
            List<String> again = sortedRows(SPARK.read().parquet(second.resolve(relative).toString()));
            assertEquals(first, again, relative);
            assertFalse(first.isEmpty(), relative);
        }
    }

    @Test
    void validateReportsTheSameCountsAndWritesNothing() throws Exception {
        Path before = tmp.resolve("untouched");
        ValidationReport report = job().validate(input.toString(), 0.05);
        for (Counts expected : EveryReasonFixture.COUNTS) {
            var actual = report.bySource().get(fr.ush.vigie.model.Source.fromCode(expected.source()).orElseThrow());
            assertEquals(List.of(expected.lues(), expected.acceptees(), expected.rejetees()),
                    List.of(actual.lues(), actual.acceptees(), actual.rejetees()), expected.source());
        }
        assertEquals(12, report.overLimit().size(), "every source of the fixture rejects more than 5 %");
        assertTrue(report.format().contains("autodiagnostics"));
        assertFalse(Files.exists(before));
    }

    private static List<String> sortedRows(Dataset<Row> table) {
        return Arrays.stream((Row[]) table.collect()).map(Row::toString).sorted().toList();
    }

    private static List<String> distinct(Dataset<Row> table, String column) {
        return Arrays.stream((Row[]) table.select(column).distinct().collect()).map(r -> r.getString(0)).toList();
    }

    @Test
    void aRunPublishesEveryMartAndComputeRebuildsThemIdentically() throws Exception {
        List<String> marts = List.of("scores_sites", "tendances_territoires", "transitions_situations",
                "veille_sites", "controles_atypiques", "appui_demandes", "appui_missions", "efficacite_prestataires",
                "appui_demandes_territoires", "appui_missions_territoires", "rejets_synthese");
        JsonNode ledger = new ObjectMapper().readTree(warehouse.resolve("_runs/" + runId + ".json").toFile());
        List<String> recorded = new ArrayList<>();
        ledger.get("marts").fieldNames().forEachRemaining(recorded::add);
        assertEquals(marts, recorded);
        // Retained autodiagnostics with accepted rows: A3 (S1, 2025-S1), A4, A5 (2025-S2), A9, A10 (2026-S1).
        assertEquals(5, ledger.get("marts").get("scores_sites").asLong());
        assertEquals(2, ledger.get("marts").get("efficacite_prestataires").asLong(), "P1 and P2 accepted");

        Map<String, List<String>> before = new TreeMap<>();
        for (String mart : marts) {
            before.put(mart, sortedRows(table("marts/" + mart)));
        }
        String computed = job().compute(warehouse.toString());
        for (String mart : marts) {
            assertEquals(before.get(mart), sortedRows(table("marts/" + mart)), mart);
        }
        assertEquals(computed, new fr.ush.vigie.warehouse.Warehouse(warehouse).publishedRunId().orElseThrow());
        assertEquals(sortedRows(table("staging/seuils")), List.of("[atypique.z,3.5]", "[chronique.campagnes,3]",
                "[efficacite.effectif_min,10]", "[gravite.crise,60]", "[gravite.degradee,35]", "[gravite.vigilance,15]",
                "[score.couverture_min,0.5]", "[secret.seuil,5]", "[tendance.seuil,5]"));
    }
}
