package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The PDF of a regional report of the hand-made snapshot (charts, a map, tables, « n < 5 »): veraPDF accepts it as
 * PDF/UA-1, and PDFBox reads its title, language, bookmarks, embedded fonts, A4 pages and text.
 */
class PdfReportTest {
    private static final WarehouseSnapshot DATA = Fixture.snapshot();
    private static final Labels LABELS = new Labels();
    private static ReportPage page;
    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        VeraGreenfieldFoundryProvider.initialise();
        Stamp stamp = StampFactory.of(DATA.run(), Fixture.GENERATED_AT);
        page = ScopedReport.region(DATA, ScoreScopes.of(DATA.scores()), LABELS, "84").build(stamp);
        String html = new TemplateRenderer().render(TemplateRenderer.REPORT, TemplateContexts.report(page, LABELS));
        pdf = new PdfRenderer().render(html);
        Path out = Path.of("target", "pdf-test");
        Files.createDirectories(out);
        Files.write(out.resolve("region-84.pdf"), pdf);
        Files.writeString(out.resolve("region-84.html"), html);
    }

    @Test
    void veraPdfAcceptsItAsPdfUa1() throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct().limit(30).collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), "veraPDF, PDF/UA-1 :\n" + failures);
            assertTrue(result.getTotalAssertions() > 0, "veraPDF checked nothing");
        }
    }

    @Test
    void metadataHoldsTheTitleAndFrenchLanguage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(page.title() + " — " + page.subtitle(), doc.getDocumentInformation().getTitle());
            assertEquals("fr", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfuaid:part") && xmp.contains(">1<") || xmp.contains("pdfuaid:part=\"1\""),
                    "PDF/UA identification in XMP: " + xmp);
        }
    }

    @Test
    void bookmarksFollowTheSections() throws IOException {
        List<String> titles = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                leadsToItsHeading(item);
            }
        }
        List<String> expected = new ArrayList<>();
        expected.add(page.title());
        page.sections().forEach(s -> expected.add(s.title()));
        expected.add(LABELS.get("tampon.titre"));
        assertEquals(expected, titles);
    }

    /** The renderer points a bookmark whose heading it did not lay out at the first page, fitted in height. */
    private static void leadsToItsHeading(PDOutlineItem item) throws IOException {
        assertTrue(item.getDestination() instanceof PDPageXYZDestination, "bookmark " + item.getTitle()
                + " leads to its heading");
        for (PDOutlineItem child : item.children()) {
            leadsToItsHeading(child);
        }
    }

    @Test
    void everyFontIsEmbeddedOnEveryA4Page() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 1, "pages: " + doc.getNumberOfPages());
            int fonts = 0;
            for (PDPage p : doc.getPages()) {
                assertEquals(595, Math.round(p.getMediaBox().getWidth()), "A4 width in points");
                assertEquals(842, Math.round(p.getMediaBox().getHeight()), "A4 height in points");
                PDResources resources = p.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().contains("DejaVu"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0, "the pages use fonts");
        }
    }

    @Test
    void theTextIsThePagesText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (Section section : page.sections()) {
                assertTrue(text.contains(section.title()), section.title());
            }
            assertTrue(text.contains(DATA.secrecy().mask()), "the secrecy mask prints");
            // A value of the data that looks like markup is printed as the text it is.
            // (A table cell wraps it: compared without line breaks.)
            assertTrue(text.replaceAll("\\s", "").contains(Fixture.SCRIPT_SITE.replaceAll("\\s", "")),
                    "the site's name as text");
        }
    }
}
