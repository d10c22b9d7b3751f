package fr.ush.vigie.generate;

import java.util.HashMap;
import java.util.Map;

/**
 * How a site's grid levels arise. Each site has a latent « difficulty » (in grid-level units) that evolves
 * from campaign to campaign as an AR(1) process around a site mean, with rare shocks (a deal point moves in,
 * a caretaker is assaulted). The site mean is higher in QPV, a little higher in a tight market and in some
 * regions ({@link #REGION_EFFECTS}), and it drifts slowly down over the campaigns (the programme's slow
 * national improvement). Spells of fragility come and go on top of it: they make the degraded, chronic and
 * crisis situations, with new sites in difficulty every campaign. Some themes weigh more in QPV or in a slack market (vacancy in DETENDU). An
 * indicator's level is the rounded sum of the latent state, the site's persistent offset for that indicator
 * and a small measurement noise, clipped to 0..3. So levels are correlated within an autodiagnostic and over
 * time, and chronic sites, improvements, degradations and crises all occur.
 *
 * <p>Calibrated so that, as in the programme, most sites are in no complex situation: about a quarter of the
 * evaluated sites are (nearly half in QPV, a fifth outside), one or two per cent in crisis. A complex
 * situation starts as soon as one indicator reaches 2, so an ordinary site's indicators must sit well below
 * 1.5: hence the low intercept and the modest per-indicator spread.
 * A support mission lowers every level by a shift from the first campaign after it ends (see
 * {@link PrestataireCatalog}).
 */
final class GridLevelModel {
    /** Intercept: an ordinary site's indicators are mostly 0, some at 1. */
    private static final double INTERCEPT = -0.25;
    private static final double SITE_MEAN_SD = 0.18;
    /**
     * Spells of fragility (a dealing point, a failing caretaker contract, a wave of vacancy): a site enters one
     * with this chance per half-year (twice as often in QPV), leaves it with {@link #FRAGILE_RECOVERY}, and
     * meanwhile its levels are raised by {@link #FRAGILE_EFFECT}. About one site in eight is in such a spell
     * at any time: they make the degraded, chronic and crisis situations, and new ones appear every campaign.
     */
    private static final double FRAGILE_ONSET = 0.05;
    private static final double QPV_FRAGILE_FACTOR = 2;
    private static final double FRAGILE_RECOVERY = 0.35;
    private static final double FRAGILE_EFFECT = 1.05;
    private static final double QPV_EFFECT = 0.32;
    private static final double TENDU_EFFECT = 0.08;
    /** National improvement of the site means, per half-year. */
    private static final double DRIFT_PER_CAMPAGNE = 0.06;
    /** Persistence of the latent state from one half-year to the next. */
    private static final double PHI = 0.8;
    private static final double INNOVATION_SD = 0.14;
    private static final double SHOCK_PROBABILITY = 0.025;
    private static final double SHOCK_SIZE = 1.0;
    private static final double THEME_SD = 0.18;
    private static final double INDICATOR_SD = 0.16;
    private static final double NOISE_SD = 0.26;
    /** A few autodiagnostics are only partly filled in: most of the grid, or one axis, left empty. */
    private static final double PARTIAL_PROBABILITY = 0.008;
    private static final double AXIS_MISSING_PROBABILITY = 0.01;
    private static final double CELL_MISSING_PROBABILITY = 0.02;

    /** Theme offsets for QPV sites and for DETENDU sites, keyed by the default grid's theme names. */
    private static final Map<String, double[]> THEME_EFFECTS = Map.of(
            "Tranquillité", new double[] {0.30, 0.0},
            "Vivre-ensemble", new double[] {0.15, 0.0},
            "Occupation", new double[] {0.15, 0.05},
            "Attractivité", new double[] {0.05, 0.40},
            "Environnement", new double[] {0.20, 0.15},
            "Équipements", new double[] {0.10, 0.0},
            "Propreté", new double[] {0.15, 0.0});

    /**
     * Offsets of the site mean by région (code INSEE), an invented but plausible geography of difficulty:
     * higher in the overseas régions, Hauts-de-France, Provence-Alpes-Côte d'Azur and Île-de-France, lower
     * in the West. Régions not listed have none.
     */
    private static final Map<String, Double> REGION_EFFECTS = Map.ofEntries(
            Map.entry("01", 0.20), Map.entry("02", 0.20), Map.entry("03", 0.25), Map.entry("04", 0.20),
            Map.entry("06", 0.30), Map.entry("32", 0.15), Map.entry("93", 0.15), Map.entry("11", 0.08),
            Map.entry("44", 0.05), Map.entry("52", -0.10), Map.entry("53", -0.12), Map.entry("84", -0.05));

    private final Grille grille;
    private final int campagnes;
    private final long seed;
    /** Latent state per (site, campaign): {@code site * campagnes + c}. */
    private final float[] latent;
    /** Persistent part of each indicator per site: {@code site * indicators + i}. */
    private final float[] base;

    GridLevelModel(Grille grille, GeoCatalog geo, SiteTable sites, int campagnes, long seed) {
        this.grille = grille;
        this.campagnes = campagnes;
        this.seed = seed;
        this.latent = new float[sites.size() * campagnes];
        this.base = new float[sites.size() * grille.size()];
        for (int site = 0; site < sites.size(); site++) {
            boolean qpv = sites.qpv[site] >= 0;
            double region = REGION_EFFECTS.getOrDefault(geo.communeRegion(sites.commune[site]), 0.0);
            simulateLatent(site, qpv, sites.tendu[site], region);
            drawOffsets(site, qpv, sites.tendu[site]);
        }
    }

    private void simulateLatent(int site, boolean qpv, boolean tendu, double region) {
        Rng rng = Rng.derive(seed, Rng.Stream.LATENT, site);
        double siteMean = (qpv ? QPV_EFFECT : 0) + (tendu ? TENDU_EFFECT : 0) + region
                + SITE_MEAN_SD * rng.gaussian();
        double onset = FRAGILE_ONSET * (qpv ? QPV_FRAGILE_FACTOR : 1);
        boolean fragile = rng.chance(onset / (onset + FRAGILE_RECOVERY));
        double stationarySd = INNOVATION_SD / StrictMath.sqrt(1 - PHI * PHI);
        double shocksMean = SHOCK_PROBABILITY * SHOCK_SIZE / (1 - PHI);
        double state = siteMean + shocksMean + stationarySd * rng.gaussian();
        for (int c = 0; c < campagnes; c++) {
            if (c > 0) {
                double mean = siteMean - DRIFT_PER_CAMPAGNE * c;
                state = mean + PHI * (state - mean) + INNOVATION_SD * rng.gaussian();
                fragile = fragile ? !rng.chance(FRAGILE_RECOVERY) : rng.chance(onset);
            }
            if (rng.chance(SHOCK_PROBABILITY)) {
                state += SHOCK_SIZE;
            }
            latent[site * campagnes + c] = (float) (state + (fragile ? FRAGILE_EFFECT : 0));
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
