package fr.ush.vigie.reports;

import java.util.List;

/**
 * The data of a category chart, from which both the chart's dataset and its data table are derived, so that the two
 * cannot disagree.
 *
 * @param categoryLabel header of the category column
 * @param categories    the categories, in display order
 * @param series        one value per category each
 * @param format        how values are printed
 */
public record CategoryData(String categoryLabel, List<String> categories, List<Series> series, ValueFormat format) {

    /** A value, or nothing (missing, or hidden by statistical secrecy). */
    public record Point(Double value, boolean secret) {
        public static Point of(Double value) {
            return new Point(value, false);
        }

        public static Point hidden() {
            return new Point(null, true);
        }

        /** What the chart plots: nothing when secret. */
        public Double plotted() {
            return secret ? null : value;
        }
    }

    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** How a value is printed; charts plot shares as percentages. */
    public enum ValueFormat {
        INTEGER, DECIMAL, PERCENT, EUROS;

        Cell cell(Point point, Secrecy secrecy) {
            if (point.secret()) {
                return Cell.secret(secrecy);
            }
            if (point.value() == null) {
                return Cell.missing();
            }
            return switch (this) {
                case INTEGER -> Cell.integer(Math.round(point.value()));
                case DECIMAL -> Cell.number(point.value(), 1);
                case PERCENT -> Cell.percent(point.value());
                case EUROS -> Cell.euros(point.value());
            };
        }

        double toPlot(double value) {
            return this == PERCENT ? value * 100 : value;
        }
    }

    public CategoryData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.points().size() != categories.size()) {
                throw new IllegalArgumentException("série « " + s.name() + " » : " + s.points().size()
                        + " valeurs pour " + categories.size() + " catégories");
            }
        }
    }

    /** Categories as rows, series as columns. */
    public DataTable table(String caption, String csvName, Secrecy secrecy) {
        List<String> headers = new java.util.ArrayList<>();
        headers.add(categoryLabel);
        series.forEach(s -> headers.add(s.name() + (format == ValueFormat.PERCENT ? " (%)" : "")));
        List<List<Cell>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<Cell> row = new java.util.ArrayList<>();
            row.add(Cell.text(categories.get(i)));
            for (Series s : series) {
                row.add(format.cell(s.points().get(i), secrecy));
            }
            rows.add(row);
        }
        return new DataTable(caption, headers, rows, csvName);
    }
}
