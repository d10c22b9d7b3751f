package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.GridFixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four grid marts on {@link GridScenario}, every expected value worked out by hand from the levels (global
 * score = 100·Σniveau/12, axis score = 100·Σniveau/6, see the scenario).
 */
class GridMartsTest {
    private static final String[] TREND_COLUMNS = {"campagne", "dimension", "code_territoire", "nb_sites_attendus",
        "nb_sites_evalues", "taux_completude", "score_global_moyen", "score_qs_moyen", "score_fu_moyen",
        "nb_hors_situation", "nb_a_risque", "nb_chronique", "nb_urgence_crise", "part_situation_complexe",
        "nb_sites_panel", "delta_score_panel"};

    private static LinkedHashMap<String, Dataset<Row>> marts;

    /** As the job computes them: {@code scores_sites} kept once, the other grid marts built on it. */
    @BeforeAll
    static void compute() {
        StagingSource staging = GridScenario.staging();
        Dataset<Row> scores = GridMarts.scoresSites(staging, Thresholds.defaults(), CarriedScores.none())
                .localCheckpoint();
        marts = new LinkedHashMap<>();
        marts.put(GridMarts.SCORES_SITES, scores);
        marts.putAll(GridMarts.onScores(scores, staging, Thresholds.defaults()));
    }

    @Test
    void theGridMartsComeInTheContractOrder() {
        assertEquals(List.of("scores_sites", "tendances_territoires", "transitions_situations", "veille_sites",
                "controles_atypiques"),
                List.copyOf(marts.keySet()));
    }

