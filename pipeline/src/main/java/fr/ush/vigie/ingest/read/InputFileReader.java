package fr.ush.vigie.ingest.read;

import fr.ush.vigie.model.Source;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads one input file into {@link RawRecord}s, untyped (reference.md section 2): the format follows the file name
 * ({@code .xlsx}: first sheet of a workbook; anything else: delimited text). The file-level checks (encoding, header)
 * run before this returns; the rows are read lazily, as the iterator is consumed.
 */
public final class InputFileReader {

    private InputFileReader() {
    }

    /**
     * @param source the kind of file, which gives the canonical columns of the records
     * @param fichier the path relative to the input folder, as it should appear in records and messages
     * @param opener  opens the file from its start; it may be called more than once
     * @throws InputFileException when the file is missing, undecodable, empty, or its header lacks a required
     *                            column or repeats one
     */
    public static CloseableRecordIterator open(Source source, String fichier, InputStreamOpener opener)
            throws InputFileException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fichier, "fichier");
        Objects.requireNonNull(opener, "opener");
        if (fichier.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return XlsxFileReader.open(source, fichier, opener);
        }
        return TextFileReader.open(source, fichier, opener);
    }
}
