package fr.ush.vigie.generate;

import fr.ush.vigie.model.Source;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Arguments of {@code vigie generate}.
 *
 * @param out       the input folder to write (reference.md section 2 layout)
 * @param sites     number of sites; organismes follow (one per ten sites, at most 600)
 * @param campagnes number of half-year campaigns, the last one being {@link Generator#LAST_CAMPAGNE}
 * @param seed      same arguments, same bytes
 * @param format    how the autodiagnostics files are written
 * @param badRows   share of rule-breaking rows injected into each source ({@link BadRows}), 0 for none
 */
public record GeneratorConfig(Path out, int sites, int campagnes, long seed, AutodiagnosticFormat format,
                              double badRows) {
    public static final int DEFAULT_SITES = 400;
    public static final int DEFAULT_CAMPAGNES = 6;
    public static final long DEFAULT_SEED = 2017;
    /** The sample keeps every file shape, so that a plain {@code vigie run} exercises the whole reader. */
    public static final AutodiagnosticFormat DEFAULT_FORMAT = AutodiagnosticFormat.MIXED;
    /** Per-site state is held for every campaign: keep sites × campaigns within arrays' reach. */
    private static final long MAX_SITE_CAMPAGNES = 50_000_000L;

    public GeneratorConfig {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        if (sites < 1) {
            throw new IllegalArgumentException("--sites : au moins 1 attendu, lu " + sites);
        }
        if (campagnes < 1 || campagnes > 40) {
            throw new IllegalArgumentException("--campagnes : entre 1 et 40 attendu, lu " + campagnes);
        }
        if ((long) sites * campagnes > MAX_SITE_CAMPAGNES) {
            throw new IllegalArgumentException("--sites × --campagnes : au plus " + MAX_SITE_CAMPAGNES + " attendu");
        }
        if (!(badRows >= 0 && badRows <= 1)) {
            throw new IllegalArgumentException("--bad-rows : nombre entre 0 et 1 attendu, lu " + badRows);
        }
    }

    /** Valid rows only, in the default format. */
    public GeneratorConfig(Path out, int sites, int campagnes, long seed) {
        this(out, sites, campagnes, seed, DEFAULT_FORMAT, 0);
    }

    public static GeneratorConfig defaults(Path out) {
        return new GeneratorConfig(out, DEFAULT_SITES, DEFAULT_CAMPAGNES, DEFAULT_SEED);
    }

    public GeneratorConfig withFormat(AutodiagnosticFormat newFormat) {
        return new GeneratorConfig(out, sites, campagnes, seed, newFormat, badRows);
    }

    public GeneratorConfig withBadRows(double rate) {
        return new GeneratorConfig(out, sites, campagnes, seed, format, rate);
    }

    /** The injector of bad rows for one source, its dates written in {@code csv}'s convention. */
    BadRows badRowsFor(Source source, CsvFormat csv) {
        return new BadRows(source, badRows, seed, csv);
    }
}
