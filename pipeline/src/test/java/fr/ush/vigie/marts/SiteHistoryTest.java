package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.GridFixtures.dec;
import static fr.ush.vigie.marts.GridFixtures.render;
import static fr.ush.vigie.marts.GridFixtures.row;
import static fr.ush.vigie.marts.GridFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ush.vigie.ingest.read.InputFileException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Tendance on exact decimal deltas, chronicity on runs, gaps and crises, and its length as a threshold. */
class SiteHistoryTest {
    private static final Dataset<Row> GRADED = table(GridFixtures.GRADED, List.of(
            row("T", "2024-S1", dec("15.9"), "VIGILANCE"),
            row("T", "2024-S2", dec("20.9"), "VIGILANCE"),
            row("T", "2025-S1", dec("15.9"), "VIGILANCE"),
            row("T", "2025-S2", dec("20.8"), "VIGILANCE"),
            row("C", "2024-S2", null, "DEGRADEE"),
            row("C", "2025-S1", dec("40.0"), "DEGRADEE")));

    private static List<String> situated(Thresholds thresholds) {
        return render(SiteHistory.situate(GRADED, thresholds).orderBy("site_id", "campagne"), "site_id", "campagne",
                "situation", "campagne_precedente", "situation_precedente", "delta_score_global", "tendance");
    }

    @Test
    void deltasAreExactDecimalsComparedWithTheThreshold() {
        assertEquals(List.of(
                "C 2024-S2 A_RISQUE - - - NOUVEAU",
                // The previous score is null: no delta, no tendance.
                "C 2025-S1 A_RISQUE 2024-S2 A_RISQUE - -",
                "T 2024-S1 A_RISQUE - - - NOUVEAU",
                // 20.9 − 15.9 is 4.999… in binary floating point; it is 5.0.
                "T 2024-S2 A_RISQUE 2024-S1 A_RISQUE 5.0 DEGRADATION",
                "T 2025-S1 A_RISQUE 2024-S2 A_RISQUE -5.0 AMELIORATION",
                "T 2025-S2 A_RISQUE 2025-S1 A_RISQUE 4.9 STABLE"), situated(Thresholds.defaults()));
    }

    @Test
    void chronicityLengthAndTendanceThresholdAreOverridable() throws InputFileException {
        Thresholds thresholds = Thresholds.parse("chronique.campagnes=2\ntendance.seuil=4.9", "seuils.properties");
        assertEquals(List.of(
                "C 2024-S2 A_RISQUE - - - NOUVEAU",
                "C 2025-S1 CHRONIQUE 2024-S2 A_RISQUE - -",
                "T 2024-S1 A_RISQUE - - - NOUVEAU",
                "T 2024-S2 A_RISQUE 2024-S1 A_RISQUE 5.0 DEGRADATION",
                "T 2025-S1 A_RISQUE 2024-S2 A_RISQUE -5.0 AMELIORATION",
                "T 2025-S2 A_RISQUE 2025-S1 A_RISQUE 4.9 DEGRADATION"), situated(thresholds));
    }

    /** R: a run through a crisis; G: a gap, then a run; V: a run broken by a VIGILANCE. */
    private static final Dataset<Row> RUNS = table(GridFixtures.GRADED, List.of(
            row("R", "2023-S1", dec("50.0"), "DEGRADEE"),
            row("R", "2023-S2", dec("60.0"), "CRISE"),
            row("R", "2024-S1", dec("50.0"), "DEGRADEE"),
            row("R", "2024-S2", dec("50.0"), "DEGRADEE"),
            row("G", "2023-S1", dec("50.0"), "DEGRADEE"),
            row("G", "2024-S1", dec("50.0"), "DEGRADEE"),
            row("G", "2024-S2", dec("50.0"), "DEGRADEE"),
            row("G", "2025-S1", dec("50.0"), "DEGRADEE"),
            row("V", "2024-S1", dec("50.0"), "DEGRADEE"),
            row("V", "2024-S2", dec("20.0"), "VIGILANCE"),
            row("V", "2025-S1", dec("50.0"), "DEGRADEE"),
            row("V", "2025-S2", dec("5.0"), "NORMALE")));

    private static List<String> runs(Thresholds thresholds) {
        return render(SiteHistory.situate(RUNS, thresholds).orderBy("site_id", "campagne"), "site_id", "campagne",
                "situation", "situation_precedente");
    }

    /** R and V read the same with a chronicity of 3 or 2: R's run is long enough for both, V's never starts. */
    private static final List<String> R_AND_V = List.of(
            "R 2023-S1 A_RISQUE -",
            "R 2023-S2 URGENCE_CRISE A_RISQUE",
            // A crisis counts in the run.
            "R 2024-S1 CHRONIQUE URGENCE_CRISE",
            "R 2024-S2 CHRONIQUE CHRONIQUE",
            "V 2024-S1 A_RISQUE -",
            "V 2024-S2 A_RISQUE A_RISQUE",
            "V 2025-S1 A_RISQUE A_RISQUE",
            "V 2025-S2 HORS_SITUATION_COMPLEXE A_RISQUE");

    private static List<String> withRAndV(String... rowsOfG) {
        List<String> rows = new ArrayList<>(List.of(rowsOfG));
        rows.addAll(R_AND_V);
        return rows;
    }

    @Test
    void chronicWhenEveryCalendarPrecedingCampaignIsDegradedOrInCrisis() {
        assertEquals(withRAndV(
                "G 2023-S1 A_RISQUE -",
                // 2023-S2 missing: no run, until two campaigns in a row precede a DEGRADEE one.
                "G 2024-S1 A_RISQUE A_RISQUE",
                "G 2024-S2 A_RISQUE A_RISQUE",
                "G 2025-S1 CHRONIQUE A_RISQUE"), runs(Thresholds.defaults()));
    }

    @Test
    void aShorterChronicityNeedsAShorterRun() throws InputFileException {
        assertEquals(withRAndV(
                "G 2023-S1 A_RISQUE -",
                "G 2024-S1 A_RISQUE A_RISQUE",
                "G 2024-S2 CHRONIQUE A_RISQUE",
                "G 2025-S1 CHRONIQUE CHRONIQUE"), runs(Thresholds.parse("chronique.campagnes=2", "seuils.properties")));
    }
}
