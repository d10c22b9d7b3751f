package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.GridFixtures.autodiagnostic;
import static fr.ush.vigie.marts.GridFixtures.indicator;
import static fr.ush.vigie.marts.GridFixtures.render;
import static fr.ush.vigie.marts.GridFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ush.vigie.ingest.read.InputFileException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Scores of single autodiagnostics against two grid versions. V1: Q1 (QS, 0.5), Q2 (QS, 1.1), F1 (FU, 1,
 * critical). V2: Q1 (QS, 1), F1 (FU, 1, not critical), F2 (FU, 3).
 */
class AssessmentScoresTest {
    private static final Dataset<Row> GRILLE = table(GridFixtures.GRILLE, List.of(
            indicator("V1", "Q1", "QUALITE_SERVICE", "0.5", false),
            indicator("V1", "Q2", "QUALITE_SERVICE", "1.1", false),
            indicator("V1", "F1", "FONCTIONNEMENT_URBAIN", "1", true),
            indicator("V2", "Q1", "QUALITE_SERVICE", "1", false),
            indicator("V2", "F1", "FONCTIONNEMENT_URBAIN", "1", false),
            indicator("V2", "F2", "FONCTIONNEMENT_URBAIN", "3", false)));
    private static final List<String> CODES = List.of("Q1", "Q2", "F1", "F2");

    private static Dataset<Row> autodiagnostics() {
        List<Row> rows = new ArrayList<>();
        // A: 100 · 0.5 · 3 / (3 · 1.6) = 31.25 exactly, which rounds half up to 31.3 (in binary floating point it
        // comes out as 31.249999999999996, rounded to 31.2). 1.6 of V1's 2.6 is assessed; none of F1's 1.
        rows.addAll(autodiagnostic("A", "X", "2024-02-01", true, "V1", CODES, "3 0 - -"));
        // Superseded by A: ignored.
        rows.addAll(autodiagnostic("A0", "X", "2024-01-10", false, "V1", CODES, "3 3 3 -"));
        // B: global 100 · (3 + 3) / (3 · 5) = 40.0; QS Q1 alone is all of V2's QS weight (1 of 1, not 1 of the
        // 5.0 of every version): 100.0; FU 100 · 3 / (3 · 4) = 25.0. F1 is critical in V1 only.
        rows.addAll(autodiagnostic("B", "Y", "2024-02-01", true, "V2", CODES, "3 - 3 0"));
        return table(GridFixtures.AUTODIAGNOSTICS, rows);
    }

    private static List<String> scores(Thresholds thresholds) {
        Dataset<Row> scored = AssessmentScores.score(AssessmentScores.aggregate(autodiagnostics(), GRILLE),
                thresholds);
        return render(scored.orderBy("site_id"), "site_id", "campagne", "autodiagnostic_id", "score_global",
                "score_qualite_service", "score_fonctionnement_urbain", "nb_indicateurs_evalues", "nb_niveau_2_plus",
                "nb_niveau_3", "critique_niveau_3");
    }

    @Test
    void weightedScoresRoundHalfUpInDecimalAgainstTheWeightsOfTheirGridVersion() {
        assertEquals(List.of(
                "X 2024-S1 A 31.3 31.3 - 2 1 1 false",
                "Y 2024-S1 B 40.0 100.0 25.0 3 2 2 false"), scores(Thresholds.defaults()));
    }

    @Test
    void theCoverageThresholdIsOverridable() throws InputFileException {
        // 90%: A's 1.6 of 2.6 is not enough for a global score any more; its QS axis (1.6 of 1.6) still is.
        assertEquals(List.of(
                "X 2024-S1 A - 31.3 - 2 1 1 false",
                "Y 2024-S1 B 40.0 100.0 25.0 3 2 2 false"),
                scores(Thresholds.parse("score.couverture_min=0.9", "seuils.properties")));
    }
}
