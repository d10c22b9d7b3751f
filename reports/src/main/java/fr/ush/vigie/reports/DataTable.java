package fr.ush.vigie.reports;

import fr.ush.vigie.io.FileNames;
import java.util.List;

/**
 * A table as shown in a report and written to {@code donnees/<csvName>}.
 *
 * @param caption what the table shows
 * @param headers    column headers
 * @param rows       cells, one list per row, as many as headers
 * @param csvName    file name in {@code donnees/}
 * @param csvHeaders the CSV file's headers, one per CSV cell ({@link Cell#csvFields}): the page's headers unless
 *                   a page cell holds several values (an interval), each in a column of its own in the file
 */
public record DataTable(String caption, List<String> headers, List<List<Cell>> rows, String csvName,
        List<String> csvHeaders) {
    public DataTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        csvHeaders = List.copyOf(csvHeaders);
        for (List<Cell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("tableau « " + caption + " » : " + row.size() + " cellules pour "
                        + headers.size() + " colonnes");
            }
            int fields = row.stream().mapToInt(cell -> cell.csvFields().size()).sum();
            if (fields != csvHeaders.size()) {
                throw new IllegalArgumentException("tableau « " + caption + " » : " + fields
                        + " valeurs CSV pour " + csvHeaders.size() + " colonnes CSV");
            }
        }
    }

    public DataTable(String caption, List<String> headers, List<List<Cell>> rows, String csvName) {
        this(caption, headers, rows, csvName, headers);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The CSV file's name as a page links it. */
    public String csvHref() {
        return FileNames.href(csvName);
    }
}
