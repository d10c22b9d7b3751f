package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a watch list: severity group, then alerts, degradation, score and name. */
class WatchOrderTest {

    private static WatchedSite site(String nom, String situation, int alerts, Double delta, Double score) {
        List<String> alertes = List.of("CHRONIQUE_SANS_APPUI", "DEGRADATION_FORTE", "NOUVELLE_CRISE")
                .subList(0, alerts);
        return new WatchedSite("2026-S1", "S-" + nom, nom, "ORG", "84", "01", "OPH", situation, score, delta, alertes,
                false, false);
    }

    @Test
    void mostSevereGroupFirstThenMostAlertsStrongestDegradationHighestScoreAndName() {
        List<WatchedSite> sites = List.of(
                site("Alpha", "A_RISQUE", 0, 2.0, 40.0),
                // Alerts only: after every complex situation, however strong its degradation.
                site("Bravo", "HORS_SITUATION_COMPLEXE", 1, 20.0, 30.0),
                site("Charlie", "URGENCE_CRISE", 1, 10.0, 70.0),
                // Two alerts beat one within urgence ou crise, whatever the score.
                site("Delta", "URGENCE_CRISE", 2, 5.0, 60.0),
                // An unknown degradation comes after a known one.
                site("Echo", "CHRONIQUE", 1, null, 50.0),
                site("Foxtrot", "CHRONIQUE", 1, 3.0, 40.0),
                // Same alerts and degradation as Alpha, higher score; Aaron ties with Golf and wins on its name.
                site("Golf", "A_RISQUE", 0, 2.0, 45.0),
                site("Aaron", "A_RISQUE", 0, 2.0, 45.0));
        assertEquals(List.of("Delta", "Charlie", "Foxtrot", "Echo", "Aaron", "Golf", "Alpha", "Bravo"),
                sites.stream().sorted(WatchOrder.SEVERITY).map(WatchedSite::nomSite).toList());
    }

    @Test
    void groupsNumberTheSeverityFromUrgenceToAlertOnly() {
        assertEquals(List.of(0, 1, 2, 3), List.of("URGENCE_CRISE", "CHRONIQUE", "A_RISQUE", "HORS_SITUATION_COMPLEXE")
                .stream().map(s -> WatchOrder.group(site("x", s, 1, 0.0, 0.0))).toList());
    }
}
