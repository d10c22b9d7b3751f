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

/** Tendance on exact decimal deltas, and the chronicity length as a threshold. */
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
}
