package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.AppuiColumns.*;
import static fr.ush.vigie.marts.AppuiFixtures.*;
import static fr.ush.vigie.model.Col.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code efficacite_prestataires} on a hand-made case: satisfaction and its Student interval, the implementation
 * rate with its interval clustered by mission, and a difference-in-differences whose every included and excluded
 * mission is worked out beside the fixture rows. Student quantiles: t(1) = 12.70620, t(3) = 3.18245.
 *
 * <p>Missions MA1–MA4 and MB1 run 2024-03-01 → 2024-05-31: baseline window [2023-03-02, 2024-03-01] (2024 is a
 * leap year: 365 days before 1 March 2024 is 2 March 2023), follow-up window [2024-11-27, 2026-05-31]. MA5 runs
 * 2024-09-15 → 2024-10-15: baseline [2023-09-16, 2024-09-15], follow-up [2025-04-13, 2026-10-15].
 */
class EfficacitePrestatairesTest {
    private static final String[] SATISFACTION = {NB_MISSIONS, NB_EVALUEES, SATISFACTION_MOYENNE,
        SATISFACTION_IC95_BAS, SATISFACTION_IC95_HAUT};
    private static final String[] IMPLEMENTATION = {TAUX_MISE_EN_OEUVRE, TAUX_MISE_EN_OEUVRE_IC95_BAS,
        TAUX_MISE_EN_OEUVRE_IC95_HAUT};
    private static final String[] EFFECT = {NB_MISSIONS_AVEC_SUIVI, DELTA_SCORE_TRAITES, DELTA_SCORE_TEMOINS,
        EFFET_DID, EFFET_IC95_BAS, EFFET_IC95_HAUT, EFFECTIF_SUFFISANT};

    private static Dataset<Row> prestataires;
    private static Dataset<Row> missions;
    private static Dataset<Row> demandes;
    private static Dataset<Row> evaluations;
    private static Dataset<Row> scoresSites;
    private static Dataset<Row> sites;
    private static Map<String, Row> byPrestataire;

