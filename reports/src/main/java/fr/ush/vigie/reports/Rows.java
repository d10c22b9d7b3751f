package fr.ush.vigie.reports;

import org.apache.spark.sql.Row;

/**
 * Typed reads of mart rows by column name, tolerant of the numeric type (decimal, double, int, long) so that a
 * mart's rounding or storage choice does not break the reports.
 */
final class Rows {
    private Rows() {
    }

    static String text(Row row, String column) {
        Object value = row.getAs(column);
        return value == null ? "" : value.toString();
    }

    static Double decimal(Row row, String column) {
        Object value = row.getAs(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    static long count(Row row, String column) {
        Object value = row.getAs(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    static double amount(Row row, String column) {
        Object value = row.getAs(column);
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    static boolean flag(Row row, String column) {
        Object value = row.getAs(column);
        return value != null && (Boolean) value;
    }

    /** A date column, whichever of Spark's two Java types holds it; null when empty. */
    static java.time.LocalDate date(Row row, String column) {
        Object value = row.getAs(column);
        if (value instanceof java.sql.Date sql) {
            return sql.toLocalDate();
        }
        return (java.time.LocalDate) value;
    }

    static boolean has(Row row, String column) {
        return java.util.Arrays.asList(row.schema().fieldNames()).contains(column);
    }
}
