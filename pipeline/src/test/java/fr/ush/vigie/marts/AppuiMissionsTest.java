package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.AppuiColumns.*;
import static fr.ush.vigie.marts.AppuiFixtures.*;
import static fr.ush.vigie.model.Col.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code appui_missions} on hand-made missions; expected values are worked out beside the fixture rows. */
class AppuiMissionsTest {
    private static final String[] KEY = {ANNEE, VOLET, PRESTATAIRE_ID};
    private static final String[] DAYS_AND_COSTS = {NB_MISSIONS, JOURS_FINANCES, JOURS_PROLONGATION, NB_PROLONGEES,
        TAUX_PROLONGATION, COUT_USH_EUR, COUT_ORGANISMES_EUR};
    private static final String[] EVALUATIONS = {NB_EVALUEES, SATISFACTION_MOYENNE, PART_REGARD_NEUF,
        PART_RUPTURE_ROUTINES, PART_DYNAMIQUE_PARTENARIALE, PART_SOUTIEN_METHODOLOGIQUE, NB_PRECONISATIONS,
        NB_PRECONISATIONS_MISES_EN_OEUVRE, TAUX_MISE_EN_OEUVRE};

    private static Row[] rows;

    @BeforeAll
    static void compute() {
        Dataset<Row> demandes = demandes()
                // Received in 2023: the year of a mission is that of its start.
                .row(demande("DG", "O1", "S1", "2023-11-20", GUSP, "2023-12-01", ACCEPTEE))
                .row(demande("DT", "O1", "S2", "2024-09-01", TRANQUILLITE_SECURITE, "2024-09-15", ACCEPTEE))
                .dataset();
        Dataset<Row> missions = missions()
                // 2024 / GUSP / P1:
                // MA 4 × 1000.50 = 4002.00 funded, 2 × 1000.50 = 2001.00 extended
                .row(mission("MA", "DG", "P1", "2024-01-08", "2024-03-01", 4, 2, "1000.50", TERMINEE))
                // MB 5 × 999.99 = 4999.95 funded, not extended
                .row(mission("MB", "DG", "P1", "2024-02-01", "2024-04-01", 5, 0, "999.99", TERMINEE))
                // MC 3 × 1200.125 = 3600.375 funded; extension unknown: not extended, nothing to its cost
                .row(mission("MC", "DG", "P1", "2024-03-01", "2024-05-01", 3, null, "1200.125", TERMINEE))
                // MD 5 × 1000 = 5000.00 funded, 1 × 1000 = 1000.00 extended; not evaluated
                .row(mission("MD", "DG", "P1", "2024-12-31", null, 5, 1, "1000", EN_COURS))
                // cancelled, though evaluated: counts nowhere
                .row(mission("ME", "DG", "P1", "2024-04-01", null, 5, 5, "2000", ANNULEE))
                // 2025 / GUSP / P1: one mission, not evaluated.
                .row(mission("MF", "DG", "P1", "2025-02-01", "2025-03-01", 3, 0, "800", TERMINEE))
                // 2024 / TRANQUILLITE_SECURITE / P2: evaluated, no recommendation made.
                .row(mission("MG", "DT", "P2", "2024-12-31", "2025-02-01", 4, 0, "1000", TERMINEE))
                .dataset();
        Dataset<Row> evaluations = evaluations()
                .row(evaluation("MA", 4, true, false, true, null, 5, 3))
                .row(evaluation("MB", 5, true, true, false, false, 4, 4))
                // Implemented count unknown: adds nothing to the implemented sum.
                .row(evaluation("MC", 2, false, null, false, true, 3, null))
                .row(evaluation("ME", 1, true, true, true, true, 10, 0))
                .row(evaluation("MG", 3, false, null, null, null, 0, 0))
                .dataset();
        rows = (Row[]) AppuiMissions.compute(missions, demandes, evaluations).collect();
    }

    @Test
    void oneRowPerYearOfStartVoletOfTheDemandeAndPrestataire() {
        assertEquals(List.of(
                        List.of(2024, GUSP, "P1"),
                        List.of(2024, TRANQUILLITE_SECURITE, "P2"),
                        List.of(2025, GUSP, "P1")),
                Arrays.stream(rows).map(r -> values(r, KEY)).toList());
    }

    @Test
    void daysExtensionsAndCostsLeaveCancelledMissionsOut() {
        // MA, MB, MC, MD: 4+5+3+5 = 17 funded days; 2+0+1 = 3 extension days; MA and MD extended, over the 4
        // missions (MC's empty extension counts as none): nb_prolongees / nb_missions = 2/4 = 0.5. Union: 4002.00
        // + 4999.95 + 3600.375 + 5000.00 = 17602.325 → 17602.33 (half away from zero); organismes: 2001.00 +
        // 1000.00 = 3001.00.
        assertEquals(Arrays.asList(4L, 17L, 3L, 2L, 0.5, new BigDecimal("17602.33"), new BigDecimal("3001.00")),
                values(rows[0], DAYS_AND_COSTS));
    }

    @Test
    void satisfactionBenefitSharesAndPooledImplementationRateOverEvaluatedMissions() {
        // Evaluated: MA, MB, MC. Satisfaction (4+5+2)/3 = 3.6667 → 3.67. Regard neuf T,T,F: 2/3; rupture F,T,null:
        // 1/2; dynamique T,F,F: 1/3; soutien null,F,T: 1/2. Recommendations 5+4+3 = 12 made, 3+4 = 7 implemented;
        // the rate is exactly the ratio of those two sums: 7/12 = 0.58333 → 0.5833.
        assertEquals(Arrays.asList(3L, 3.67, 0.6667, 0.5, 0.3333, 0.5, 12L, 7L, 0.5833),
                values(rows[0], EVALUATIONS));
    }

    @Test
    void aGroupWithoutEvaluationHasNullMeansAndZeroSums() {
        // MF: 3 × 800 = 2400.00; nothing extended.
        assertEquals(Arrays.asList(1L, 3L, 0L, 0L, 0.0, new BigDecimal("2400.00"), new BigDecimal("0.00")),
                values(rows[2], DAYS_AND_COSTS));
        assertEquals(Arrays.asList(0L, null, null, null, null, null, 0L, 0L, null), values(rows[2], EVALUATIONS));
    }

    @Test
    void aRateOverNoRecommendationIsNullAndAShareOverNoAnswerIsNull() {
        assertEquals(Arrays.asList(1L, 3.0, 0.0, null, null, null, 0L, 0L, null), values(rows[1], EVALUATIONS));
    }
}
