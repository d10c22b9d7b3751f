package fr.ush.vigie.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The reports' French wording, from {@code labels.properties} (UTF-8). {@code {0}}, {@code {1}}… are replaced
 * literally: {@link java.text.MessageFormat} would eat the apostrophes French is full of.
 */
public final class Labels {
    private static final String RESOURCE = "labels.properties";
    private final Properties properties = new Properties();

    public Labels() {
        try (InputStream in = Labels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ressource manquante : " + RESOURCE);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException for a key the file lacks: a typo must not print an empty heading */
    public String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("libellé manquant : " + key);
        }
        return value;
    }

    /** The label for a code ({@code situation.CHRONIQUE}), or the code itself when none is defined. */
    public String code(String prefix, String code) {
        return properties.getProperty(prefix + "." + code, code);
    }

    public String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
