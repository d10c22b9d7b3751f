package fr.ush.vigie.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** One autodiagnostics file being written, whatever its shape; one call per autodiagnostic. */
interface AutodiagnosticFile extends Closeable {

    /**
     * @param niveaux  one level per indicator of the grid, {@code -1} for not assessed
     * @param comments draws the occasional comment of a long file
     */
    void write(String autodiagnosticId, String siteId, LocalDate date, int[] niveaux, Rng comments)
            throws IOException;

    /**
     * A row given as text, for the bad rows of {@code --bad-rows}: the four fixed cells of the wide layout,
     * then one level per indicator ({@code ""} for not assessed), written as they are.
     */
    void writeCells(List<String> cells) throws IOException;

    /** Indicator rows written so far (filled cells: how the contract counts rows). */
    long indicatorRows();

    static AutodiagnosticFile open(Path file, AutodiagnosticShape shape, Grille grille) throws IOException {
        if (shape == AutodiagnosticShape.WIDE_XLSX) {
            return new WideXlsxFile(file, grille);
        }
        return shape.wide() ? new WideCsvFile(file, shape.csvFormat(), grille)
                : new LongCsvFile(file, shape.csvFormat(), grille, shape == AutodiagnosticShape.LONG_CSV_WINDOWS_1252);
    }
}
