package fr.ush.vigie.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

/**
 * The fonts every PDF embeds, shipped in the jar (DejaVu Sans 2.37, see {@code polices/LICENCE-DejaVu.md}): no text
 * of a page, its charts or its running header is ever set in a font the PDF does not carry, whatever family the
 * stylesheet names. DejaVu Sans serves every family the pages ask for (it is tried before the PDF's built-in,
 * non-embedded fonts) and the charts' text; DejaVu Sans Mono serves {@code monospace} (run id, SHA-256).
 */
final class PdfFonts {
    static final String SANS = "DejaVu Sans";
    /** The renderer reads the generic family {@code monospace} as {@code Monospaced}. */
    static final String MONO = "Monospaced";

    private record Face(String family, int weight, FontStyle style, byte[] bytes, EnumSet<FSFontUseCase> uses) {
    }

    private static final EnumSet<FSFontUseCase> SANS_USES =
            EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE);
    private static final List<Face> FACES = List.of(
            new Face(SANS, 400, FontStyle.NORMAL, load("DejaVuSans.ttf"), SANS_USES),
            new Face(SANS, 700, FontStyle.NORMAL, load("DejaVuSans-Bold.ttf"), SANS_USES),
            new Face(SANS, 400, FontStyle.ITALIC, load("DejaVuSans-Oblique.ttf"), SANS_USES),
            new Face(SANS, 700, FontStyle.ITALIC, load("DejaVuSans-BoldOblique.ttf"), SANS_USES),
            new Face(MONO, 400, FontStyle.NORMAL, load("DejaVuSansMono.ttf"), EnumSet.of(FSFontUseCase.DOCUMENT)));

    private PdfFonts() {
    }

    /** Gives the builder every face, subset: a PDF carries only the glyphs it uses. */
    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(), face.style(),
                    true, face.uses());
        }
    }

    private static byte[] load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("polices/" + file)) {
            if (in == null) {
                throw new IllegalStateException("ressource manquante : polices/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
