package fr.ush.vigie.reports;

import java.util.List;
import java.util.stream.Collectors;

/** A table as a CSV French Excel opens as is: UTF-8 with BOM, {@code ;}, decimal comma, CRLF. */
public final class CsvFile {
    private CsvFile() {
    }

    public static String of(DataTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(line(table.headers())).append("\r\n");
        for (List<Cell> row : table.rows()) {
            out.append(line(row.stream().map(Cell::csv).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static String line(List<String> fields) {
        return fields.stream().map(CsvFile::quote).collect(Collectors.joining(";"));
    }

    private static String quote(String field) {
        boolean needs = field.contains(";") || field.contains("\"") || field.contains("\n") || field.contains("\r");
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
