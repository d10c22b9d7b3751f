package fr.ush.vigie.reports;

import java.util.List;

/**
 * The data of a forest plot: one estimate with its 95 % confidence interval per row. Only estimates that may be
 * printed are rows: what the table hides is not drawn.
 *
 * @param rows in display order, top first
 */
public record ForestData(List<Row> rows) {

    /**
     * @param indicatif whether the estimate rests on fewer missions than needed to read it plainly (drawn hollow)
     */
    public record Row(String label, Double estimate, Double low, Double high, long n, boolean indicatif) {
        public boolean drawable() {
            return estimate != null && low != null && high != null;
        }
    }

    public ForestData {
        rows = List.copyOf(rows);
    }
}
