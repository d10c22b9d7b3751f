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
     * no text can close the string or the style element. Each escape ends with a space, which CSS reads as its end
     * and drops: a space of the text after an escape is kept.
     */
    public static TrustedHtml runningHeader(String text) {
        StringBuilder css = new StringBuilder("@media print { @page { @top-left { content: \"");
        text.codePoints().forEach(c -> {
            if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ' || Character.isISOControl(c)) {
                css.append(String.format("\\%06X ", c));
            } else {
                css.appendCodePoint(c);
            }
        });
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