    @Test
    void scoresGraviteSituationAndTendanceOfEveryRetainedAutodiagnostic() {
        List<String> actual = render(marts.get("scores_sites").orderBy("site_id", "campagne"), "site_id",
                "campagne", "score_global", "score_qualite_service", "score_fonctionnement_urbain",
                "nb_indicateurs_evalues", "nb_niveau_2_plus", "nb_niveau_3", "critique_niveau_3", "gravite",
                "situation", "campagne_precedente", "delta_score_global", "tendance");
        assertEquals(List.of(
                // DEGRADEE by score (50.0, no level 3) with no history: at risk.
                "S1 2024-S1 50.0 50.0 50.0 4 2 0 false DEGRADEE A_RISQUE - - NOUVEAU",
                // CRISE by its critical indicator at 3; the same score: STABLE.
                "S1 2024-S2 50.0 66.7 33.3 4 1 1 true CRISE URGENCE_CRISE 2024-S1 0.0 STABLE",
                // DEGRADEE after CRISE (2024-S2) and DEGRADEE (2024-S1): chronic, across the year boundary.
                "S1 2025-S1 58.3 33.3 83.3 4 3 1 false DEGRADEE CHRONIQUE 2024-S2 8.3 DEGRADATION",
                "S1 2025-S2 50.0 33.3 66.7 4 1 1 false DEGRADEE CHRONIQUE 2025-S1 -8.3 AMELIORATION",
                "S1 2026-S1 8.3 0.0 16.7 4 0 0 false NORMALE HORS_SITUATION_COMPLEXE 2025-S2 -41.7 AMELIORATION",
                // DEGRADEE by a non-critical level 3 (score 41.7).
                "S2 2024-S1 41.7 16.7 66.7 4 1 1 false DEGRADEE A_RISQUE - - NOUVEAU",
                // Only one DEGRADEE campaign before: at risk.
                "S2 2024-S2 50.0 33.3 66.7 4 2 0 false DEGRADEE A_RISQUE 2024-S1 8.3 DEGRADATION",
                // Four DEGRADEE in a row of its own assessments, but 2025-S1 is missing: not chronic; the tendance
                // compares with 2024-S2 across the gap.
                "S2 2025-S2 58.3 50.0 66.7 4 3 0 false DEGRADEE A_RISQUE 2024-S2 8.3 DEGRADATION",
                // DEGRADEE by level only (score 25.0 < 35).
                "S2 2026-S1 25.0 0.0 50.0 4 1 1 false DEGRADEE A_RISQUE 2025-S2 -33.3 AMELIORATION",
                "S3 2024-S1 0.0 0.0 0.0 4 0 0 false NORMALE HORS_SITUATION_COMPLEXE - - NOUVEAU",
                // CRISE by the critical indicator although the score is only 25.0.
                "S3 2024-S2 25.0 50.0 0.0 4 1 1 true CRISE URGENCE_CRISE 2024-S1 25.0 DEGRADATION",
                // CRISE by score (66.7 >= 60) with no level 3.
                "S3 2025-S1 66.7 66.7 66.7 4 4 0 false CRISE URGENCE_CRISE 2024-S2 41.7 DEGRADATION",
                // VIGILANCE by score only (25.0, every level <= 1).
                "S3 2025-S2 25.0 16.7 33.3 4 0 0 false VIGILANCE A_RISQUE 2025-S1 -41.7 AMELIORATION",
                "S3 2026-S1 16.7 33.3 0.0 4 1 0 false VIGILANCE A_RISQUE 2025-S2 -8.3 AMELIORATION",
                // The superseded 3 3 3 3 of 2024-09-01 is ignored.
                "S4 2024-S2 16.7 16.7 16.7 4 0 0 false VIGILANCE A_RISQUE - - NOUVEAU",
                // One indicator of weight 1 out of 4: global null; F1 is half of its axis: scored. DEGRADEE by its
                // level 3 alone; no tendance with a null score.
                "S4 2025-S1 - - 100.0 1 1 1 false DEGRADEE A_RISQUE 2024-S2 - -",
                // Exactly half the weight assessed: scored (3/6); nothing of the FU axis: null.
                "S4 2025-S2 50.0 50.0 - 2 1 0 false DEGRADEE A_RISQUE 2025-S1 - -",
                "S4 2026-S1 0.0 0.0 0.0 4 0 0 false NORMALE HORS_SITUATION_COMPLEXE 2025-S2 -50.0 AMELIORATION",
                "S5 2024-S2 25.0 50.0 0.0 4 1 1 true CRISE URGENCE_CRISE - - NOUVEAU",
                "S5 2025-S1 33.3 33.3 33.3 4 0 0 false VIGILANCE A_RISQUE 2024-S2 8.3 DEGRADATION",
                "S5 2025-S2 58.3 66.7 50.0 4 3 0 false DEGRADEE A_RISQUE 2025-S1 25.0 DEGRADATION",
                "S6 2024-S1 8.3 0.0 16.7 4 0 0 false NORMALE HORS_SITUATION_COMPLEXE - - NOUVEAU",
                "S6 2025-S1 16.7 0.0 33.3 4 0 0 false VIGILANCE A_RISQUE 2024-S1 8.4 DEGRADATION"), actual);
    }

    @Test
    void scoresCarryTheRetainedAutodiagnosticAndTheSiteTerritories() {
        Dataset<Row> scores = marts.get("scores_sites");
        assertEquals(ScoresSites.COLUMNS, List.of(scores.columns()));
        assertEquals(List.of(
                // situation_precedente: S1 was at risk in 2024-S1; S4 and S6 have no earlier autodiagnostic.
                "S1 ORG1 S1@2024-10-15 2024-10-15 R1 D1 true TENDU OPH A_RISQUE",
                "S4 ORG2 S4@2024-11-20 2024-11-20 R2 D3 false TENDU ESH -",
                "S6 ORG3 S6@2024-03-15 2024-03-15 - - true - - -"),
                render(scores.where("(site_id = 'S1' and campagne = '2024-S2') or (site_id = 'S4' and campagne = "
                        + "'2024-S2') or (site_id = 'S6' and campagne = '2024-S1')").orderBy("site_id"),
                        "site_id", "organisme_id", "autodiagnostic_id", "date_autodiagnostic", "code_region",
                        "code_departement", "qpv", "marche", "famille", "situation_precedente"));
    }

