package fr.ush.vigie.generate;

import java.util.Arrays;

/**
 * The planted effect of finished missions on their site: from campaign {@code from[site]} on, every grid
 * level of the site is lowered by {@code shift[site]} (grid-level units). A site has at most one mission.
 */
final class MissionEffects {
    private final float[] shift;
    private final int[] from;

    MissionEffects(int sites) {
        shift = new float[sites];
        from = new int[sites];
        Arrays.fill(from, Integer.MAX_VALUE);
    }

    void set(int site, int fromCampagne, double levelShift) {
        from[site] = fromCampagne;
        shift[site] = (float) levelShift;
    }

    double shiftAt(int site, int c) {
        return c >= from[site] ? shift[site] : 0;
    }
}
