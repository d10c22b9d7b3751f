package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.GridFixtures.dec;
import static fr.ush.vigie.marts.GridFixtures.render;
import static fr.ush.vigie.marts.GridFixtures.row;
import static fr.ush.vigie.marts.GridFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ush.vigie.ingest.read.InputFileException;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Each branch of the gravité rule, at its thresholds and with null scores. */
class GravityRuleTest {
    /** score_global, nb_niveau_2_plus, nb_niveau_3, critique_niveau_3. */
    private static final Dataset<Row> LEVELS = table(GridFixtures.LEVELS, List.of(
            row(dec("10.0"), 1L, 1L, true),
            row(dec("60.0"), 0L, 0L, false),
            row(dec("59.9"), 0L, 0L, false),
            row(dec("35.0"), 0L, 0L, false),
            row(dec("10.0"), 1L, 1L, false),
            row(dec("34.9"), 0L, 0L, false),
            row(dec("15.0"), 0L, 0L, false),
            row(dec("5.0"), 1L, 0L, false),
            row(dec("14.9"), 0L, 0L, false),
            row(null, 1L, 1L, false),
            row(null, 0L, 0L, false)));

    private static List<String> graded(Thresholds thresholds) {
        return render(GravityRule.grade(LEVELS, thresholds), "score_global", "gravite");
    }

    @Test
    void defaultThresholds() {
        assertEquals(List.of(
                "10.0 CRISE", // a critical indicator at 3
                "60.0 CRISE",
                "59.9 DEGRADEE",
                "35.0 DEGRADEE",
                "10.0 DEGRADEE", // an indicator at 3
                "34.9 VIGILANCE",
                "15.0 VIGILANCE",
                "5.0 VIGILANCE", // an indicator at 2
                "14.9 NORMALE",
                "- DEGRADEE", // no score test, the level test still applies
                "- NORMALE"), graded(Thresholds.defaults()));
    }

    @Test
    void overriddenThresholds() throws InputFileException {
        Thresholds thresholds = Thresholds.parse("gravite.crise=50\ngravite.vigilance=10", "seuils.properties");
        assertEquals(List.of("10.0 CRISE", "60.0 CRISE", "59.9 CRISE", "35.0 DEGRADEE", "10.0 DEGRADEE",
                "34.9 VIGILANCE", "15.0 VIGILANCE", "5.0 VIGILANCE", "14.9 VIGILANCE", "- DEGRADEE", "- NORMALE"),
                graded(thresholds));
    }
}
