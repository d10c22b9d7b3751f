package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** The reports built from the hand-made snapshot: escaping, scoping, secrecy, stamp, chart data. */
class ReportContentTest {
    private static final WarehouseSnapshot DATA = Fixture.snapshot();
    private static final ScoreScopes SCOPES = ScoreScopes.of(DATA.scores());
    private static final Labels LABELS = new Labels();
    private static final TemplateRenderer RENDERER = new TemplateRenderer();
    private static final Stamp STAMP = StampFactory.of(DATA.run(), Fixture.GENERATED_AT);

    private static String render(ReportPage page) {
        return RENDERER.render(TemplateRenderer.REPORT, TemplateContexts.report(page, LABELS));
    }

    private static final String NATIONAL = render(new NationalReport(DATA, LABELS).build(STAMP));
    private static final String REGION_84 = render(ScopedReport.region(DATA, SCOPES, LABELS, "84").build(STAMP));
    private static final String REGION_11 = render(ScopedReport.region(DATA, SCOPES, LABELS, "11").build(STAMP));
    private static final String FAMILLE_OPH = render(ScopedReport.famille(DATA, SCOPES, LABELS, "OPH").build(STAMP));

    @Test
    void dataIsEscapedAsText() {
        assertTrue(REGION_84.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(REGION_84.contains("Dupont &amp; Fils &quot;Habitat&quot;"));
        for (String page : List.of(NATIONAL, REGION_84, REGION_11, FAMILLE_OPH)) {
            assertFalse(page.contains("<script"), "no script element");
            assertFalse(page.contains("Dupont & Fils"));
        }
    }

    @Test
    void aRegionalReportNamesNothingOfAnotherRegion() {
        for (String foreign : List.of("S11-", "Cité des Lilas", "Paris Habitat Test")) {
            assertFalse(REGION_84.contains(foreign), foreign);
        }
        for (String foreign : List.of("S84-", "Les Tilleuls", "&lt;script&gt;", "Dupont")) {
            assertFalse(REGION_11.contains(foreign), foreign);
        }
        assertTrue(REGION_84.contains("Les Tilleuls"), "its own watch list names its sites");
        assertTrue(REGION_11.contains("Cité des Lilas"));
    }

    @Test
    void aWatchListStartsWithTheMostSevereSiteAndSaysItsAlertsInFrench() {
        int crisis = REGION_84.indexOf("<th scope=\"row\">&lt;script&gt;");
        int chronic = REGION_84.indexOf("<th scope=\"row\">Les Tilleuls");
        assertTrue(crisis > 0 && crisis < chronic, "urgence ou crise before chronique");
        assertTrue(REGION_84.contains("Dégradation forte, Nouvelle crise"));
        assertFalse(REGION_84.contains("NOUVELLE_CRISE"));
        assertTrue(FAMILLE_OPH.contains("<td>Ain</td><td>Auvergne-Rhône-Alpes</td><td>Urgence ou crise</td>"),
                "a famille's watch list gives each site's region");
    }

    @Test
    void scopedReportsHaveTheirOwnSupportPool() {
        for (String page : List.of(REGION_84, REGION_11, FAMILLE_OPH)) {
            assertTrue(page.contains("<section id=\"appui\""));
            assertTrue(page.contains("<section id=\"apports\""));
        }
        assertTrue(REGION_84.contains("Missions par prestataire et par volet (toutes années) — Auvergne-Rhône-Alpes"));
        assertTrue(FAMILLE_OPH.contains("Cabinet Alpha"), "a prestataire is not a site nor an organisme");
    }

    @Test
    void theNationalReportNamesNoSiteNorOrganisme() {
        for (String named : List.of("S84-", "S11-", "Les Tilleuls", "Cité des Lilas", "&lt;script&gt;", "Dupont",
                "Paris Habitat Test")) {
            assertFalse(NATIONAL.contains(named), named);
        }
    }

    @Test
    void sharesAndMeansOverFewerThanFiveSitesPrintNLessThan5() {
        // Région 11 has three sites: neither its share (100 %) nor its mean score (40) may be printed.
        assertTrue(REGION_11.contains("<dd class=\"valeur\">n &lt; 5</dd>"));
        assertFalse(REGION_11.contains("100,0\u202F%"));
        // Its three sites all score 40,0: no table row ends with their mean (the watch list names one's own score).
        assertFalse(REGION_11.contains("40,0</td></tr>"));
        // Its count of complex sites would give the hidden share back; région 84 is hidden too, or France's total
        // minus région 84 would give région 11.
        assertTrue(NATIONAL.contains("<th scope=\"row\">11 Île-de-France</th><td class=\"n\">3</td>"
                + "<td class=\"n\">n &lt; 5</td><td class=\"n\">n &lt; 5</td>"));
        assertTrue(NATIONAL.contains("<th scope=\"row\">84 Auvergne-Rhône-Alpes</th><td class=\"n\">6</td>"
                + "<td class=\"n\">n &lt; 5</td><td class=\"n\">n &lt; 5</td>"));
    }

    @Test
    void everyPageCarriesTheStamp() {
        for (String page : List.of(NATIONAL, REGION_84, REGION_11, FAMILLE_OPH)) {
            assertTrue(page.contains("20260630T070000Z-abcdef"));
            assertTrue(page.contains(STAMP.inputsSha256()));
            assertTrue(page.contains("0.1.0-TEST"));
            assertTrue(page.contains("30 juin 2026 à 10h00"));
            assertTrue(page.contains("lang=\"fr\""));
        }
    }

    @Test
    void nationalSectionsOpenWithSentencesFromTheFigures() {
        // France's fixture rows: 5 complex sites of 8 evaluated, then 6 of 9.
        assertTrue(NATIONAL.contains("La part des sites en situation complexe passe de 62,5\u202F% à 66,7\u202F% "
                + "entre 2025-S2 et 2026-S1."), NATIONAL.substring(0, 3000));
        for (String id : List.of("synthese", "reperage", "veille", "appui", "apports", "efficacite", "qualite",
                "methode")) {
            assertTrue(NATIONAL.contains("<section id=\"" + id + "\""), id);
        }
        assertTrue(NATIONAL.contains("Fond de carte\u00A0: mapsvg.com, CC BY 4.0"));
        assertTrue(NATIONAL.contains("role=\"img\""));
    }

    @Test
    void chartDatasetsHoldTheViewModelValues() {
        CategoryData data = new CategoryData("Catégorie", List.of("a", "b"), List.of(new CategoryData.Series("Part",
                List.of(CategoryData.Point.of(0.25), CategoryData.Point.hidden()))), CategoryData.ValueFormat.PERCENT);
        DefaultCategoryDataset dataset = Charts.createDataset(data);
        assertEquals(25.0, dataset.getValue("Part", "a").doubleValue(), 1e-9);
        assertNull(dataset.getValue("Part", "b"), "a secret value is not drawn");
        assertEquals("n < 5", data.table("t", "t.csv", new Secrecy(5)).rows().get(1).get(1).text());

        ForestData forest = new EfficaciteSection(DATA.effects(), LABELS, DATA.secrecy(),
                DATA.thresholds().tendanceSeuil(), "x-").forestData();
        YIntervalSeriesCollection intervals = ForestPlot.createDataset(forest, "publié", "indicatif");
        assertEquals(1, intervals.getItemCount(0));
        assertEquals(-5.0, intervals.getYValue(0, 0), 1e-9);
        assertEquals(-8.0, intervals.getStartYValue(0, 0), 1e-9);
        assertEquals(-2.0, intervals.getEndYValue(0, 0), 1e-9);
        assertEquals(0, intervals.getItemCount(1), "two missions with follow-up: secret, not drawn");

        DefaultCategoryDataset situations = Charts.createDataset(new SituationTrend(LABELS, DATA.secrecy())
                .bySituation(DATA.territories().stream().filter(t -> t.dimension().equals("NATIONAL")).toList(),
                        t -> Measures.alone(t, DATA.secrecy())));
        assertEquals(3.0, situations.getValue("Hors situation complexe", "2026-S1").doubleValue(), 1e-9);
        assertEquals(1.0, situations.getValue("Urgence ou crise", "2025-S2").doubleValue(), 1e-9);
    }

    @Test
    void csvOpensInFrenchExcel() {
        String csv = CsvFile.of(new DataTable("t", List.of("Nom", "Part (%)"),
                List.of(List.of(Cell.text("a;b"), Cell.percent(0.2345))), "t.csv"));
        assertEquals("\uFEFFNom;Part (%)\r\n\"a;b\";23,5\r\n", csv);
    }
}
