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
