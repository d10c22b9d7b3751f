package fr.ush.vigie.generate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provider effects {@code vigie generate} plants, as {@code effet_did} reports them: the change of a treated
 * site's global score due to its mission, in points, negative for an improvement ({@link PrestataireCatalog}).
 * The generator calibrates its latent shift to give about this change on average; the change it gives in one
 * dataset varies with the sites treated (grid levels are clipped to 0..3).
 */
public final class PlantedEffects {
    private PlantedEffects() {
    }

    /** Per prestataire_id, in catalogue order: the planted effect on the global score (points, ≤ 0). */
    public static Map<String, Double> onGlobalScore() {
        Map<String, Double> effects = new LinkedHashMap<>();
        PrestataireCatalog.PRESTATAIRES.forEach(p -> effects.put(p.id(), p.effetPoints() == 0 ? 0.0
                : -p.effetPoints()));
        return effects;
    }
}
