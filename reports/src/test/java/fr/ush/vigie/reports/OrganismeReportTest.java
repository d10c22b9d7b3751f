package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two organismes of the same region and département, each with a missing site, rejected lines, an assessment to
 * confirm and a watched site: each one's return shows its own and nothing of the other's.
 */
class OrganismeReportTest {
    private static final Labels LABELS = new Labels();
    private static final TemplateRenderer RENDERER = new TemplateRenderer();
    /** What belongs to ORG84B alone: none of it may appear on ORG84's page. */
    private static final List<String> VOISIN = List.of("Voisin Habitat", "S84B-1", "Le Clos Voisin", "S84B-9",
            "Résidence Manquante B", "voisin.csv", "A-B-77");
    /** What belongs to ORG84 alone. */
    private static final List<String> OWN = List.of("Résidence Manquante A", "S84-9", "a.csv", "A-A-12");

    static WarehouseSnapshot twoNeighbours() {
        WarehouseSnapshot base = Fixture.snapshot();
        List<SiteScore> scores = new ArrayList<>(base.scores());
        scores.add(new SiteScore("S84B-1", "ORG84B", "2026-S1", "84", "01", true, "TENDU", "OPH", 70.0,
                "URGENCE_CRISE", 30.0));
        List<WatchedSite> watch = new ArrayList<>(base.watch());
        watch.add(new WatchedSite("2026-S1", "S84B-1", "Le Clos Voisin", "ORG84B", "84", "01", "OPH",
                "URGENCE_CRISE", 70.0, 30.0, List.of("NOUVELLE_CRISE"), false, false));
        Map<String, String> organismes = new HashMap<>(base.places().organismes());
        organismes.put("ORG84B", "Voisin Habitat");
        Places places = new Places(base.places().regions(), base.places().departements(),
                base.places().regionOfDepartement(), organismes);
        OrganismeQuality quality = new OrganismeQuality(List.of("ORG11", "ORG84", "ORG84B"),
                List.of(new MissingSite("ORG84", "S84-9", "Résidence Manquante A"),
                        new MissingSite("ORG84B", "S84B-9", "Résidence Manquante B")),
                List.of(new RejectedLine("ORG84", "autodiagnostics/a.csv", 12, "OUT_OF_RANGE",
                                "niveau (7) hors de 0 à 3", "autodiagnostic_id=A-A-12 ; site_id=S84-1 ; niveau=7"),
                        new RejectedLine("ORG84B", "autodiagnostics/voisin.csv", 77, "PARSE_ERROR",
                                "date_autodiagnostic (32/01/2026) illisible",
                                "autodiagnostic_id=A-B-77 ; site_id=S84B-1 ; date_autodiagnostic=32/01/2026"),
                        new RejectedLine("", "reference/regions.csv", 3, "REQUIRED_MISSING", "nom manquant",
                                "code_region=99 ; nom=")),
                List.of(new AtypicalAssessment("S84-2", "ORG84", "84", 30.0, -1.0, null,
                                List.of("GRILLE_UNIFORME")),
                        new AtypicalAssessment("S84B-1", "ORG84B", "84", 70.0, 30.0, 12.5,
                                List.of("VARIATION_ATYPIQUE"))),
                Map.of("S84-2", "Les Acacias", "S84B-1", "Le Clos Voisin", "S84-1", Fixture.SCRIPT_SITE));
        return new WarehouseSnapshot(base.campagne(), base.campagnes(), base.territories(), scores, watch,
                base.demandes(), base.missions(), base.demandesTerritoires(), base.missionsTerritoires(),
                base.effects(), base.rejects(), places, base.thresholds(), base.run(), quality);
    }

    private static String render(WarehouseSnapshot data, String organisme) {
        ReportPage page = new OrganismeReport(data, LABELS, organisme).build(StampFactory.of(data.run(),
                Fixture.GENERATED_AT));
        StringBuilder all = new StringBuilder(RENDERER.render(TemplateRenderer.REPORT,
                TemplateContexts.report(page, LABELS)));
        page.allTables().forEach(table -> all.append(table.csvName()).append(CsvFile.of(table)));
        return all.toString();
    }