    @BeforeAll
    static void compute() {
        prestataires = prestataires()
                .row(prestataire("PA", GUSP))
                .row(prestataire("PB", TRANQUILLITE_SECURITE))
                // Referenced, never sent on a mission.
                .row(prestataire("PC", QUALITE_SERVICE))
                .dataset();
        sites = sites()
                .row(site("T1", "O1", "11", TENDU, true)).row(site("T2", "O1", "11", TENDU, true))
                .row(site("T3", "O1", "11", TENDU, true)).row(site("T4", "O1", "11", DETENDU, false))
                .row(site("T5", "O1", "11", TENDU, true)).row(site("T6", "O1", "11", TENDU, true))
                .row(site("C1", "O2", "11", TENDU, true)).row(site("C2", "O2", "11", TENDU, true))
                .row(site("C3", "O2", "11", TENDU, true)).row(site("C4", "O2", "11", TENDU, true))
                .row(site("C5", "O2", "11", TENDU, false)).row(site("C6", "O2", "11", DETENDU, false))
                .row(site("C7", "O2", "11", TENDU, true)).row(site("N1", "O2", "11", TENDU, true))
                .dataset();
        demandes = demandes()
                .row(demande("DT1", "O1", "T1", "2024-01-05", GUSP, "2024-01-20", ACCEPTEE))
                .row(demande("DT2", "O1", "T2", "2024-01-05", GUSP, "2024-01-20", ACCEPTEE))
                .row(demande("DT3", "O1", "T3", "2024-01-05", GUSP, "2024-01-20", ACCEPTEE))
                .row(demande("DT4", "O1", "T4", "2024-01-05", GUSP, "2024-01-20", ACCEPTEE))
                .row(demande("DT5", "O1", "T5", "2024-01-05", TRANQUILLITE_SECURITE, "2024-01-20", ACCEPTEE))
                .row(demande("DT6", "O1", "T6", "2024-07-01", GUSP, "2024-07-20", ACCEPTEE))
                .row(demande("D0", "O1", null, "2024-01-05", GUSP, "2024-01-20", ACCEPTEE))
                // Refused, yet N1 is named by a demande: never a control.
                .row(demande("DN1", "O2", "N1", "2024-01-05", GUSP, "2024-01-20", REFUSEE))
                .dataset();
        missions = missions()
                .row(mission("MA1", "DT1", "PA", "2024-03-01", "2024-05-31", TERMINEE))
                .row(mission("MA2", "DT2", "PA", "2024-03-01", "2024-05-31", TERMINEE))
                .row(mission("MA3", "DT3", "PA", "2024-03-01", "2024-05-31", TERMINEE))
                .row(mission("MA4", "DT4", "PA", "2024-03-01", "2024-05-31", TERMINEE))
                .row(mission("MA5", "DT6", "PA", "2024-09-15", "2024-10-15", TERMINEE))
                // Cancelled: were it counted, it would repeat MA1's DiD and its evaluation would lower PA's figures.
                .row(mission("MA6", "DT1", "PA", "2024-03-01", "2024-05-31", ANNULEE))
                // About a whole organisme: counted, but no site to follow.
                .row(mission("MA7", "D0", "PA", "2024-03-01", null, EN_COURS))
                .row(mission("MB1", "DT5", "PB", "2024-03-01", "2024-05-31", TERMINEE))
                .dataset();
        evaluations = evaluations()
                .row(evaluation("MA1", 3, 5, 3)).row(evaluation("MA2", 4, 4, 4))
                .row(evaluation("MA3", 4, 6, 2)).row(evaluation("MA4", 5, 5, 4))
                .row(evaluation("MA6", 1, 10, 0))
                .row(evaluation("MB1", 4, 3, 0))
                .dataset();
        scoresSites = scoresSites(List.of(
                // T1: 2023-03-01 is a day before the baseline window; 2024-03-01 (= date_debut) is the latest in it
                // → baseline 48.3 (2024-S1, DEGRADEE); 2024-11-27 (= date_fin + 180) is the earliest follow-up
                // → 40.1 (2024-S2). Mission delta MA1 = 40.1 − 48.3 = −8.2.
                score("T1", "2023-S1", "2023-03-01", true, TENDU, 50.0, DEGRADEE),
                score("T1", "2023-S2", "2023-10-01", true, TENDU, 45.0, DEGRADEE),
                score("T1", "2024-S1", "2024-03-01", true, TENDU, 48.3, DEGRADEE),
                score("T1", "2024-S2", "2024-11-27", true, TENDU, 40.1, DEGRADEE),
                score("T1", "2025-S1", "2025-03-01", true, TENDU, 30.0, VIGILANCE),
                // T2: nothing in [2023-03-02, 2024-03-01] → MA2 has no baseline.
                score("T2", "2023-S1", "2023-03-01", true, TENDU, 45.0, DEGRADEE),
                score("T2", "2024-S2", "2024-12-01", true, TENDU, 44.0, DEGRADEE),
                // T3: 2024-11-26 is date_fin + 179 and 2026-06-01 date_fin + 731 → MA3 has no follow-up.
                score("T3", "2024-S1", "2024-01-15", true, TENDU, 50.0, DEGRADEE),
                score("T3", "2024-S2", "2024-11-26", true, TENDU, 40.0, DEGRADEE),
                score("T3", "2026-S1", "2026-06-01", true, TENDU, 35.0, DEGRADEE),
                // T4 (DETENDU, hors QPV): both assessments, but its only peer C6 was VIGILANCE → MA4 has no control.
                score("T4", "2024-S1", "2024-01-20", false, DETENDU, 40.0, DEGRADEE),
                score("T4", "2024-S2", "2024-12-15", false, DETENDU, 35.0, DEGRADEE),
                // T5: MB1 delta = 57.0 − 58.0 = −1.0 over 2024-S1 → 2024-S2, as MA1.
                score("T5", "2024-S1", "2024-02-01", true, TENDU, 58.0, DEGRADEE),
                score("T5", "2024-S2", "2024-12-01", true, TENDU, 57.0, DEGRADEE),
                // T6: 2025-04-12 is a day before MA5's follow-up window → follow-up 49.9 (2025-S2);
                // MA5 delta = 49.9 − 55.5 = −5.6 over 2024-S1 → 2025-S2.
                score("T6", "2024-S1", "2024-04-10", true, TENDU, 55.5, DEGRADEE),
                score("T6", "2025-S1", "2025-04-12", true, TENDU, 50.0, DEGRADEE),
                score("T6", "2025-S2", "2025-09-01", true, TENDU, 49.9, DEGRADEE),
                // Controls of stratum (TENDU, QPV, DEGRADEE at 2024-S1):
                // 2024-S1 → 2024-S2: C1 +1.5, C2 −0.2 (C3 not assessed in 2024-S2, C7's score null)
                //   → control delta (1.5 − 0.2) / 2 = 0.65;
                // 2024-S1 → 2025-S2: C1 −1.0, C2 +1.2, C3 +0.6 (C7 not assessed) → (−1.0 + 1.2 + 0.6) / 3 = 0.2667.
                score("C1", "2024-S1", "2024-04-01", true, TENDU, 40.0, DEGRADEE),
                score("C1", "2024-S2", "2024-10-01", true, TENDU, 41.5, DEGRADEE),
                score("C1", "2025-S2", "2025-10-01", true, TENDU, 39.0, DEGRADEE),
                score("C2", "2024-S1", "2024-04-01", true, TENDU, 52.2, DEGRADEE),
                score("C2", "2024-S2", "2024-10-01", true, TENDU, 52.0, DEGRADEE),
                score("C2", "2025-S2", "2025-10-01", true, TENDU, 53.4, DEGRADEE),
                score("C3", "2024-S1", "2024-04-01", true, TENDU, 47.0, DEGRADEE),
                score("C3", "2025-S2", "2025-10-01", true, TENDU, 47.6, DEGRADEE),
                score("C7", "2024-S1", "2024-04-01", true, TENDU, 50.0, DEGRADEE),
                score("C7", "2024-S2", "2024-10-01", true, TENDU, null, CRISE),
                // Not controls: C4 another baseline gravité, C5 hors QPV, N1 named by a demande, C6 another stratum.
                score("C4", "2024-S1", "2024-04-01", true, TENDU, 30.0, VIGILANCE),
                score("C4", "2024-S2", "2024-10-01", true, TENDU, 20.0, VIGILANCE),
                score("C4", "2025-S2", "2025-10-01", true, TENDU, 10.0, VIGILANCE),
                score("C5", "2024-S1", "2024-04-01", false, TENDU, 45.0, DEGRADEE),
                score("C5", "2024-S2", "2024-10-01", false, TENDU, 35.0, DEGRADEE),
                score("C5", "2025-S2", "2025-10-01", false, TENDU, 30.0, DEGRADEE),
                score("N1", "2024-S1", "2024-04-01", true, TENDU, 44.0, DEGRADEE),
                score("N1", "2024-S2", "2024-10-01", true, TENDU, 30.0, DEGRADEE),
                score("N1", "2025-S2", "2025-10-01", true, TENDU, 20.0, DEGRADEE),
                score("C6", "2024-S1", "2024-04-01", false, DETENDU, 20.0, VIGILANCE),
                score("C6", "2024-S2", "2024-10-01", false, DETENDU, 22.0, VIGILANCE)));
        byPrestataire = byKey(EfficacitePrestataires.compute(prestataires, missions, demandes, evaluations,
                scoresSites, sites, Thresholds.defaults().effectifMin()), PRESTATAIRE_ID);
    }

