package fr.ush.vigie.ingest.read;

import fr.ush.vigie.model.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads a delimited text file in two passes over the stream: one to detect its encoding, one to parse it. Memory
 * stays flat: one record at a time.
 */
final class TextFileReader extends RowRecordIterator {

    private final BufferedReader reader;
    private final CsvTokenizer tokenizer;
    private final RowMapper mapper;

    private TextFileReader(String fichier, BufferedReader reader, CsvTokenizer tokenizer, RowMapper mapper) {
        super(fichier);
        this.reader = reader;
        this.tokenizer = tokenizer;
        this.mapper = mapper;
    }

    /** Checks the encoding and the header now, so that a fatal error surfaces before any row is read. */
    static CloseableRecordIterator open(Source source, String fichier, InputStreamOpener opener)
            throws InputFileException {
        DetectedEncoding encoding;
        try {
            encoding = EncodingDetector.detect(fichier, opener);
        } catch (IOException e) {
            throw new UncheckedIOException(fichier + " : lecture impossible : " + e.getMessage(), e);
        }
        InputStream in = InputStreams.open(fichier, opener);
        try {
            BufferedReader reader = new BufferedReader(encoding.reader(in), SeparatorDetector.MAX_HEADER_CHARS);
            char separator = SeparatorDetector.detect(fichier, reader).orElseThrow(() -> emptyFile(source, fichier));
            CsvTokenizer tokenizer = new CsvTokenizer(reader, separator);
            CsvRow header = tokenizer.next();
            if (header == null) {
                throw emptyFile(source, fichier);
            }
            if (header.erreur() != null) {
                throw new InputFileException(fichier, header.ligne(), "en-tête illisible : " + header.erreur());
            }
            RowMapper mapper = HeaderMapping.parse(source, fichier, header.ligne(), header.fields());
            return new TextFileReader(fichier, reader, tokenizer, mapper);
        } catch (InputFileException | RuntimeException e) {
            InputStreams.closeAfterFailure(in, e);
            throw e;
        } catch (IOException e) {
            UncheckedIOException failure =
                    new UncheckedIOException(fichier + " : lecture impossible : " + e.getMessage(), e);
            InputStreams.closeAfterFailure(in, failure);
            throw failure;
        }
    }

    private static InputFileException emptyFile(Source source, String fichier) {
        return new InputFileException(fichier, "fichier vide, en-tête attendu : " + HeaderMapping.expectedHeader(source));
    }

    @Override
    protected List<RawRecord> nextRow() throws IOException {
        CsvRow row = tokenizer.next();
        if (row == null) {
            return null;
        }
        String erreur = row.erreur();
        if (erreur == null && row.fields().size() != mapper.width()) {
            erreur = mapper.fieldCountError(row.fields().size());
        }
        return mapper.map(row.ligne(), row.fields(), erreur);
    }

    @Override
    protected void release() throws IOException {
        reader.close();
    }
}
