package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --pdf} writes {@code <page>.pdf} beside each page written, and a page written without it keeps no PDF. */
class PdfBesidePageTest {
    @TempDir
    Path out;

    @Test
    void aPdfBesideEachPageWrittenAndNoneLeftBehindWithoutPdf() throws Exception {
        ReportWriter writer = new ReportWriter(new Labels(), new TemplateRenderer());
        ReportSummary withPdf = writer.write(Fixture.snapshot(), out, ReportScope.region("11"), Fixture.GENERATED_AT,
                true);
        Path page = Path.of("2026-S1", "regions", "11.html");
        Path pdf = Path.of("2026-S1", "regions", "11.pdf");
        assertEquals(List.of(page), withPdf.pages());
        assertEquals(List.of(pdf), withPdf.pdfs());
        byte[] bytes = Files.readAllBytes(out.resolve(pdf));
        assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(bytes, 5));

        ReportSummary without = writer.write(Fixture.snapshot(), out, ReportScope.region("11"), Fixture.GENERATED_AT,
                false);
        assertEquals(List.of(), without.pdfs());
        assertTrue(Files.isRegularFile(out.resolve(page)));
        assertFalse(Files.exists(out.resolve(pdf)), "the PDF of an earlier generation of the page is gone");
    }
}
