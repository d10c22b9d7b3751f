package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.AppuiColumns.*;
import static fr.ush.vigie.marts.AppuiFixtures.*;
import static fr.ush.vigie.model.Col.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The intervals of {@code efficacite_prestataires} on small samples, worked out by hand: Student's t for n − 1
 * degrees of freedom at n = 2, 3 and 10 (t(1) = 12.70620, t(2) = 4.30265, t(9) = 2.26216, from printed tables),
 * and the implementation rate's interval clustered by mission.
 */
class SmallSampleEstimatesTest {
    private static final String[] SATISFACTION = {NB_EVALUEES, SATISFACTION_MOYENNE, SATISFACTION_IC95_BAS,
        SATISFACTION_IC95_HAUT};
    private static final String[] IMPLEMENTATION = {TAUX_MISE_EN_OEUVRE, TAUX_MISE_EN_OEUVRE_IC95_BAS,
        TAUX_MISE_EN_OEUVRE_IC95_HAUT};

    private static Map<String, Row> byPrestataire;

    @BeforeAll
    static void compute() {
        AppuiFixtures.Table missions = missions();
        AppuiFixtures.Table evaluations = evaluations();
        // P2: satisfaction 3 and 4. P3: 2, 3, 4. P10: 1 … 5 twice.
        // Recommendations (made, implemented): P2 (10, 5), (10, 6); P3 (10, 4), (0, 0), (10, 5);
        // P10 (x, x) for x = 1 … 5 twice, then R: (10, 5), (10, 6), (10, 4) and (0, 0).
        int[][] p2 = {{3, 10, 5}, {4, 10, 6}};
        int[][] p3 = {{2, 10, 4}, {3, 0, 0}, {4, 10, 5}};
        int[][] p10 = new int[10][];
        for (int i = 0; i < 10; i++) {
            int value = i % 5 + 1;
            p10[i] = new int[] {value, value, value};
        }
        int[][] r = {{4, 10, 5}, {4, 10, 6}, {4, 10, 4}, {4, 0, 0}};
        add(missions, evaluations, "P2", p2);
        add(missions, evaluations, "P3", p3);
        add(missions, evaluations, "P10", p10);
        add(missions, evaluations, "R", r);
        Dataset<Row> prestataires = prestataires().row(prestataire("P2", GUSP)).row(prestataire("P3", GUSP))
                .row(prestataire("P10", GUSP)).row(prestataire("R", GUSP)).dataset();
        Dataset<Row> demandes = demandes().row(demande("D", "O1", null, "2024-01-05", GUSP, "2024-01-20", ACCEPTEE))
                .dataset();
        byPrestataire = byKey(EfficacitePrestataires.compute(prestataires, missions.dataset(), demandes,
                evaluations.dataset(), scoresSites(java.util.List.of()), sites().dataset(),
                Thresholds.defaults().effectifMin()), PRESTATAIRE_ID);
    }

    private static void add(AppuiFixtures.Table missions, AppuiFixtures.Table evaluations, String prestataire,
            int[][] evaluated) {
        for (int i = 0; i < evaluated.length; i++) {
            String id = prestataire + "-" + i;
            missions.row(mission(id, "D", prestataire, "2024-03-01", "2024-03-05", TERMINEE));
            evaluations.row(evaluation(id, evaluated[i][0], evaluated[i][1], evaluated[i][2]));
        }
    }

    @Test
    void theStudentQuantileIsThatOfThePrintedTables() {
        assertEquals(12.7062, StudentT.quantile95(1), 5e-5);
        assertEquals(4.3027, StudentT.quantile95(2), 5e-5);
        assertEquals(2.2622, StudentT.quantile95(9), 5e-5);
        assertEquals(1.9600, StudentT.quantile95(100_000), 5e-5);
    }

    @Test
    void twoEvaluationsGiveTheWideIntervalOfStudentsTForOneDegreeOfFreedom() {
        // 3, 4: mean 3.5, s = 0.70711, s/√2 = 0.5; 12.70620 × 0.5 = 6.35310 → [−2.85310, 9.85310].
        assertEquals(Arrays.asList(2L, 3.5, -2.85, 9.85), values(byPrestataire.get("P2"), SATISFACTION));
    }

    @Test
    void threeEvaluations() {
        // 2, 3, 4: mean 3, s = 1, s/√3 = 0.57735; 4.30265 × 0.57735 = 2.48414 → [0.51586, 5.48414].
        assertEquals(Arrays.asList(3L, 3.0, 0.52, 5.48), values(byPrestataire.get("P3"), SATISFACTION));
    }

    @Test
    void tenEvaluations() {
        // 1 … 5 twice: mean 3, s² = 2 × (4 + 1 + 0 + 1 + 4) / 9 = 2.22222, s = 1.49071, s/√10 = 0.47140;
        // 2.26216 × 0.47140 = 1.06639 → [1.93361, 4.06639].
        assertEquals(Arrays.asList(10L, 3.0, 1.93, 4.07), values(byPrestataire.get("P10"), SATISFACTION));
    }

    @Test
    void theImplementationRateIntervalIsTheRatioEstimatorsClusteredByMission() {
        // R: (10, 5), (10, 6), (10, 4), (0, 0) → r = 15 / 30 = 0.5; the mission with no recommendation is no
        // cluster: m = 3, x̄ = 10. y − r·x: 0, 1, −1 → Σ² = 2; SE = √(2 / (3 × 2)) / 10 = 0.057735;
        // t(2) × SE = 0.24841 → [0.25159, 0.74841].
        assertEquals(Arrays.asList(0.5, 0.2516, 0.7484), values(byPrestataire.get("R"), IMPLEMENTATION));
        // P3: (10, 4), (0, 0), (10, 5) → r = 0.45, m = 2, x̄ = 10; y − r·x: −0.5, 0.5 → Σ² = 0.5;
        // SE = √(0.5 / 2) / 10 = 0.05; t(1) × SE = 0.63531 → [−0.18531, 1.08531], clipped to [0, 1].
        assertEquals(Arrays.asList(0.45, 0.0, 1.0), values(byPrestataire.get("P3"), IMPLEMENTATION));
        // P10: every recommendation implemented → r = 1, every residual 0: an interval of width 0.
        assertEquals(Arrays.asList(1.0, 1.0, 1.0), values(byPrestataire.get("P10"), IMPLEMENTATION));
    }
}
