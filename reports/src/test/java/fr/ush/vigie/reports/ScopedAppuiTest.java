package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.marts.Dimension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pôle d'appui of the regional and famille reports, on the hand-made snapshot: region 84 (and famille OPH) has
 * six missions, five evaluated; region 11 (famille ESH) two, one evaluated — under the secrecy threshold.
 */
class ScopedAppuiTest {
    private static final WarehouseSnapshot DATA = Fixture.snapshot();
    private static final ScoreScopes SCOPES = ScoreScopes.of(DATA.scores());
    private static final Labels LABELS = new Labels();
    private static final Stamp STAMP = StampFactory.of(DATA.run(), Fixture.GENERATED_AT);
    private static final ReportPage REGION_84 = ScopedReport.region(DATA, SCOPES, LABELS, "84").build(STAMP);
    private static final ReportPage REGION_11 = ScopedReport.region(DATA, SCOPES, LABELS, "11").build(STAMP);
    private static final ReportPage FAMILLE_OPH = ScopedReport.famille(DATA, SCOPES, LABELS, "OPH").build(STAMP);

    private static Section section(ReportPage page, String id) {
        return page.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static DataTable table(ReportPage page, String csvName) {
        return page.allTables().stream().filter(t -> t.csvName().equals(csvName)).findFirst().orElseThrow();
    }

    private static List<List<String>> texts(DataTable table) {
        return table.rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList();
    }

    private static String keyFigure(Section section, String label) {
        KeyFigure figure = section.keyFigures().stream().filter(k -> k.label().equals(LABELS.get(label)))
                .findFirst().orElseThrow();
        return figure.value() + " | " + figure.comparison();
    }

    @Test
    void theRegionsMissionFiguresAreItsRowsOfTheTerritorialMart() {
        List<MissionStats> own = DATA.missions(Dimension.REGION, "84");
        long missions = own.stream().mapToLong(MissionStats::nbMissions).sum();
        double coutUsh = own.stream().mapToDouble(MissionStats::coutUsh).sum();
        // P1 5 + P2 1 missions; 40 000 + 7 000 € for the Union, 8 000 € of extensions for the organismes.
        assertEquals(6, missions);
        assertEquals(47_000.0, coutUsh);
        assertEquals(List.of(List.of("2026", "6", FrenchFormat.euros(47_000), FrenchFormat.euros(8_000))),
                texts(table(REGION_84, "region-84-budget.csv")));
        assertEquals(List.of(List.of("Beta Conseil", "0", "1"), List.of("Cabinet Alpha", "5", "0")),
                texts(table(REGION_84, "region-84-missions-prestataires.csv")));
        assertEquals("6 | France\u00A0: 8", keyFigure(section(REGION_84, "appui"), "kf.missions"));
    }

    @Test
    void theFunnelIsTheRegionsOwn() {
        // GUSP 10 demandes + QUALITE_SERVICE 1; 8 + 1 decided; 6 + 1 accepted; 5 + 1 missions; 3 + 1 finished,
        // 2 + 1 evaluated.
        assertEquals(List.of("11", "9", "7", "6", "4", "3"), texts(table(REGION_84, "region-84-entonnoir.csv"))
                .stream().map(r -> r.get(1)).toList());
    }

    @Test
    void benefitsSatisfactionAndExtensionsBesideTheNationalFigures() {
        // Region 84 beside a region 93 of five evaluated missions, so that neither is hidden.
        List<MissionStats> own = DATA.missions(Dimension.REGION, "84");
        MissionStats other = new MissionStats(2026, "GUSP", "P1", 5, 20, 0, 0, 8000, 0, 5, 4.0, 1.0, 1.0, 1.0, 1.0,
                5, 5);
        AppuiSection scoped = new AppuiSection(DATA, LABELS, "national-").scoped("Auvergne-Rhône-Alpes", "84",
                Map.of("84", own, "93", List.of(other)), DATA.demandes(Dimension.REGION, "84"), AppuiDetail.none(),
                "region-84-");
        Section apports = scoped.apports();
        // Region 84: 4 + 1 evaluated; satisfaction (3.2 × 4 + 3.0) / 5 = 3.16; implemented (6 + 1) / (10 + 2).
        // France: 4 + 2 evaluated; (3.2 × 4 + 2.5 × 2) / 6 = 2.97; (6 + 1) / (10 + 4) = 50 %.
        assertEquals("5 | France\u00A0: 6", keyFigure(apports, "kf.evaluees"));
        assertEquals("3,2 | France\u00A0: 3,0", keyFigure(apports, "kf.satisfaction"));
        assertEquals("58,3\u202F% | France\u00A0: 50,0\u202F%", keyFigure(apports, "kf.mise-en-oeuvre"));
        // Regard neuf: (0.75 × 4 + 1 × 1) / 5 = 80 % in the region; (0.75 × 4 + 0.5 × 2) / 6 = 66.7 % in France.
        assertEquals(List.of("Regard neuf", "80,0\u202F%", "66,7\u202F%"),
                texts(apports.figures().get(0).data()).get(0));
        // 2 of 6 extended in the region, 2 of 8 in France.
        assertTrue(scoped.section().sentences().contains(
                "Missions prolongées\u00A0: 2 sur 6 (33,3\u202F%, contre 25,0\u202F% au niveau national)."));
    }

    @Test
    void sharesAndMeansOverFewerThanFiveEvaluatedMissionsPrintNLessThan5() {
        Section apports = section(REGION_11, "apports");
        assertEquals("n < 5 | France\u00A0: 3,0", keyFigure(apports, "kf.satisfaction"));
        assertEquals("n < 5 | France\u00A0: 50,0\u202F%", keyFigure(apports, "kf.mise-en-oeuvre"));
        for (List<String> row : texts(table(REGION_11, "region-11-apports.csv"))) {
            assertEquals("n < 5", row.get(1), row.get(0));
        }
        // Two missions: neither their rate of extension nor how many were extended is printed.
        assertTrue(section(REGION_11, "appui").sentences().contains("Missions prolongées\u00A0: trop peu de missions (2) "
                + "pour publier combien l'ont été (n < 5)\u202F; 25,0\u202F% au niveau national."));
    }

    @Test
    void theOtherRegionIsHiddenTooOrFranceMinusItWouldGiveRegion11Back() {
        // France has 6 evaluated missions, region 11 one: region 84's five would give it back.
        Section apports = section(REGION_84, "apports");
        assertEquals("n < 5 | France\u00A0: 3,0", keyFigure(apports, "kf.satisfaction"));
        for (List<String> row : texts(table(REGION_84, "region-84-apports.csv"))) {
            assertEquals("n < 5", row.get(1), row.get(0));
        }
    }

    @Test
    void aRegionShowsOnlyThePrestatairesOfItsOwnMissions() {
        assertFalse(REGION_11.allTables().stream().flatMap(t -> t.rows().stream()).flatMap(List::stream)
                .anyMatch(c -> c.text().equals("Cabinet Alpha")), "P1 has no mission in region 11");
    }

    @Test
    void aFamilleReportShowsItsOwnMissions() {
        assertEquals(List.of(List.of("2026", "6", FrenchFormat.euros(47_000), FrenchFormat.euros(8_000))),
                texts(table(FAMILLE_OPH, "famille-OPH-budget.csv")));
        assertEquals("5 | France\u00A0: 6", keyFigure(section(FAMILLE_OPH, "apports"), "kf.evaluees"));
    }
}
