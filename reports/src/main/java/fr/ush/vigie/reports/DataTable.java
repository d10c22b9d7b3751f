package fr.ush.vigie.reports;

import fr.ush.vigie.io.FileNames;
import java.util.List;

/**
 * A table as shown in a report and written to {@code donnees/<csvName>}.
 *
 * @param caption what the table shows
 * @param headers column headers
 * @param rows    cells, one list per row, as many as headers
 * @param csvName file name in {@code donnees/}
 */
public record DataTable(String caption, List<String> headers, List<List<Cell>> rows, String csvName) {
    public DataTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("tableau « " + caption + " » : " + row.size() + " cellules pour "
                        + headers.size() + " colonnes");
            }
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The CSV file's name as a page links it. */
    public String csvHref() {
        return FileNames.href(csvName);
    }
}
