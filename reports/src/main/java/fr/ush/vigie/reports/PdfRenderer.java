package fr.ush.vigie.reports;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders a report page to an accessible PDF (CONTRACT section 7), in this JVM: the page's own print stylesheet
 * lays it out on A4 (running header and page numbers included), its inline SVG charts stay vectors, every font is
 * embedded, the structure is tagged for screen readers (PDF/UA-1) with the page's title and language, and the
 * headings become bookmarks.
 */
public final class PdfRenderer {

    /** @param html a page as {@link TemplateRenderer} writes it */
    public byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        PdfFonts.register(builder);
        builder.withW3cDocument(PdfSource.of(html), null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument document = renderer.createPDFKeepOpen();
            PatternArtifacts.mark(document);
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
