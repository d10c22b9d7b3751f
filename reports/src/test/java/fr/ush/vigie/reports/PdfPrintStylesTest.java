package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page's print stylesheet, written in the forms the PDF renderer reads, with the same meaning. */
class PdfPrintStylesTest {

    @Test
    void pageRulesLeaveTheirPrintBlockForTheTopLevelInTheirOrder() {
        String css = "body { margin: 0; }\n@media print {\n  @page { size: A4; margin: 14mm;\n"
                + "    @bottom-right { content: \"Page \" counter(page) \" } {\"; } }\n  body { padding: 0; }\n"
                + "  @page :first { margin-top: 20mm; }\n}\n@media screen { @page { size: A3; } }\n";
        String expected = "body { margin: 0; }\n@page { size: A4; margin: 14mm;\n"
                + "    @bottom-right { content: \"Page \" counter(page) \" } {\"; } }\n"
                + "@page :first { margin-top: 20mm; }\n@media print {\n  \n  body { padding: 0; }\n  \n}\n"
                + "@media screen { @page { size: A3; } }\n";
        assertEquals(expected, PrintStyles.of(List.of(css)).forPdf(css));
    }

    @Test
    void customPropertiesTakeTheirRootValueOrTheirFallback() {
        String root = ":root { --texte: #1b1b1b; --accent: #0072b2; }";
        String css = "h2 { border-bottom: 3px solid var(--accent); color: var( --texte ); "
                + "background: var(--absent, #fff); }";
        assertEquals("h2 { border-bottom: 3px solid #0072b2; color: #1b1b1b; background: #fff; }",
                PrintStyles.of(List.of(root, css)).forPdf(css));
    }

    @Test
    void fragmentationPropertiesTakeTheirCss21Form() {
        String css = "section + section { break-before: page; } h2 { break-after: avoid; } "
                + "figure { break-inside: avoid; } p { page-break-before: always; }";
        assertEquals("section + section { page-break-before: always; } h2 { page-break-after: avoid; } "
                + "figure { page-break-inside: avoid; } p { page-break-before: always; }",
                PrintStyles.of(List.of(css)).forPdf(css));
    }
}
