package fr.ush.vigie.generate;

import fr.ush.vigie.ingest.validate.ReasonCode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one delimited text file row by row (streaming), quoting per RFC 4180 only the cells that need it.
 * A character the charset cannot encode fails the write instead of turning into {@code ?}: the generator
 * must never produce a file whose text differs from what it meant.
 */
final class CsvWriter implements Closeable {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvFormat format;
    private final Writer out;
    private final BadRows badRows;
    private long rows;

    private CsvWriter(CsvFormat format, Writer out, BadRows badRows) {
        this.format = format;
        this.out = out;
        this.badRows = badRows;
    }

    /** Creates (or replaces) the file, its parent folders included, and writes the header. */
    static CsvWriter open(Path file, CsvFormat format, List<String> header) throws IOException {
        return open(file, format, header, null);
    }

    /** The same, with {@code badRows} (or null) adding rule-breaking rows after the valid ones. */
    static CsvWriter open(Path file, CsvFormat format, List<String> header, BadRows badRows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputStream stream = Files.newOutputStream(file);
        if (format.bom()) {
            stream.write(UTF8_BOM);
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, format.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        CsvWriter csv = new CsvWriter(format, writer, badRows);
        csv.writeLine(header);
        return csv;
    }

    CsvFormat format() {
        return format;
    }

    /** Writes one data row, then the bad rows drawn after it if any; {@code null} cells are written empty. */
    void row(List<String> cells) throws IOException {
        writeLine(cells);
        rows++;
        if (badRows != null) {
            for (ReasonCode reason : badRows.draw()) {
                writeLine(badRows.corrupt(cells, reason));
                badRows.count(reason, 1);
                rows++;
            }
        }
    }

    void row(String... cells) throws IOException {
        row(List.of(nullsAsEmpty(cells)));
    }

    /** The injector of bad rows, or null. */
    BadRows badRows() {
        return badRows;
    }

    /** Data rows written so far (the header excluded), bad rows included. */
    long rows() {
        return rows;
    }

    private void writeLine(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(format.separator());
            }
            writeCell(cells.get(i));
        }
        out.write(format.lineEnd());
    }

    private void writeCell(String cell) throws IOException {
        if (cell == null || cell.isEmpty()) {
            return;
        }
        if (needsQuotes(cell)) {
            out.write('"');
            out.write(cell.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(cell);
        }
    }

    private boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == format.separator() || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private static String[] nullsAsEmpty(String[] cells) {
        String[] copy = cells.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                copy[i] = "";
            }
        }
        return copy;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