    @Test
    void everyMissionWithoutBaselineFollowUpOrControlIsLeftOut() {
        Map<String, List<BigDecimal>> didByMission = new TreeMap<>();
        Dataset<Row> perMission = DifferenceInDifferences.perMission(
                MissionFacts.of(missions, demandes, evaluations), scoresSites, sites, demandes);
        for (Row row : (Row[]) perMission.collect()) {
            didByMission.put(row.getAs(MISSION_ID), List.of(
                    ((BigDecimal) row.getAs(DifferenceInDifferences.DELTA_TRAITE)).stripTrailingZeros(),
                    ((BigDecimal) row.getAs(DifferenceInDifferences.DID)).setScale(4, RoundingMode.HALF_UP)));
        }
        // MA1: −8.2 − 0.65 = −8.85; MA5: −5.6 − 0.8/3 = −5.8667; MB1: −1.0 − 0.65 = −1.65.
        assertEquals(Map.of(
                        "MA1", List.of(new BigDecimal("-8.2"), new BigDecimal("-8.8500")),
                        "MA5", List.of(new BigDecimal("-5.6"), new BigDecimal("-5.8667")),
                        "MB1", List.of(new BigDecimal("-1"), new BigDecimal("-1.6500"))),
                didByMission);
    }

    @Test
    void effectIsTheMeanOfMissionDidsWithItsInterval() {
        // PA: MA1 (−8.2, 0.65, −8.85) and MA5 (−5.6, 0.2667, −5.8667).
        // delta traités (−8.2 − 5.6) / 2 = −6.9; témoins (0.65 + 0.26667) / 2 = 0.45833 → 0.5;
        // effet (−8.85 − 5.86667) / 2 = −7.35833 → −7.4. With two values s/√n = |d1 − d2| / 2 = 1.49167;
        // t(1) × 1.49167 = 18.95343 → [−26.31176, 11.59509] → [−26.3, 11.6]. 2 missions < 10: not sufficient.
        assertEquals(Arrays.asList(2L, -6.9, 0.5, -7.4, -26.3, 11.6, false),
                values(byPrestataire.get("PA"), EFFECT));
    }

