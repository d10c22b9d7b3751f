package fr.ush.vigie.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Arguments of {@code vigie generate}.
 *
 * @param out       the input folder to write (CONTRACT section 2 layout)
 * @param sites     number of sites; organismes follow (one per ten sites, at most 600)
 * @param campagnes number of half-year campaigns, the last one being {@link Generator#LAST_CAMPAGNE}
 * @param seed      same arguments, same bytes
 */
public record GeneratorConfig(Path out, int sites, int campagnes, long seed) {
    public static final int DEFAULT_SITES = 400;
    public static final int DEFAULT_CAMPAGNES = 6;
    public static final long DEFAULT_SEED = 2017;
    /** Per-site state is held for every campaign: keep sites × campaigns within arrays' reach. */
    private static final long MAX_SITE_CAMPAGNES = 50_000_000L;

    public GeneratorConfig {
        Objects.requireNonNull(out, "out");
        if (sites < 1) {
            throw new IllegalArgumentException("--sites must be at least 1: " + sites);
        }
        if (campagnes < 1 || campagnes > 40) {
            throw new IllegalArgumentException("--campagnes must be between 1 and 40: " + campagnes);
        }
        if ((long) sites * campagnes > MAX_SITE_CAMPAGNES) {
            throw new IllegalArgumentException("--sites × --campagnes must not exceed " + MAX_SITE_CAMPAGNES);
        }
    }

    public static GeneratorConfig defaults(Path out) {
        return new GeneratorConfig(out, DEFAULT_SITES, DEFAULT_CAMPAGNES, DEFAULT_SEED);
    }
}