    @Test
    void anOrganismesReturnShowsItsOwnAndNothingOfItsNeighbours() {
        WarehouseSnapshot data = twoNeighbours();
        String own = render(data, "ORG84");
        String voisin = render(data, "ORG84B");
        for (String theirs : VOISIN) {
            assertFalse(own.contains(theirs), "ORG84's return shows « " + theirs + " »");
            assertTrue(voisin.contains(theirs), "ORG84B's return shows « " + theirs + " »");
        }
        for (String ours : OWN) {
            assertTrue(own.contains(ours), "ORG84's return shows « " + ours + " »");
            assertFalse(voisin.contains(ours), "ORG84B's return shows « " + ours + " »");
        }
        assertTrue(own.contains("1 site attendu en 2026-S1 n&#39;a pas d&#39;autodiagnostic retenu"), "singular for 1");
        assertFalse(own.contains("regions.csv") || voisin.contains("regions.csv"),
                "a line that names no organisme is in no return");
        String html = own.substring(0, own.indexOf("</html>"));
        assertTrue(html.contains("&lt;script&gt;alert") && !html.contains("<script>alert"), "names are escaped");
    }

    @Test
    void theRejectedLinesSayWhatToDoAndGoToTheContractAnnex() {
        WarehouseSnapshot data = twoNeighbours();
        ReportPage page = new OrganismeReport(data, LABELS, "ORG84").build(StampFactory.of(data.run(),
                Fixture.GENERATED_AT));
        DataTable annex = page.allTables().stream().filter(t -> t.csvName().equals("organisme-ORG84-rejets.csv"))
                .findFirst().orElseThrow();
        assertEquals("\uFEFFfichier;ligne;code_motif;motif;enregistrement\r\n"
                + "autodiagnostics/a.csv;12;OUT_OF_RANGE;niveau (7) hors de 0 à 3;"
                + "\"autodiagnostic_id=A-A-12 ; site_id=S84-1 ; niveau=7\"\r\n", CsvFile.of(annex));
        String html = RENDERER.render(TemplateRenderer.REPORT, TemplateContexts.report(page, LABELS));
        assertTrue(html.contains(LABELS.get("consigne.OUT_OF_RANGE").replace("'", "&#39;")), "what to do");
        assertTrue(html.contains(LABELS.get("atypique.GRILLE_UNIFORME")), "why to confirm, in words");
    }

    @Test
    void theNationalAndRegionalReportsCountAssessmentsToConfirmByReason() {
        WarehouseSnapshot data = twoNeighbours();
        Stamp stamp = StampFactory.of(data.run(), Fixture.GENERATED_AT);
        String expected = "\uFEFF" + LABELS.get("col.a-confirmer") + ";" + LABELS.get("col.autodiagnostics") + "\r\n"
                + LABELS.get("atypique.GRILLE_UNIFORME") + ";1\r\n"
                + LABELS.get("atypique.VARIATION_ATYPIQUE") + ";1\r\n";
        assertEquals(expected, CsvFile.of(table(new NationalReport(data, LABELS).build(stamp), "national-a-confirmer.csv")));
        assertEquals(expected, CsvFile.of(table(ScopedReport.region(data, ScoreScopes.of(data.scores()), LABELS, "84")
                .build(stamp), "region-84-a-confirmer.csv")));
        assertEquals("\uFEFF" + LABELS.get("col.a-confirmer") + ";" + LABELS.get("col.autodiagnostics") + "\r\n",
                CsvFile.of(table(ScopedReport.region(data, ScoreScopes.of(data.scores()), LABELS, "11")
                        .build(stamp), "region-11-a-confirmer.csv")), "none in region 11");
    }

    private static DataTable table(ReportPage page, String csvName) {
        return page.allTables().stream().filter(t -> t.csvName().equals(csvName)).findFirst().orElseThrow();
    }

    @Test
    void everyOrganismeWithAnExpectedSiteOrARejectedLineGetsAReturn() {
        assertEquals(Set.of("ORG11", "ORG84", "ORG84B"), twoNeighbours().quality().organismes());
        OrganismeQuality onlyRejects = new OrganismeQuality(List.of(), List.of(), List.of(
                new RejectedLine("ORG9", "appui/demandes.csv", 2, "PARSE_ERROR", "x", "demande_id=D"),
                new RejectedLine("", "reference/qpv.csv", 2, "PARSE_ERROR", "x", "code_qpv=Q")), List.of(), Map.of());
        assertEquals(Set.of("ORG9"), onlyRejects.organismes());
    }
}
