package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Median lead times on hand-worked demandes, all received on 1 January 2026: four GUSP ones decided after 10, 20,
 * 30 and 40 days, one QUALITE_SERVICE one after 5, one still pending; one mission, started 7 days after its decision.
 */
class LeadTimesTest {
    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 1);
    private static final AppuiDetail DETAIL = new AppuiDetail(List.of(
            demande("D1", "GUSP", 10, "ACCEPTEE"), demande("D2", "GUSP", 20, "REFUSEE"),
            demande("D3", "GUSP", 30, "ACCEPTEE"), demande("D4", "GUSP", 40, "REORIENTEE"),
            demande("D5", "QUALITE_SERVICE", 5, "ACCEPTEE"),
            new AppuiDetail.Demande("D6", "QUALITE_SERVICE", "84", "OPH", RECEIVED, null, "EN_ATTENTE")),
            List.of(new AppuiDetail.Mission("M1", "S84-1", "P1", "GUSP", "84", "OPH", RECEIVED.plusDays(10),
                    RECEIVED.plusDays(17), null, "EN_COURS", false, null)));

    private static AppuiDetail.Demande demande(String id, String volet, int days, String decision) {
        return new AppuiDetail.Demande(id, volet, "84", "OPH", RECEIVED, RECEIVED.plusDays(days), decision);
    }

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        LeadTimes times = new LeadTimes(DETAIL);
        // 5, 10, 20, 30, 40: the middle one; the pending demande has no delay.
        assertEquals(new LeadTimes.Delay(5, 20.0), times.decision(v -> true));
        // 10, 20, 30, 40: (20 + 30) / 2.
        assertEquals(new LeadTimes.Delay(4, 25.0), times.decision("GUSP"::equals));
        assertEquals(new LeadTimes.Delay(1, 7.0), times.start(v -> true));
        assertEquals(new LeadTimes.Delay(0, null), times.start("QUALITE_SERVICE"::equals));
    }

    @Test
    void aMedianOverFewerThanFiveDemandesOrMissionsIsSecret() {
        WarehouseSnapshot f = Fixture.snapshot();
        WarehouseSnapshot data = new WarehouseSnapshot(f.campagne(), f.campagnes(), f.territories(), f.scores(),
                f.watch(), f.demandes(), f.missions(), f.demandesTerritoires(), f.missionsTerritoires(), f.effects(),
                f.rejects(), f.places(), f.thresholds(), f.run(), f.quality(), DETAIL);
        Section appui = new AppuiSection(data, new Labels(), "national-").section();
        DataTable table = appui.tables().stream().filter(t -> t.csvName().equals("national-delais.csv")).findFirst()
                .orElseThrow();
        List<List<String>> rows = table.rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList();
        assertEquals(List.of(
                List.of("Gestion urbaine et sociale de proximité (GUSP)", "4", "n < 5", "1", "n < 5"),
                List.of("Qualité de service", "1", "n < 5", "0", "—"),
                List.of("Ensemble des volets", "5", "20,0", "1", "n < 5")), rows);
        assertTrue(appui.sentences().stream().anyMatch(s -> s.contains("20\u00A0jours de la réception")),
                appui.sentences().toString());
    }
}
