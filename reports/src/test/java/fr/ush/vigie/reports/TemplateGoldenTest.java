package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden files of every template on a fixed, hand-made view model. To regenerate them after a deliberate change:
 * {@code mvn -pl reports test -Dtest=TemplateGoldenTest -Dvigie.golden.update=true}, then review the diff.
 */
class TemplateGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/fr/ush/vigie/reports/golden");
    private final Labels labels = new Labels();
    private final TemplateRenderer renderer = new TemplateRenderer();

    static Stamp stamp() {
        return new Stamp("20260630T070000Z-abcdef", "c".repeat(64),
                List.of(new Stamp.InputDigest("reference/sites.csv", "a".repeat(64))), "0.1.0-TEST",
                List.of("Dossier d'entrée\u00A0: sample-data", "Seuil «\u00A0Nombre minimal d'unités\u00A0»\u00A0: 5"),
                "30 juin 2026 à 10h00");
    }

    static ReportPage page() {
        DataTable data = new DataTable("Sites par situation", List.of("Campagne", "Sites"),
                List.of(List.of(Cell.text("2026-S1"), Cell.integer(1234)),
                        List.of(Cell.text("Île-de-France"), Cell.secret(new Secrecy(5)))), "national-sites.csv");
        Figure figure = new Figure("fig-sites", "Sites par situation", "Barres : 1 234 sites",
                new TrustedHtml("<svg role=\"img\" aria-label=\"Barres : 1 234 sites\" viewBox=\"0 0 10 10\">"
                        + "<rect width=\"10\" height=\"5\" fill=\"#0072B2\"/></svg>"), data, "Fond de carte : test");
        Section section = new Section("synthese", "Synthèse",
                List.of("La part des sites en situation complexe passe de 23,4\u202F% à 21,9\u202F% entre 2025-S2 et "
                        + "2026-S1."),
                List.of(new KeyFigure("Sites évalués", "1\u202F234", "sur 1\u202F300 attendus")), List.of(figure),
                List.of(new DataTable("Vide", List.of("A"), List.of(), "national-vide.csv")), List.of("Une note."));
        return new ReportPage("Rapport national", "Pour la Commission — campagne 2026-S1", "../index.html",
                "donnees/", List.of(section), stamp());
    }

    static IndexPage index() {
        return new IndexPage(List.of(new IndexPage.Campaign("2026-S1", List.of(
                new IndexPage.Group("Rapport national", List.of(new IndexPage.Link("2026-S1/national.html",
                        "Rapport national"))),
                new IndexPage.Group("Rapports régionaux", List.of(new IndexPage.Link("2026-S1/regions/84.html",
                        "Auvergne-Rhône-Alpes")))))), stamp());
    }

    @Test
    void reportTemplate() throws IOException {
        assertGolden("rapport.html", renderer.render(TemplateRenderer.REPORT, TemplateContexts.report(page(),
                labels)));
    }

    @Test
    void indexTemplate() throws IOException {
        assertGolden("index.html", renderer.render(TemplateRenderer.INDEX, TemplateContexts.index(index(), labels)));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("vigie.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + name
                + " (regenerate with -Dvigie.golden.update=true and review the diff)");
    }
}