    @Test
    void missionsInStrataOfTheirOwnKeepTheContractsIntervalWithSitesAsClusters() {
        // PA's two missions have a stratum each (follow-up 2024-S2 and 2025-S2), so no control delta is shared:
        // V_T = s²/n. Controls C1 and C2 are in both strata: ψ_C1 = 0.85 / 2 − 1.26667 / 3 = 0.00278,
        // ψ_C2 = −0.425 + 0.31111 = −0.11389, ψ_C3 = 0.11111, Σψ² = 0.02532, below the strata's own terms
        // (1.445 / 4 + 2.58667 / 9 = 0.64866): no covariance to add, the interval is the contract's.
        assertEquals(Arrays.asList(-26.3, 11.6), values(byPrestataire.get("PA"), EFFET_IC95_BAS_GRAPPES,
                EFFET_IC95_HAUT_GRAPPES));
        assertEquals(Arrays.asList(null, null), values(byPrestataire.get("PB"), EFFET_IC95_BAS_GRAPPES,
                EFFET_IC95_HAUT_GRAPPES));
    }

    @Test
    void aSingleMissionGivesAnEffectWithoutInterval() {
        // PB: MB1 alone: −1.0, 0.65 → 0.7, −1.65 → −1.7 (half away from zero); no interval for n < 2.
        assertEquals(Arrays.asList(1L, -1.0, 0.7, -1.7, null, null, false), values(byPrestataire.get("PB"), EFFECT));
    }

    @Test
    void satisfactionMeanAndIntervalOverEvaluatedMissionsNotCancelled() {
        // PA: MA1–MA5 and MA7 (MA6 cancelled); evaluated MA1–MA4: 3, 4, 4, 5 → mean 4.
        // s² = (1 + 0 + 0 + 1) / 3 = 0.66667, s = 0.81650; t(3) × 0.81650 / √4 = 1.29923 → [2.70077, 5.29923].
        assertEquals(Arrays.asList(6L, 4L, 4.0, 2.7, 5.3), values(byPrestataire.get("PA"), SATISFACTION));
        // PB: a single evaluation: no interval.
        assertEquals(Arrays.asList(1L, 1L, 4.0, null, null), values(byPrestataire.get("PB"), SATISFACTION));
    }

    @Test
    void implementationRateWithItsIntervalClusteredByMission() {
        // PA: (x, y) = MA1 (5, 3), MA2 (4, 4), MA3 (6, 2), MA4 (5, 4) → r = 13 / 20 = 0.65, m = 4, x̄ = 5.
        // y − r·x: 3 − 3.25 = −0.25, 4 − 2.6 = 1.4, 2 − 3.9 = −1.9, 4 − 3.25 = 0.75; squares 0.0625 + 1.96 + 3.61
        // + 0.5625 = 6.195; SE = √(6.195 / (4 × 3)) / 5 = 0.71851 / 5 = 0.14370; t(3) × SE = 0.45732
        // → [0.19268, 1.10732], clipped to [0.1927, 1].
        assertEquals(Arrays.asList(0.65, 0.1927, 1.0), values(byPrestataire.get("PA"), IMPLEMENTATION));
        // PB: MB1 (3, 0) alone → r = 0, m = 1: no interval.
        assertEquals(Arrays.asList(0.0, null, null), values(byPrestataire.get("PB"), IMPLEMENTATION));
    }

    @Test
    void aPrestataireWithoutMissionHasItsRowWithZeroCountsAndNullMeasures() {
        Row pc = byPrestataire.get("PC");
        assertEquals(Arrays.asList("PC", "Cabinet PC", QUALITE_SERVICE), values(pc, PRESTATAIRE_ID, NOM, POLE));
        assertEquals(Arrays.asList(0L, 0L, null, null, null), values(pc, SATISFACTION));
        assertEquals(Arrays.asList(null, null, null), values(pc, IMPLEMENTATION));
        assertEquals(Arrays.asList(0L, null, null, null, null, null, false), values(pc, EFFECT));
        assertEquals(3, byPrestataire.size());
    }
}
