package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.GridFixtures.date;
import static fr.ush.vigie.marts.GridFixtures.dec;
import static fr.ush.vigie.marts.GridFixtures.render;
import static fr.ush.vigie.marts.GridFixtures.row;
import static fr.ush.vigie.marts.GridFixtures.table;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Mart 9 on hand-worked campaigns: medians, MADs and z-scores worked out in the comments. */
class ControlesAtypiquesTest {
    private static final StructType SCORES = new StructType()
            .add("site_id", StringType).add("organisme_id", StringType).add("campagne", StringType)
            .add("code_region", StringType).add("autodiagnostic_id", StringType)
            .add("score_global", Decimals.SCORE).add("delta_score_global", Decimals.SCORE);
    private static final BigDecimal Z = new BigDecimal("3.5");

    private static Row scored(String site, String campagne, String delta) {
        return row(site, "ORG-" + site, campagne, "84", "A-" + site, dec("40.0"), dec(delta));
    }

    /** One autodiagnostic's indicator rows, at the given levels. */
    private static List<Row> grid(String site, String campagne, boolean retenu, int... levels) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            rows.add(row("A-" + site, site, date("2025-03-01"), "V1", "I" + i, levels[i], retenu, campagne));
        }
        return rows;
    }

    @Test
    void oddCampaignFlagsTheOutlierAndTheUniformGrids() {
        // 2025-S1, 11 changes: -2 -1 0 0 1 1 1 2 2 3 30; median 1 (6th).
        // |d - 1|: 3 2 1 1 0 0 0 1 1 2 29, sorted 0 0 0 1 1 1 1 2 2 3 29: MAD 1.
        // z(30) = 0.6745 · 29 = 19.5605 → 19.56; z(-2) = 0.6745 · -3 = -2.0235 → -2.02.
        String[] deltas = {"-2.0", "-1.0", "0.0", "0.0", "1.0", "1.0", "1.0", "2.0", "2.0", "3.0", "30.0"};
        List<Row> scores = new ArrayList<>();
        for (int i = 0; i < deltas.length; i++) {
            scores.add(scored("S" + i, "2025-S1", deltas[i]));
        }
        scores.add(scored("NEW", "2025-S1", null));
        // 2025-S2: three changes only, however far apart: no z.
        scores.add(scored("T1", "2025-S2", "0.0"));
        scores.add(scored("T2", "2025-S2", "1.0"));
        scores.add(scored("T3", "2025-S2", "90.0"));
        List<Row> levels = new ArrayList<>();
        levels.addAll(grid("S10", "2025-S1", true, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
        levels.addAll(grid("S0", "2025-S1", true, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        levels.addAll(grid("NEW", "2025-S1", true, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        levels.addAll(grid("T1", "2025-S2", false, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3));
        levels.addAll(grid("T2", "2025-S2", true, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2));

        Dataset<Row> mart = ControlesAtypiques.compute(table(SCORES, scores),
                table(GridFixtures.AUTODIAGNOSTICS, levels), Z);
        assertEquals(ControlesAtypiques.COLUMNS, List.of(mart.columns()));
        assertEquals(List.of(
                // 11 indicators all at 0, no earlier assessment.
                "2025-S1 NEW ORG-NEW 84 A-NEW - - GRILLE_UNIFORME",
                // Both flags, sorted; S0's 9 indicators at one level are too few.
                "2025-S1 S10 ORG-S10 84 A-S10 30.0 19.56 GRILLE_UNIFORME,VARIATION_ATYPIQUE"),
                render(mart, "campagne", "site_id", "organisme_id", "code_region", "autodiagnostic_id",
                        "delta_score_global", "z_modifie", "motifs"));
    }

    @Test
    void zScoresOfAnEvenCampaignUseInterpolatedMedians() {
        // 10 changes: 0 ×5, 1 ×4, 9; median (0 + 1) / 2 = 0.5; |d - 0.5|: 0.5 ×9, 8.5: MAD 0.5.
        // z(0) = 0.6745 · -0.5 / 0.5 = -0.6745 → -0.67; z(1) → 0.67; z(9) = 0.6745 · 8.5 / 0.5 = 11.4665 → 11.47.
        List<Row> scores = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            scores.add(scored("Z" + i, "2024-S2", "0.0"));
        }
        for (int i = 0; i < 4; i++) {
            scores.add(scored("U" + i, "2024-S2", "1.0"));
        }
        scores.add(scored("X", "2024-S2", "9.0"));
        // 2025-S1: ten equal changes and one apart: MAD 0, no z.
        for (int i = 0; i < 10; i++) {
            scores.add(scored("E" + i, "2025-S1", "2.0"));
        }
        scores.add(scored("F", "2025-S1", "50.0"));
        List<String> z = render(ControlesAtypiques.withModifiedZ(table(SCORES, scores))
                .where("site_id in ('Z0', 'U0', 'X', 'E0', 'F')").orderBy("site_id"), "site_id", "z_modifie");
        assertEquals(List.of("E0 -", "F -", "U0 0.67", "X 11.47", "Z0 -0.67"), z);
    }

    @Test
    void theThresholdIsInclusiveOnTheWrittenZ() {
        // 2025-S1, 11 changes: 0 ×5, 1, 2 ×4, d; median 1, MAD 1, z(d) = 0.6745 · (d - 1).
        // d = 6.2: z = 3.5074 → 3.51 ≥ 3.5; d = 6.1: z = 3.43995 → 3.44 < 3.5.
        for (String[] cas : new String[][] {{"6.2", "1"}, {"6.1", "0"}}) {
            List<Row> scores = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                scores.add(scored("Z" + i, "2025-S1", "0.0"));
            }
            scores.add(scored("M", "2025-S1", "1.0"));
            for (int i = 0; i < 4; i++) {
                scores.add(scored("D" + i, "2025-S1", "2.0"));
            }
            scores.add(scored("Y", "2025-S1", cas[0]));
            long flagged = ControlesAtypiques.compute(table(SCORES, scores),
                    table(GridFixtures.AUTODIAGNOSTICS, List.of()), Z).count();
            assertEquals(Long.parseLong(cas[1]), flagged, "d = " + cas[0]);
        }
    }
}