    @Test
    void nationalTrendsCompletenessMeansSituationsAndPanel() {
        List<String> actual = render(marts.get("tendances_territoires").where("dimension = 'NATIONAL'")
                .orderBy("campagne"), TREND_COLUMNS);
        assertEquals(List.of(
                // Expected: S1 S2 S3 S4 S6 S7 (S7 enters on 2024-06-30, the last day); evaluated S1 S2 S3 S6.
                // QS mean 66.7/4 = 16.675 and FU mean 133.4/4 = 33.35 round half up.
                "2024-S1 NATIONAL FR 6 4 0.6667 25.0 16.7 33.4 2 2 0 0 0.5000 0 -",
                // S5 evaluated before it enters (not expected); S6 expected (leaves 2024-12-31), not evaluated.
                // Panel S1 S2 S3: (0.0 + 8.3 + 25.0) / 3 = 11.1.
                "2024-S2 NATIONAL FR 6 5 0.6667 33.3 43.3 23.3 0 2 0 3 1.0000 3 11.1",
                // S7 still expected (leaves 2025-01-01, the first day); S6 evaluated after leaving. S4's null
                // global score is left out of the mean (175.0/4 = 43.75) and of the panel delta (58.3/3).
                "2025-S1 NATIONAL FR 6 5 0.6667 43.8 33.3 63.3 0 3 1 1 1.0000 4 19.4",
                // FU mean over the four non-null: 216.7/4 = 54.175. Panel S1 S3 S4 S5 (S2 missed 2025-S1).
                "2025-S2 NATIONAL FR 5 5 1.0000 48.3 43.3 54.2 0 4 1 0 1.0000 4 -8.3",
                // S5 expected and not evaluated. Panel delta (-41.7 - 33.3 - 8.3 - 50.0) / 4 = -33.325.
                "2026-S1 NATIONAL FR 5 4 0.8000 12.5 8.3 16.7 2 2 0 0 0.5000 4 -33.3"), actual);
    }

    @Test
    void completenessNumeratorIsPublishedBesideTheShare() {
        // Expected and evaluated, from the comments above: S1 S2 S3 S6; S1 S2 S3 S4 (S5 not expected yet); S1 S2
        // S3 S4 (S6 has left); all five; S1 S2 S3 S4 (S5 not evaluated).
        List<String> actual = render(marts.get("tendances_territoires").where("dimension = 'NATIONAL'")
                .orderBy("campagne"), "campagne", "nb_sites_attendus_evalues", "nb_sites_attendus", "taux_completude");
        assertEquals(List.of("2024-S1 4 6 0.6667", "2024-S2 4 6 0.6667", "2025-S1 4 6 0.6667", "2025-S2 5 5 1.0000",
                "2026-S1 4 5 0.8000"), actual);
    }

