package fr.ush.vigie.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The reports' French wording, from {@code labels.properties} (UTF-8). {@code {0}}, {@code {1}}… are replaced
 * literally: {@link java.text.MessageFormat} would eat the apostrophes French is full of. Every text it returns has
 * gone through {@link FrenchFormat#typography}, the values put in it too, so that pages, charts and CSV headers
 * are spaced the French way whatever the properties file or the data wrote.
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
        return FrenchFormat.typography(value);
    }

    /** The label for a code ({@code situation.CHRONIQUE}), or the code itself when none is defined. */
    public String code(String prefix, String code) {
        return FrenchFormat.typography(properties.getProperty(prefix + "." + code, code));
    }

    public String format(String key, Object... args) {
        String text = properties.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("libellé manquant : " + key);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return FrenchFormat.typography(text);
    }

    /**
     * A text on {@code n} things, agreed as French agrees it: {@code key.un} for 0 and 1 (« 0 site », « 1 mission »),
     * {@code key} from 2; {@code {0}} is the count, {@code {1}}… the further values.
     */
    public String counted(String key, long n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = FrenchFormat.integer(n);
        System.arraycopy(more, 0, args, 1, more.length);
        return format(n <= 1 ? key + ".un" : key, args);
    }

    /** A signed change in points, agreed: « −0,8 point », « +1,0 point », « −20,8 points » (as printed, 1 decimal). */
    public String points(double change) {
        String printed = FrenchFormat.signed(change, 1);
        boolean plural = Math.abs(Double.parseDouble(FrenchFormat.plainNumber(change, 1).replace(',', '.'))) >= 2;
        return printed + FrenchFormat.NO_BREAK_SPACE + get(plural ? "mot.points" : "mot.point");
    }

    /** A count and its noun, agreed: {@code mot.<noun>} holds « singulier|pluriel » (« 1 site », « 2 sites »). */
    public String quantity(long n, String noun) {
        String[] forms = get("mot." + noun).split("\\|");
        return FrenchFormat.integer(n) + FrenchFormat.NO_BREAK_SPACE + forms[n <= 1 ? 0 : 1];
    }
}
