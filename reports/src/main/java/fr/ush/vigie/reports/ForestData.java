package fr.ush.vigie.reports;

import java.util.List;

/**
 * The data of a forest plot: one estimate with its 95 % confidence interval per row.
 *
 * @param rows in display order, top first
 */
public record ForestData(List<Row> rows) {

    /**
     * @param sufficient whether the sample is large enough to read the estimate (drawn grey otherwise)
     */
    public record Row(String label, Double estimate, Double low, Double high, long n, boolean sufficient) {
        public boolean drawable() {
            return estimate != null && low != null && high != null;
        }
    }

    public ForestData {
        rows = List.copyOf(rows);
    }
}