    @Test
    void everyDimensionOf2025S1() {
        List<String> actual = render(marts.get("tendances_territoires").where("campagne = '2025-S1'")
                .orderBy("dimension", "code_territoire"), TREND_COLUMNS);
        assertEquals(List.of(
                // D1: S1 and S5; D2: S2 and S7, expected, neither evaluated: shares over nothing are null.
                "2025-S1 DEPARTEMENT D1 2 2 1.0000 45.8 33.3 58.3 0 1 1 0 1.0000 2 8.3",
                "2025-S1 DEPARTEMENT D2 2 0 0.0000 - - - 0 0 0 0 - 0 -",
                "2025-S1 DEPARTEMENT D3 2 2 1.0000 66.7 66.7 83.4 0 1 0 1 1.0000 2 41.7",
                // S5 has no famille, S6 no famille either.
                "2025-S1 FAMILLE ESH 2 2 1.0000 66.7 66.7 83.4 0 1 0 1 1.0000 2 41.7",
                "2025-S1 FAMILLE OPH 3 1 0.3333 58.3 33.3 83.3 0 0 1 0 1.0000 1 8.3",
                // S5 and S6 have no marché.
                "2025-S1 MARCHE DETENDU 2 1 0.5000 66.7 66.7 66.7 0 0 0 1 1.0000 1 41.7",
                "2025-S1 MARCHE TENDU 3 2 0.6667 58.3 33.3 91.7 0 1 1 0 1.0000 2 8.3",
                "2025-S1 NATIONAL FR 6 5 0.6667 43.8 33.3 63.3 0 3 1 1 1.0000 4 19.4",
                // QPV: S1 S3 expected and evaluated, S6 evaluated only (and not in the panel).
                "2025-S1 QPV HORS_QPV 4 2 0.5000 33.3 33.3 66.7 0 2 0 0 1.0000 2 8.3",
                "2025-S1 QPV QPV 2 3 1.0000 47.2 33.3 61.1 0 1 1 1 1.0000 2 25.0",
                "2025-S1 QPV_MARCHE HORS_QPV_DETENDU 1 0 0.0000 - - - 0 0 0 0 - 0 -",
                "2025-S1 QPV_MARCHE HORS_QPV_TENDU 2 1 0.5000 - - 100.0 0 1 0 0 1.0000 1 -",
                "2025-S1 QPV_MARCHE QPV_DETENDU 1 1 1.0000 66.7 66.7 66.7 0 0 0 1 1.0000 1 41.7",
                "2025-S1 QPV_MARCHE QPV_TENDU 1 1 1.0000 58.3 33.3 83.3 0 0 1 0 1.0000 1 8.3",
                // S6 has no region.
                "2025-S1 REGION R1 4 2 0.5000 45.8 33.3 58.3 0 1 1 0 1.0000 2 8.3",
                "2025-S1 REGION R2 2 2 1.0000 66.7 66.7 83.4 0 1 0 1 1.0000 2 41.7"), actual);
    }

    @Test
    void everyCampaignHasTheSameSixteenTerritoriesWithTheirLabels() {
        Dataset<Row> trends = marts.get("tendances_territoires");
        assertEquals(TendancesTerritoires.COLUMNS, List.of(trends.columns()));
        // Each campaign has a site of R1, R2, D1, D2, D3, both QPV values, both markets, both familles and the
        // four QPV × marché pairs, expected or evaluated: 16 rows × 5 campaigns.
        assertEquals(80, trends.count());
        assertEquals(List.of("FR France", "QPV_TENDU QPV, Marché tendu", "R1 Région R1"),
                render(trends.where("campagne = '2026-S1' and code_territoire in ('FR', 'R1', 'QPV_TENDU')")
                        .orderBy("code_territoire"), "code_territoire", "libelle_territoire"));
    }

    @Test
    void transitionsBetweenCalendarConsecutiveCampaignsOnly() {
        assertEquals(List.of(
                "2024-S2 2024-S1 A_RISQUE A_RISQUE 1",
                "2024-S2 2024-S1 A_RISQUE URGENCE_CRISE 1",
                "2024-S2 2024-S1 HORS_SITUATION_COMPLEXE URGENCE_CRISE 1",
                // S6 (2024-S1 then 2025-S1) is not a transition.
                "2025-S1 2024-S2 A_RISQUE A_RISQUE 1",
                "2025-S1 2024-S2 URGENCE_CRISE A_RISQUE 1",
                "2025-S1 2024-S2 URGENCE_CRISE CHRONIQUE 1",
                "2025-S1 2024-S2 URGENCE_CRISE URGENCE_CRISE 1",
                // S2 (2024-S2 then 2025-S2) is not either.
                "2025-S2 2025-S1 A_RISQUE A_RISQUE 2",
                "2025-S2 2025-S1 CHRONIQUE CHRONIQUE 1",
                "2025-S2 2025-S1 URGENCE_CRISE A_RISQUE 1",
                "2026-S1 2025-S2 A_RISQUE A_RISQUE 2",
                "2026-S1 2025-S2 A_RISQUE HORS_SITUATION_COMPLEXE 1",
                "2026-S1 2025-S2 CHRONIQUE HORS_SITUATION_COMPLEXE 1"),
                render(marts.get("transitions_situations"), TransitionsSituations.COLUMNS.toArray(String[]::new)));
    }

