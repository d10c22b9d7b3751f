package fr.ush.vigie.job;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** How {@code vigie sql} prints a result: an aligned table for people, CSV for machines. */
public enum ResultFormat {
    TABLE,
    CSV;

    public String format(Dataset<Row> result) {
        String[] columns = result.columns();
        List<String[]> rows = new ArrayList<>();
        for (Row row : result.collectAsList()) {
            String[] cells = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                cells[i] = text(row.get(i));
            }
            rows.add(cells);
        }
        return this == TABLE ? table(columns, rows) : csv(columns, rows);
    }

    /** One value as both formats print it: empty for null, a decimal in plain notation. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static String table(String[] columns, List<String[]> rows) {
        int[] widths = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            widths[i] = columns[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, columns, widths);
        String[] rule = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        line(text, rule, widths);
        rows.forEach(row -> line(text, row, widths));
        text.append('(').append(rows.size()).append(rows.size() > 1 ? " lignes)" : " ligne)").append('\n');
        return text.toString();
    }

    private static void line(StringBuilder text, String[] cells, int[] widths) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(" | ");
            }
            text.append(cells[i]);
            if (i < cells.length - 1) {
                text.append(" ".repeat(widths[i] - cells[i].length()));
            }
        }
        text.append('\n');
    }

    private static String csv(String[] columns, List<String[]> rows) {
        StringBuilder text = new StringBuilder();
        csvLine(text, columns);
        rows.forEach(row -> csvLine(text, row));
        return text.toString();
    }

    private static void csvLine(StringBuilder text, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            String cell = cells[i];
            boolean quoted = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            text.append(quoted ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        text.append('\n');
    }
}
