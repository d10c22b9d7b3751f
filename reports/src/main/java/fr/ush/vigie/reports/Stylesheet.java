package fr.ush.vigie.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The reports' stylesheet, inlined in every page so that it opens offline and travels by e-mail. */
public final class Stylesheet {
    private static final TrustedHtml CSS = load();

    private Stylesheet() {
    }

    public static TrustedHtml css() {
        return CSS;
    }

    /**
     * The running header of a page's printed sheets: {@code text} in the top margin of every A4 page, as a CSS
     * string in which every ASCII character but letters, digits and spaces is escaped ({@code \\00003C}), so that
     * no text can close the string or the style element. An escape has six digits, so the character after it is
     * never read as part of it; a space after an escape is doubled, since CSS drops the first.
     */
    public static TrustedHtml runningHeader(String text) {
        StringBuilder css = new StringBuilder("@media print { @page { @top-left { content: \"");
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ' || Character.isISOControl(c)) {
                css.append(String.format("\\%06X", c));
                if (i + 1 < codePoints.length && Character.isWhitespace(codePoints[i + 1])) {
                    // CSS drops one whitespace after an escape: this one, so that the text's own stays.
                    css.append(' ');
                }
            } else {
                css.appendCodePoint(c);
            }
        }
        // One rule holds the whole margin box: a renderer may keep only the last rule of a margin box.
        return new TrustedHtml(css.append("\"; font: 8pt Arial, sans-serif; color: #4a4a4a; vertical-align: bottom;"
                + " padding-bottom: 3mm; } } }").toString());
    }

    private static TrustedHtml load() {
        try (InputStream in = Stylesheet.class.getResourceAsStream("templates/rapport.css")) {
            if (in == null) {
                throw new IllegalStateException("ressource manquante : templates/rapport.css");
            }
            return new TrustedHtml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