    @Test
    void watchListWithAlertsAndOngoingSupport() {
        assertEquals(List.of(
                "2024-S1 S1 Les Tilleuls ORG1 R1 A_RISQUE 50.0 - - false",
                "2024-S1 S2 Le Parc ORG1 R1 A_RISQUE 41.7 - - false",
                "2024-S2 S1 Les Tilleuls ORG1 R1 URGENCE_CRISE 50.0 0.0 NOUVELLE_CRISE false",
                "2024-S2 S2 Le Parc ORG1 R1 A_RISQUE 50.0 8.3 - false",
                // M1 runs from 2024-11-01 to 2025-02-15, across the end of 2024-S2.
                "2024-S2 S3 La Source ORG2 R2 URGENCE_CRISE 25.0 25.0 DEGRADATION_FORTE;NOUVELLE_CRISE true",
                "2024-S2 S4 Les Cèdres ORG2 R2 A_RISQUE 16.7 - - false",
                // A crisis at the first autodiagnostic is new.
                "2024-S2 S5 Le Moulin ORG3 R1 URGENCE_CRISE 25.0 - NOUVELLE_CRISE false",
                // D1 (2023-06-30) is one day before the window [2023-07-01, 2025-06-30]; D5 names no site.
                "2025-S1 S1 Les Tilleuls ORG1 R1 CHRONIQUE 58.3 8.3 CHRONIQUE_SANS_APPUI false",
                // Still a crisis: not new. M2 ends on 2025-06-30, not after it.
                "2025-S1 S3 La Source ORG2 R2 URGENCE_CRISE 66.7 41.7 DEGRADATION_FORTE false",
                "2025-S1 S4 Les Cèdres ORG2 R2 A_RISQUE - - - false",
                "2025-S1 S5 Le Moulin ORG3 R1 A_RISQUE 33.3 8.3 - false",
                "2025-S1 S6 La Gare ORG3 - A_RISQUE 16.7 8.4 - false",
                // D2, received on 2025-12-31 (the campaign's last day), counts whatever its decision.
                "2025-S2 S1 Les Tilleuls ORG1 R1 CHRONIQUE 50.0 -8.3 - false",
                "2025-S2 S2 Le Parc ORG1 R1 A_RISQUE 58.3 8.3 - false",
                // M3 would be ongoing, but it was cancelled.
                "2025-S2 S3 La Source ORG2 R2 A_RISQUE 25.0 -41.7 - false",
                "2025-S2 S4 Les Cèdres ORG2 R2 A_RISQUE 50.0 - - false",
                // M5 starts on 2025-12-31, the campaign's last day, with no end.
                "2025-S2 S5 Le Moulin ORG3 R1 A_RISQUE 58.3 25.0 DEGRADATION_FORTE true",
                // M4 starts after the end of 2026-S1.
                "2026-S1 S2 Le Parc ORG1 R1 A_RISQUE 25.0 -33.3 - false",
                "2026-S1 S3 La Source ORG2 R2 A_RISQUE 16.7 -8.3 - false"),
                render(marts.get("veille_sites"), "campagne", "site_id", "nom_site", "organisme_id", "code_region",
                        "situation", "score_global", "delta_score_global", "alertes", "appui_en_cours"));
    }

    @Test
    void noMartCrossesTwoLargeTables() {
        marts.forEach((name, mart) -> assertFalse(
                mart.queryExecution().executedPlan().toString().contains("CartesianProduct"), name));
    }
}
