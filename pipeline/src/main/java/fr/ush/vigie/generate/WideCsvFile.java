package fr.ush.vigie.generate;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A grid typed in a spreadsheet and saved as CSV: one row per autodiagnostic, one column per indicator. */
final class WideCsvFile implements AutodiagnosticFile {
    private final CsvWriter csv;
    private final Grille grille;
    private long indicatorRows;

    WideCsvFile(Path file, CsvFormat format, Grille grille) throws IOException {
        this.grille = grille;
        this.csv = CsvWriter.open(file, format, header(grille));
    }

    static List<String> header(Grille grille) {
        List<String> header = new ArrayList<>(Source.WIDE_FIXED_COLUMNS);
        for (Grille.Indicateur indicateur : grille.indicateurs()) {
            header.add(indicateur.code());
        }
        return header;
    }

    @Override
    public void write(String autodiagnosticId, String siteId, LocalDate date, int[] niveaux, Rng comments)
            throws IOException {
        List<String> cells = new ArrayList<>(4 + niveaux.length);
        cells.add(autodiagnosticId);
        cells.add(siteId);
        cells.add(csv.format().date(date));
        cells.add(grille.version());
        for (int niveau : niveaux) {
            cells.add(niveau < 0 ? "" : Integer.toString(niveau));
            if (niveau >= 0) {
                indicatorRows++;
            }
        }
        csv.row(cells);
    }

    @Override
    public void writeCells(List<String> cells) throws IOException {
        csv.row(cells);
        indicatorRows += cells.subList(Source.WIDE_FIXED_COLUMNS.size(), cells.size()).stream()
                .filter(cell -> !cell.isEmpty()).count();
    }

    @Override
    public long indicatorRows() {
        return indicatorRows;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
