package fr.ush.vigie.generate;

import java.util.HashMap;
import java.util.Map;

/**
 * How a site's grid levels arise. Each site has a latent « difficulty » (in grid-level units) that evolves
 * from campaign to campaign as an AR(1) process around a site mean, with rare shocks (a deal point moves in,
 * a caretaker is assaulted). The mean is higher in QPV; some themes weigh more in QPV or in a slack market
 * (vacancy in DETENDU). An indicator's level is the rounded sum of the latent state, the site's persistent
 * offset for that indicator and a small measurement noise, clipped to 0..3. So levels are correlated within
 * an autodiagnostic and over time, and chronic sites, improvements, degradations and crises all occur.
 * A support mission lowers every level by a shift from the first campaign after it ends (see
 * {@link PrestataireCatalog}).
 */
final class GridLevelModel {
    /** Intercept: an ordinary site's indicators sit between 0 and 1. */
    private static final double INTERCEPT = 0.5;
    private static final double SITE_MEAN_SD = 0.30;
    private static final double QPV_EFFECT = 0.30;
    private static final double TENDU_EFFECT = 0.05;
    /** Persistence of the latent state from one half-year to the next. */
    private static final double PHI = 0.8;
    private static final double INNOVATION_SD = 0.17;
    private static final double SHOCK_PROBABILITY = 0.03;
    private static final double SHOCK_SIZE = 0.8;
    private static final double THEME_SD = 0.22;
    private static final double INDICATOR_SD = 0.22;
    private static final double NOISE_SD = 0.33;
    /** A few autodiagnostics are only partly filled in: most of the grid, or one axis, left empty. */
    private static final double PARTIAL_PROBABILITY = 0.008;
    private static final double AXIS_MISSING_PROBABILITY = 0.01;
    private static final double CELL_MISSING_PROBABILITY = 0.02;

    /** Theme offsets for QPV sites and for DETENDU sites, keyed by the default grid's theme names. */
    private static final Map<String, double[]> THEME_EFFECTS = Map.of(
            "Tranquillité", new double[] {0.45, 0.0},
            "Vivre-ensemble", new double[] {0.20, 0.0},
            "Occupation", new double[] {0.25, 0.05},
            "Attractivité", new double[] {0.10, 0.55},
            "Environnement", new double[] {0.30, 0.20},
            "Équipements", new double[] {0.15, 0.0},
            "Propreté", new double[] {0.20, 0.0});

    private final Grille grille;
    private final int campagnes;
    private final long seed;
    /** Latent state per (site, campaign): {@code site * campagnes + c}. */
    private final float[] latent;
    /** Persistent part of each indicator per site: {@code site * indicators + i}. */
    private final float[] base;

    GridLevelModel(Grille grille, SiteTable sites, int campagnes, long seed) {
        this.grille = grille;
        this.campagnes = campagnes;
        this.seed = seed;
        this.latent = new float[sites.size() * campagnes];
        this.base = new float[sites.size() * grille.size()];
        for (int site = 0; site < sites.size(); site++) {
            boolean qpv = sites.qpv[site] >= 0;
            simulateLatent(site, qpv, sites.tendu[site]);
            drawOffsets(site, qpv, sites.tendu[site]);
        }
    }

    private void simulateLatent(int site, boolean qpv, boolean tendu) {
        Rng rng = Rng.derive(seed, Rng.Stream.LATENT, site);
        double mean = (qpv ? QPV_EFFECT : 0) + (tendu ? TENDU_EFFECT : 0) + SITE_MEAN_SD * rng.gaussian();
        double stationarySd = INNOVATION_SD / StrictMath.sqrt(1 - PHI * PHI);
        double shocksMean = SHOCK_PROBABILITY * SHOCK_SIZE / (1 - PHI);
        double state = mean + shocksMean + stationarySd * rng.gaussian();
        for (int c = 0; c < campagnes; c++) {
            if (c > 0) {
                state = mean + PHI * (state - mean) + INNOVATION_SD * rng.gaussian();
            }
            if (rng.chance(SHOCK_PROBABILITY)) {
                state += SHOCK_SIZE;
            }
            latent[site * campagnes + c] = (float) state;
        }
    }

    private void drawOffsets(int site, boolean qpv, boolean tendu) {
        Rng rng = Rng.derive(seed, Rng.Stream.OFFSETS, site);
        Map<String, Double> themeOffsets = new HashMap<>();
        int n = grille.size();
        for (int i = 0; i < n; i++) {
            Grille.Indicateur indicateur = grille.indicateurs().get(i);
            double theme = themeOffsets.computeIfAbsent(indicateur.theme(), t -> {
                double[] effect = THEME_EFFECTS.getOrDefault(t, new double[] {0, 0});
                return (qpv ? effect[0] : 0) + (tendu ? 0 : effect[1]) + THEME_SD * rng.gaussian();
            });
            base[site * n + i] = (float) (INTERCEPT + theme + INDICATOR_SD * rng.gaussian());
        }
    }

    /**
     * The levels of one autodiagnostic, {@code -1} for an indicator left empty.
     *
     * @param reassessment 0 for the campaign's first autodiagnostic, 1 for a re-assessment
     * @param shift        how much a finished support mission lowers every level (0 if none)
     */
    void levels(int site, int c, int reassessment, double shift, int[] out) {
        Rng rng = Rng.derive(seed, Rng.Stream.LEVELS, site, c, reassessment);
        int n = grille.size();
        double state = latent[site * campagnes + c] - shift;
        for (int i = 0; i < n; i++) {
            double y = base[site * n + i] + state + NOISE_SD * rng.gaussian();
            out[i] = (int) Math.max(0, Math.min(3, StrictMath.floor(y + 0.5)));
        }
        blankSome(rng, out);
    }

    private void blankSome(Rng rng, int[] out) {
        boolean[] blank = new boolean[out.length];
        double draw = rng.nextDouble();
        if (draw < PARTIAL_PROBABILITY) {
            for (int i = 0; i < out.length; i++) {
                blank[i] = rng.chance(0.7);
            }
        } else if (draw < PARTIAL_PROBABILITY + AXIS_MISSING_PROBABILITY) {
            String axe = grille.indicateurs().get(rng.nextInt(out.length)).axe();
            for (int i = 0; i < out.length; i++) {
                blank[i] = grille.indicateurs().get(i).axe().equals(axe);
            }
        } else {
            for (int i = 0; i < out.length; i++) {
                blank[i] = rng.chance(CELL_MISSING_PROBABILITY);
            }
        }
        int kept = rng.nextInt(out.length);
        for (int i = 0; i < out.length; i++) {
            if (blank[i] && i != kept) {
                out[i] = -1;
            }
        }
    }
}
