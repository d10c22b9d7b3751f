package fr.ush.vigie.generate;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per assessed indicator, with now and then a comment (more often on a high level). An office file
 * has its columns in another order and capitalised names, which the contract allows.
 */
final class LongCsvFile implements AutodiagnosticFile {
    private static final double COMMENT_RATE_HIGH = 0.15;
    private static final double COMMENT_RATE_LOW = 0.02;
    /** Column order of an office file, as indexes into the canonical order. */
    private static final int[] OFFICE_ORDER = {1, 0, 2, 4, 5, 3, 6};

    private final CsvWriter csv;
    private final Grille grille;
    private final int[] order;

    LongCsvFile(Path file, CsvFormat format, Grille grille, boolean officeLayout) throws IOException {
        this.grille = grille;
        this.order = officeLayout ? OFFICE_ORDER : new int[] {0, 1, 2, 3, 4, 5, 6};
        List<String> canonical = Source.AUTODIAGNOSTICS.columnNames();
        List<String> header = new ArrayList<>();
        for (int index : order) {
            String name = canonical.get(index);
            header.add(officeLayout ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name);
        }
        this.csv = CsvWriter.open(file, format, header);
    }

    @Override
    public void write(String autodiagnosticId, String siteId, LocalDate date, int[] niveaux, Rng comments)
            throws IOException {
        String day = csv.format().date(date);
        for (int i = 0; i < niveaux.length; i++) {
            if (niveaux[i] < 0) {
                continue;
            }
            boolean commented = comments.chance(niveaux[i] >= 2 ? COMMENT_RATE_HIGH : COMMENT_RATE_LOW);
            writeOrdered(new String[] {autodiagnosticId, siteId, day, grille.version(),
                    grille.indicateurs().get(i).code(), Integer.toString(niveaux[i]),
                    commented ? comments.pick(NamePools.COMMENTS) : ""});
        }
    }

    @Override
    public void writeCells(List<String> cells) throws IOException {
        int fixed = Source.WIDE_FIXED_COLUMNS.size();
        for (int i = fixed; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                writeOrdered(new String[] {cells.get(0), cells.get(1), cells.get(2), cells.get(3),
                        grille.indicateurs().get(i - fixed).code(), cells.get(i), ""});
            }
        }
    }

    private void writeOrdered(String[] canonical) throws IOException {
        List<String> cells = new ArrayList<>(order.length);
        for (int index : order) {
            cells.add(canonical[index]);
        }
        csv.row(cells);
    }

    @Override
    public long indicatorRows() {
        return csv.rows();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
