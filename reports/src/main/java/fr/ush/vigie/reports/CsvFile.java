package fr.ush.vigie.reports;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as a CSV French Excel opens as is: UTF-8 with BOM, {@code ;}, decimal comma, CRLF. A text cell that
 * Excel would run as a formula (it begins with {@code = + - @}, a tab or a carriage return) is written after an
 * apostrophe, which Excel shows as text; numbers, negative ones included, stay numbers.
 */
public final class CsvFile {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvFile() {
    }

    public static String of(DataTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(line(table.csvHeaders().stream().map(CsvFile::inert).toList())).append("\r\n");
        for (List<Cell> row : table.rows()) {
            out.append(line(row.stream().flatMap(cell -> cell.numeric() ? cell.csvFields().stream()
                    : cell.csvFields().stream().map(CsvFile::inert)).toList())).append("\r\n");
        }
        return out.toString();
    }

    /** A text as a cell Excel never evaluates. */
    static String inert(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** One line of fields, separated by {@code ;} and quoted where needed (no line end). */
    static String line(List<String> fields) {
        return fields.stream().map(CsvFile::quote).collect(Collectors.joining(";"));
    }

    private static String quote(String field) {
        boolean needs = field.contains(";") || field.contains("\"") || field.contains("\n") || field.contains("\r");
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
