package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.AppuiColumns.*;
import static fr.ush.vigie.marts.AppuiFixtures.*;
import static fr.ush.vigie.model.Col.PRESTATAIRE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The interval with sites as clusters ({@code effet_ic95_*_grappes}) on a hand-made case where two missions of a
 * provider share their controls. Missions run 2024-03-01 → 2024-05-31: baseline 2024-S1, follow-up 2024-S2; every
 * site TENDU, QPV, DEGRADEE at baseline: one stratum. t(1) = 12.70620.
 */
class EfficaciteSharedControlsTest {
    private static final String[] INTERVALS = {EFFET_DID, EFFET_IC95_BAS, EFFET_IC95_HAUT, EFFET_IC95_BAS_GRAPPES,
        EFFET_IC95_HAUT_GRAPPES};
    private static Map<String, Row> rows;

    @BeforeAll
    static void compute() {
        AppuiFixtures.Table sites = sites();
        AppuiFixtures.Table demandes = demandes();
        AppuiFixtures.Table missions = missions();
        for (String s : List.of("T1", "T2", "T3")) {
            sites.row(site(s, "O1", "11", TENDU, true));
            demandes.row(demande("D" + s, "O1", s, "2024-01-05", GUSP, "2024-01-20", ACCEPTEE));
        }
        sites.row(site("C1", "O2", "11", TENDU, true)).row(site("C2", "O2", "11", TENDU, true));
        // P shares its stratum between two missions; Q has one mission in it.
        missions.row(mission("M1", "DT1", "P", "2024-03-01", "2024-05-31", TERMINEE))
                .row(mission("M2", "DT2", "P", "2024-03-01", "2024-05-31", TERMINEE))
                .row(mission("M3", "DT3", "Q", "2024-03-01", "2024-05-31", TERMINEE));
        rows = byKey(EfficacitePrestataires.compute(
                prestataires().row(prestataire("P", GUSP)).row(prestataire("Q", GUSP)).dataset(),
                missions.dataset(), demandes.dataset(), evaluations().dataset(), scoresSites(List.of(
                        // Treated: T1 −5, T2 −7, T3 −1.
                        score("T1", "2024-S1", "2024-03-01", true, TENDU, 48.0, DEGRADEE),
                        score("T1", "2024-S2", "2024-12-01", true, TENDU, 43.0, DEGRADEE),
                        score("T2", "2024-S1", "2024-03-01", true, TENDU, 50.0, DEGRADEE),
                        score("T2", "2024-S2", "2024-12-01", true, TENDU, 43.0, DEGRADEE),
                        score("T3", "2024-S1", "2024-03-01", true, TENDU, 44.0, DEGRADEE),
                        score("T3", "2024-S2", "2024-12-01", true, TENDU, 43.0, DEGRADEE),
                        // Controls: C1 +2, C2 0 → control delta 1, residuals +1 and −1.
                        score("C1", "2024-S1", "2024-04-01", true, TENDU, 40.0, DEGRADEE),
                        score("C1", "2024-S2", "2024-10-01", true, TENDU, 42.0, DEGRADEE),
                        score("C2", "2024-S1", "2024-04-01", true, TENDU, 45.0, DEGRADEE),
                        score("C2", "2024-S2", "2024-10-01", true, TENDU, 45.0, DEGRADEE))),
                sites.dataset(), Thresholds.defaults().effectifMin()), PRESTATAIRE_ID);
    }

    @Test
    void theNoiseOfSharedControlsWidensTheInterval() {
        // P: d = −6, −8, mean −7. Contract: s/√n = 1, t(1) × 1 = 12.7062 → [−19.7, 5.7].
        // Clusters: V_T = (1² + 1²) / (2 × 1) = 1; ψ_C1 = 2 × 1 / 2 = 1, ψ_C2 = −1, Σψ² = 2;
        // own = 2 × (1 + 1) / 4 = 1;
        // K = (2 − 1) / 2 = 0.5 (the control delta's variance, 0.5, counted for both missions);
        // V = 1.5, t(1) × √1.5 = 15.5620 → [−22.5620, 8.5620] → [−22.6, 8.6].
        assertEquals(Arrays.asList(-7.0, -19.7, 5.7, -22.6, 8.6), values(rows.get("P"), INTERVALS));
    }

    @Test
    void aSingleMissionHasNoIntervalEitherWay() {
        assertEquals(Arrays.asList(-2.0, null, null, null, null), values(rows.get("Q"), INTERVALS));
    }
}
