package fr.ush.vigie.generate;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import fr.ush.vigie.ingest.validate.ReasonCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
    private final SyntheticFrance france;
    private final Counts counts;
    private final AutodiagnosticFormat format;
    private final BadRows badRows;

    AutodiagnosticWriter(GeneratorConfig config, SyntheticFrance france, Counts counts) {
        this.france = france;
        this.folder = config.out().resolve(Source.AUTODIAGNOSTICS.path());
        this.counts = counts;
        this.format = config.format();
        this.badRows = config.badRowsFor(Source.AUTODIAGNOSTICS, CsvFormat.STANDARD);
    }

    void write() throws IOException {
        AutodiagnosticShape[] shapes = format.shapes(france.organismes().size(), france.seed());
        int[] niveaux = new int[france.grille().size()];
        for (int c = 0; c < france.campagnes().size(); c++) {
            Campagne campagne = france.campagnes().get(c);
            for (int k = 0; k < france.organismes().size(); k++) {
                if (hasAutodiagnostic(k, c)) {
                    String name = france.organismes().get(k).id() + shapes[k].extension();
                    Path file = folder.resolve(campagne.code()).resolve(name);
                    counts.shape(shapes[k]);
                    try (AutodiagnosticFile out = AutodiagnosticFile.open(file, shapes[k], france.grille())) {
                        writeOrganisme(out, k, c, niveaux);
                        counts.add(Source.AUTODIAGNOSTICS, out.indicatorRows());
                    }
                }
            }
        }
        counts.badRows(badRows);
    }

    private boolean hasAutodiagnostic(int organisme, int c) {
        for (int s = france.sites().firstSite(organisme); s < france.sites().firstSite(organisme + 1); s++) {
            if (france.schedule().count(s, c) > 0) {
                return true;
            }
        }
        return false;
    }

    private void writeOrganisme(AutodiagnosticFile out, int organisme, int c, int[] niveaux) throws IOException {
        Campagne campagne = france.campagnes().get(c);
        for (int s = france.sites().firstSite(organisme); s < france.sites().firstSite(organisme + 1); s++) {
            for (int n = 0; n < france.schedule().count(s, c); n++) {
                france.model().levels(s, c, n, france.effects().shiftAt(s, c), niveaux);
                String siteId = france.sites().id(s);
                String id = "AD-" + campagne.code() + "-" + siteId + "-" + (n + 1);
                LocalDate date = france.schedule().date(s, c, n);
                out.write(id, siteId, date, niveaux, Rng.derive(france.seed(), Rng.Stream.COMMENTS, s, c, n));
                counts.autodiagnostic();
                writeBadRows(out, List.of(id, siteId, date.toString(), france.grille().version()), niveaux);
            }
        }
    }

    /**
     * The bad grids drawn after a valid one: the same grid (a duplicate) or a copy with a broken field. A wide
     * row counts one row per filled cell, and so does a bad grid; ISO dates are valid in every file.
     */
    private void writeBadRows(AutodiagnosticFile out, List<String> fixed, int[] niveaux) throws IOException {
        List<ReasonCode> reasons = badRows.draw();
        if (reasons.isEmpty()) {
            return;
        }
        List<String> valid = new ArrayList<>(fixed);
        long filled = 0;
        for (int niveau : niveaux) {
            valid.add(niveau < 0 ? "" : Integer.toString(niveau));
            filled += niveau < 0 ? 0 : 1;
        }
        for (ReasonCode reason : reasons) {
            out.writeCells(badRows.corrupt(valid, reason));
            badRows.count(reason, filled);
        }
    }

    /**
     * For {@link AutodiagnosticFormat#MIXED}: each organisme keeps one way of producing its files. Quotas
     * rather than independent draws, so that every shape shows up as soon as there are six organismes.
     */
    static AutodiagnosticShape[] mixedShapes(int organismes, long seed) {
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
