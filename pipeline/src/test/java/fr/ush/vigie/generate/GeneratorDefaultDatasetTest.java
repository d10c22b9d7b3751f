package fr.ush.vigie.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.ush.vigie.generate.ContractScores.Scored;
import fr.ush.vigie.generate.GeneratedDataset.IndicatorRow;
import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default dataset (what {@code sample-data/} holds): valid, and interesting enough for the reports —
 * every gravité and situation, trends both ways, all file shapes, the appui volumes the brief asks for.
 */
class GeneratorDefaultDatasetTest {
    /** The committed sample, seen from the pipeline module's folder. */
    private static final Path SAMPLE_DATA = Path.of("..", "sample-data");

    @TempDir
    static Path out;
    static GeneratorSummary summary;
    static GeneratedDataset dataset;
    static ContractScores scores;

    @BeforeAll
    static void generate() throws IOException {
        summary = new Generator().generate(GeneratorConfig.defaults(out));
        dataset = GeneratedDataset.read(out);
        scores = new ContractScores(dataset);
    }

    @Test
    void everyRowIsValidPerContract() {
        ContractChecks.assertValid(dataset);
    }

    @Test
    void committedSampleDataIsTheDefaultOutput() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLE_DATA.resolve("reference")), "no sample-data next to the module");
        List<String> generated = GeneratorDeterminismTest.files(out);
        List<String> committed = GeneratorDeterminismTest.files(SAMPLE_DATA).stream()
                .filter(f -> !f.equals("README.md") && !f.equals(".gitattributes")).toList();
        assertEquals(generated, committed, "regenerate sample-data: bin/vigie generate --out sample-data");
        for (String file : generated) {
            assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(SAMPLE_DATA.resolve(file)),
                    "regenerate sample-data: " + file);
        }
    }

    @Test
    void organismesAndSitesSpreadOverTheCountry() {
        assertEquals(40, dataset.rows(Source.ORGANISMES).size());
        Map<String, Long> familles = dataset.rows(Source.ORGANISMES).stream()
                .collect(Collectors.groupingBy(r -> r.get("famille"), Collectors.counting()));
        assertEquals(Set.of("OPH", "ESH", "COOP", "SEM"), familles.keySet());
        assertTrue(familles.get("OPH") > familles.get("COOP") && familles.get("ESH") > familles.get("SEM"));

        Map<String, String> communeRegion = new HashMap<>();
        Map<String, String> communeZone = new HashMap<>();
        for (Map<String, String> c : dataset.rows(Source.COMMUNES)) {
            communeRegion.put(c.get("code_commune"), c.get("code_region"));
            communeZone.put(c.get("code_commune"), c.get("zone_abc"));
        }
        List<Map<String, String>> sites = dataset.rows(Source.SITES);
        Set<String> regions = sites.stream().map(s -> communeRegion.get(s.get("code_commune")))
                .collect(Collectors.toSet());
        assertTrue(regions.size() >= 12, regions.toString());
        assertTrue(regions.stream().anyMatch(r -> r.length() == 2 && r.startsWith("0")), "an overseas région");
        long qpv = sites.stream().filter(s -> !s.get("code_qpv").isEmpty()).count();
        assertTrue(qpv > sites.size() / 4 && qpv < sites.size() * 2 / 5, "about a third in QPV: " + qpv);
        Set<String> zones = sites.stream().map(s -> communeZone.get(s.get("code_commune"))).collect(Collectors.toSet());
        assertTrue(zones.containsAll(Set.of("Abis", "A", "B1", "B2", "C")), zones.toString());
        LocalDate firstCampaign = LocalDate.of(2023, 7, 1);
        assertTrue(sites.stream().anyMatch(s -> GeneratedDataset.date(s.get("date_entree")).isAfter(firstCampaign)));
        assertTrue(sites.stream().anyMatch(s -> !s.get("date_sortie").isEmpty()));
    }

    @Test
    void autodiagnosticsComeInEveryShape() {
        for (AutodiagnosticShape shape : AutodiagnosticShape.values()) {
            assertTrue(summary.autodiagnosticFiles().get(shape) > 0, shape.name());
        }
        assertTrue(summary.autodiagnosticFiles().get(AutodiagnosticShape.WIDE_CSV)
                > summary.totalFiles() / 2, "wide CSV is the common case");
        Set<String> campaigns = dataset.indicators.stream().map(r -> ContractScores.campagne(r.date()))
                .collect(Collectors.toSet());
        assertEquals(Set.of("2023-S2", "2024-S1", "2024-S2", "2025-S1", "2025-S2", "2026-S1"), campaigns);
    }

    @Test
    void allSituationsAndTrendsOccur() {
        Map<String, Long> gravites = count(Scored::gravite);
        assertEquals(Set.of("NORMALE", "VIGILANCE", "DEGRADEE", "CRISE"), gravites.keySet());
        Map<String, Long> situations = count(Scored::situation);
        assertEquals(Set.of("HORS_SITUATION_COMPLEXE", "A_RISQUE", "CHRONIQUE", "URGENCE_CRISE"), situations.keySet());
        assertTrue(situations.get("CHRONIQUE") >= 20, situations.toString());
        Map<String, Long> tendances = count(s -> String.valueOf(s.tendance()));
        assertTrue(tendances.keySet().containsAll(Set.of("NOUVEAU", "STABLE", "AMELIORATION", "DEGRADATION", "null")),
                tendances.toString());
        assertTrue(scores.all.stream().anyMatch(s -> s.score10() == null), "an autodiagnostic under 50 % coverage");
        assertTrue(scores.all.stream().anyMatch(s -> s.score10() != null && s.scoreFu10() == null),
                "an axis left empty");
    }

    /**
     * The programme's picture, which the maps must show with contrasts rather than all dark: about a quarter of
     * the evaluated sites in a complex situation, far more in QPV and in a tight market, crises rare, a slow
     * improvement from the first campaign to the last.
     */
    @Test
    void complexSituationsAreAMinorityWithContrasts() {
        Map<String, String> zoneByCommune = new HashMap<>();
        for (Map<String, String> c : dataset.rows(Source.COMMUNES)) {
            zoneByCommune.put(c.get("code_commune"), c.get("zone_abc"));
        }
        Set<String> qpv = new HashSet<>();
        Set<String> tendu = new HashSet<>();
        for (Map<String, String> s : dataset.rows(Source.SITES)) {
            if (!s.get("code_qpv").isEmpty()) {
                qpv.add(s.get("site_id"));
            }
            if (Set.of("Abis", "A", "B1").contains(zoneByCommune.get(s.get("code_commune")))) {
                tendu.add(s.get("site_id"));
            }
        }
        double all = complexShare(s -> true);
        assertTrue(all >= 0.20 && all <= 0.30, "complex share " + all);
        double inQpv = complexShare(s -> qpv.contains(s.siteId()));
        double outsideQpv = complexShare(s -> !qpv.contains(s.siteId()));
        assertTrue(inQpv >= 2 * outsideQpv, "QPV " + inQpv + ", hors QPV " + outsideQpv);
        double tight = complexShare(s -> tendu.contains(s.siteId()));
        double slack = complexShare(s -> !tendu.contains(s.siteId()));
        assertTrue(tight >= slack + 0.05, "TENDU " + tight + ", DETENDU " + slack);
        double crises = (double) count(Scored::situation).get("URGENCE_CRISE") / scores.all.size();
        assertTrue(crises > 0 && crises < 0.04, "URGENCE_CRISE " + crises);
        assertTrue(complexShare(s -> s.campagne().equals("2023-S2")) > complexShare(s -> s.campagne().equals("2026-S1")),
                "slow improvement");
    }

    private static double complexShare(java.util.function.Predicate<Scored> which) {
        List<Scored> selected = scores.all.stream().filter(which).toList();
        return (double) selected.stream().filter(s -> !s.situation().equals("HORS_SITUATION_COMPLEXE")).count()
                / selected.size();
    }

    @Test
    void reassessmentsAndLateSubmissionsOccur() {
        Map<String, Set<String>> idsBySiteCampaign = new HashMap<>();
        for (IndicatorRow row : dataset.indicators) {
            idsBySiteCampaign.computeIfAbsent(row.siteId() + "|" + ContractScores.campagne(row.date()),
                    k -> new HashSet<>()).add(row.autodiagnosticId());
        }
        assertTrue(idsBySiteCampaign.values().stream().anyMatch(ids -> ids.size() == 2), "a re-assessment");

        Map<String, LocalDate> sortie = new HashMap<>();
        for (Map<String, String> s : dataset.rows(Source.SITES)) {
            if (!s.get("date_sortie").isEmpty()) {
                sortie.put(s.get("site_id"), GeneratedDataset.date(s.get("date_sortie")));
            }
        }
        assertTrue(dataset.indicators.stream().anyMatch(r -> sortie.containsKey(r.siteId())
                && r.date().isAfter(sortie.get(r.siteId()).withDayOfMonth(1).plusMonths(6))), "a late submission");
    }

    @Test
    void appuiHasTheExpectedVolumesAndVariety() {
        List<Map<String, String>> demandes = dataset.rows(Source.DEMANDES);
        List<Map<String, String>> missions = dataset.rows(Source.MISSIONS);
        int evaluations = dataset.rows(Source.EVALUATIONS).size();
        assertTrue(demandes.size() >= 45 && demandes.size() <= 80, "demandes " + demandes.size());
        assertTrue(missions.size() >= 35 && missions.size() <= 60, "missions " + missions.size());
        assertTrue(evaluations >= 25 && evaluations <= 50, "evaluations " + evaluations);
        assertTrue(demandes.stream().anyMatch(d -> d.get("site_id").isEmpty()), "a request about a whole organisme");
        Set<String> decisions = demandes.stream().map(d -> d.get("decision")).collect(Collectors.toSet());
        assertEquals(Set.of("ACCEPTEE", "REFUSEE", "REORIENTEE", "EN_ATTENTE"), decisions);
        Set<String> statuts = missions.stream().map(m -> m.get("statut")).collect(Collectors.toSet());
        assertTrue(statuts.contains("TERMINEE") && statuts.size() >= 3, statuts.toString());
        Set<String> prestataires = missions.stream().map(m -> m.get("prestataire_id")).collect(Collectors.toSet());
        assertEquals(5, prestataires.size());
        assertTrue(missions.stream().anyMatch(m -> !"0".equals(m.get("jours_prolongation"))), "a prolongation");

        long fromDegraded = demandes.stream().filter(d -> !d.get("site_id").isEmpty()).filter(d -> {
            Scored before = scores.latestIn(d.get("site_id"), GeneratedDataset.date(d.get("date_reception"))
                    .minusDays(180), GeneratedDataset.date(d.get("date_reception")));
            return before != null && Set.of("DEGRADEE", "CRISE").contains(before.gravite());
        }).count();
        assertTrue(fromDegraded * 10 >= demandes.size() * 7, "demandes come mostly from degraded sites");
    }

    private static Map<String, Long> count(java.util.function.Function<Scored, String> key) {
        return scores.all.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
