package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.GridFixtures.date;
import static fr.ush.vigie.marts.GridFixtures.dec;
import static fr.ush.vigie.marts.GridFixtures.render;
import static fr.ush.vigie.marts.GridFixtures.row;
import static fr.ush.vigie.marts.GridFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The watch list at the edges of its windows, for campaign 2025-S1 (ends 2025-06-30; 730 days back: 2023-07-01). */
class VeilleSitesTest {

    private static Row scored(String site, String situation, String score, String delta, String previous) {
        return row(site, "ORG", "2025-S1", "R", "D", "OPH", dec(score), dec(delta), situation, "2024-S2", previous);
    }

    private static Row site(String id) {
        return row(id, "ORG", "Site " + id, null, null, "D", null, "R", null, false, "TENDU", "OPH");
    }

    @Test
    void alertsAndSupportAtTheEdgesOfTheirWindows() {
        Dataset<Row> scores = table(GridFixtures.SCORES, List.of(
                scored("V1", "CHRONIQUE", "50.0", "0.0", "CHRONIQUE"),
                scored("V2", "HORS_SITUATION_COMPLEXE", "20.0", "15.0", "HORS_SITUATION_COMPLEXE"),
                scored("V3", "A_RISQUE", "20.0", "14.9", "A_RISQUE"),
                scored("V4", "HORS_SITUATION_COMPLEXE", "14.9", "14.9", "HORS_SITUATION_COMPLEXE"),
                scored("V5", "URGENCE_CRISE", "70.0", null, "CHRONIQUE"),
                scored("V6", "CHRONIQUE", "50.0", "15.0", "A_RISQUE")));
        Dataset<Row> sites = table(GridFixtures.SITES, List.of(site("V1"), site("V2"), site("V3"), site("V4"),
                site("V5"), site("V6")));
        Dataset<Row> demandes = table(GridFixtures.DEMANDES, List.of(
                row("DV1", "ORG", "V1", date("2023-07-01"), "REFUSEE", date("2023-09-01")),
                row("DV3", "ORG", "V3", date("2025-01-01"), "ACCEPTEE", date("2025-02-01")),
                row("DV5", "ORG", "V5", date("2024-01-01"), "ACCEPTEE", date("2024-02-01")),
                row("DV6", "ORG", "V6", date("2025-07-01"), "EN_ATTENTE", null)));
        Dataset<Row> missions = table(GridFixtures.MISSIONS, List.of(
                row("MV3", "DV3", date("2025-06-30"), date("2025-07-01"), "EN_COURS"),
                row("MV5a", "DV5", date("2025-01-01"), date("2025-06-30"), "TERMINEE"),
                row("MV5b", "DV5", date("2025-07-01"), null, "PLANIFIEE")));
        assertEquals(List.of(
                // DV1 is received on the window's first day.
                "V1 Site V1 CHRONIQUE - 0 false",
                // Not a complex situation, but an alert: listed.
                "V2 Site V2 HORS_SITUATION_COMPLEXE DEGRADATION_FORTE 1 false",
                // MV3 started on the campaign's last day and ends after it.
                "V3 Site V3 A_RISQUE - 0 true",
                // V4 (no complex situation, +14.9) is not listed. MV5a ends on the last day; MV5b starts after.
                "V5 Site V5 URGENCE_CRISE NOUVELLE_CRISE 1 false",
                // DV6 comes one day after the campaign's end.
                "V6 Site V6 CHRONIQUE CHRONIQUE_SANS_APPUI;DEGRADATION_FORTE 2 false"),
                render(VeilleSites.compute(scores, sites, demandes, missions), "site_id", "nom_site", "situation",
                        "alertes", "nb_alertes", "appui_en_cours"));
    }

    @Test
    void aDemandeAwaitsTheCommissionWhenUndecidedAtTheCampaignsEnd() {
        Dataset<Row> scores = table(GridFixtures.SCORES, List.of(
                scored("P1", "URGENCE_CRISE", "70.0", null, null),
                scored("P2", "URGENCE_CRISE", "70.0", null, null),
                scored("P3", "URGENCE_CRISE", "70.0", null, null),
                scored("P4", "URGENCE_CRISE", "70.0", null, null),
                scored("P5", "URGENCE_CRISE", "70.0", null, null)));
        Dataset<Row> sites = table(GridFixtures.SITES, List.of(site("P1"), site("P2"), site("P3"), site("P4"),
                site("P5")));
        Dataset<Row> demandes = table(GridFixtures.DEMANDES, List.of(
                // Still awaiting, received on the campaign's last day.
                row("DP1", "ORG", "P1", date("2025-06-30"), "EN_ATTENTE", null),
                // Decided the day after the campaign's end: awaiting at its end.
                row("DP2", "ORG", "P2", date("2025-03-01"), "ACCEPTEE", date("2025-07-01")),
                // Decided on the campaign's last day.
                row("DP3", "ORG", "P3", date("2025-03-01"), "REFUSEE", date("2025-06-30")),
                // Received after the campaign's end.
                row("DP4", "ORG", "P4", date("2025-07-01"), "EN_ATTENTE", null)));
        Dataset<Row> missions = table(GridFixtures.MISSIONS, List.of());
        assertEquals(List.of("P1 true", "P2 true", "P3 false", "P4 false", "P5 false"),
                render(VeilleSites.compute(scores, sites, demandes, missions), "site_id", "demande_en_attente"));
    }

    /** {@code alertes} lists a site's alerts in {@link Alerte}'s declaration order: it must be alphabetical. */
    @Test
    void alertsAreDeclaredInAlphabeticalOrder() {
        List<String> declared = Arrays.stream(Alerte.values()).map(Alerte::name).toList();
        assertEquals(declared.stream().sorted().toList(), declared);
    }
}
