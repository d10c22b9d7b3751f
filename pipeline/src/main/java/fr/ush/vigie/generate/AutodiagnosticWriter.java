package fr.ush.vigie.generate;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Second pass: writes {@code autodiagnostics/<campagne>/<organisme_id>.csv|.xlsx}, one file per organisme
 * and campaign, streaming one autodiagnostic at a time. Levels are recomputed from the same seeded model
 * as in the first pass, so nothing per row is kept in memory.
 */
final class AutodiagnosticWriter {
    /** Share of the organismes per file shape; WIDE_CSV takes the rest. Each shape appears from 6 organismes. */
    private static final double[] SHAPE_SHARES = {0, 0.10, 0.10, 0.08, 0.06, 0.06};

    private final Path folder;
    private final Grille grille;
    private final SiteTable sites;
    private final List<Organisme> organismes;
    private final List<Campagne> campagnes;
    private final AssessmentSchedule schedule;
    private final GridLevelModel model;
    private final MissionEffects effects;
    private final long seed;
    private final Counts counts;

    AutodiagnosticWriter(Path out, Grille grille, SiteTable sites, List<Organisme> organismes,
                         List<Campagne> campagnes, AssessmentSchedule schedule, GridLevelModel model,
                         MissionEffects effects, long seed, Counts counts) {
        this.folder = out.resolve(Source.AUTODIAGNOSTICS.path());
        this.grille = grille;
        this.sites = sites;
        this.organismes = organismes;
        this.campagnes = campagnes;
        this.schedule = schedule;
        this.model = model;
        this.effects = effects;
        this.seed = seed;
        this.counts = counts;
    }

    void write() throws IOException {
        AutodiagnosticShape[] shapes = shapes(organismes.size(), seed);
        int[] niveaux = new int[grille.size()];
        for (int c = 0; c < campagnes.size(); c++) {
            Campagne campagne = campagnes.get(c);
            for (int k = 0; k < organismes.size(); k++) {
                if (hasAutodiagnostic(k, c)) {
                    Path file = folder.resolve(campagne.code()).resolve(organismes.get(k).id() + shapes[k].extension());
                    counts.shape(shapes[k]);
                    try (AutodiagnosticFile out = AutodiagnosticFile.open(file, shapes[k], grille)) {
                        writeOrganisme(out, k, c, niveaux);
                        counts.add(Source.AUTODIAGNOSTICS, out.indicatorRows());
                    }
                }
            }
        }
    }

    private boolean hasAutodiagnostic(int organisme, int c) {
        for (int s = sites.firstSite(organisme); s < sites.firstSite(organisme + 1); s++) {
            if (schedule.count(s, c) > 0) {
                return true;
            }
        }
        return false;
    }

    private void writeOrganisme(AutodiagnosticFile out, int organisme, int c, int[] niveaux) throws IOException {
        Campagne campagne = campagnes.get(c);
        for (int s = sites.firstSite(organisme); s < sites.firstSite(organisme + 1); s++) {
            for (int n = 0; n < schedule.count(s, c); n++) {
                model.levels(s, c, n, effects.shiftAt(s, c), niveaux);
                String siteId = sites.id(s);
                String id = "AD-" + campagne.code() + "-" + siteId + "-" + (n + 1);
                out.write(id, siteId, schedule.date(s, c, n), niveaux, Rng.derive(seed, Rng.Stream.COMMENTS, s, c, n));
                counts.autodiagnostic();
            }
        }
    }

    /**
     * Each organisme keeps one way of producing its files. Quotas rather than independent draws, so that
     * every shape shows up as soon as there are six organismes.
     */
    static AutodiagnosticShape[] shapes(int organismes, long seed) {
        AutodiagnosticShape[] all = AutodiagnosticShape.values();
        AutodiagnosticShape[] shapes = new AutodiagnosticShape[organismes];
        int next = 0;
        for (int i = 1; i < all.length; i++) {
            int quota = Math.max(organismes >= all.length ? 1 : 0, (int) Math.round(organismes * SHAPE_SHARES[i]));
            for (int q = 0; q < quota && next < organismes; q++) {
                shapes[next++] = all[i];
            }
        }
        while (next < organismes) {
            shapes[next++] = AutodiagnosticShape.WIDE_CSV;
        }
        int[] order = new int[organismes];
        for (int i = 0; i < organismes; i++) {
            order[i] = i;
        }
        Rng.derive(seed, Rng.Stream.SHAPES).shuffle(order);
        AutodiagnosticShape[] shuffled = new AutodiagnosticShape[organismes];
        for (int i = 0; i < organismes; i++) {
            shuffled[i] = shapes[order[i]];
        }
        return shuffled;
    }
}
