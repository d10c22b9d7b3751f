package fr.ush.vigie.ingest.read;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 tokenizer that tracks physical line numbers, because a record's {@code ligne} is the line where it
 * starts and quoted fields may span lines. Line endings may be CRLF, LF or a lone CR (old Mac exports).
 *
 * <p>It is lenient where office tools are sloppy, rather than rejecting the row: spaces before an opening quote are
 * dropped (values are trimmed anyway), a quote inside an unquoted field is kept as text, and text after a closing
 * quote is appended to the field (as Excel does). Whitespace-only lines are skipped; a line of separators is not
 * blank, it is a row of empty fields.
 */
public final class CsvTokenizer {

    /**
     * Past this many characters a record is cut and flagged: an unclosed quote early in a 1 GB file would otherwise
     * pull the rest of the file into one field and exhaust the executor's memory.
     */
    static final int MAX_RECORD_CHARS = 1 << 20;

    static final String UNCLOSED_QUOTE = "guillemet non fermé";
    static final String TOO_LONG = "enregistrement de plus de " + MAX_RECORD_CHARS + " caractères, tronqué";

    private enum State { UNQUOTED, QUOTED, AFTER_CLOSING_QUOTE }

    private final Reader in;
    private final char separator;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private boolean afterCr;

    /** Per-record state, reset by {@link #readRecord()}. */
    private final StringBuilder field = new StringBuilder();
    private List<String> fields;
    private boolean fieldHasText;
    private boolean quoted;
    private int recordChars;

    public CsvTokenizer(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /** The next non-blank record, or null at end of input. */
    public CsvRow next() throws IOException {
        while (true) {
            CsvRow row = readRecord();
            if (row == null || !isBlank(row)) {
                return row;
            }
        }
    }

    private boolean isBlank(CsvRow row) {
        return !quoted && row.fields().size() == 1 && row.fields().get(0).isBlank();
    }

    private CsvRow readRecord() throws IOException {
        long start = line;
        int c = read();
        if (c < 0) {
            return null;
        }
        fields = new ArrayList<>();
        field.setLength(0);
        fieldHasText = false;
        quoted = false;
        recordChars = 0;
        State state = State.UNQUOTED;
        for (; ; c = read()) {
            recordChars++;
            if (state == State.QUOTED) {
                if (c < 0) {
                    endField();
                    return row(start, UNCLOSED_QUOTE);
                }
                if (c == '"') {
                    state = State.AFTER_CLOSING_QUOTE;
                } else {
                    append((char) c);
                }
                continue;
            }
            if (state == State.AFTER_CLOSING_QUOTE && c == '"') {
                append('"');
                state = State.QUOTED;
                continue;
            }
            if (c < 0 || c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                endField();
                return row(start, recordChars > MAX_RECORD_CHARS ? TOO_LONG : null);
            }
            if (c == separator) {
                endField();
                state = State.UNQUOTED;
            } else if (c == '"' && state == State.UNQUOTED && !fieldHasText) {
                field.setLength(0);
                // From here on the field has content, even if empty: a later quote in it is text.
                fieldHasText = true;
                quoted = true;
                state = State.QUOTED;
            } else {
                append((char) c);
                state = State.UNQUOTED;
            }
        }
    }

    private void append(char c) {
        if (recordChars <= MAX_RECORD_CHARS) {
            field.append(c);
        }
        fieldHasText |= !Character.isWhitespace(c);
    }

    private void endField() {
        if (recordChars <= MAX_RECORD_CHARS) {
            fields.add(field.toString());
        }
        field.setLength(0);
        fieldHasText = false;
    }

    private CsvRow row(long start, String erreur) {
        return new CsvRow(start, fields, erreur);
    }

    private int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        char c = buffer[position++];
        // A line ends at CR, at LF, or at CRLF counted once.
        if (c == '\r' || (c == '\n' && !afterCr)) {
            line++;
        }
        afterCr = c == '\r';
        return c;
    }

    private int peek() throws IOException {
        return fill() ? buffer[position] : -1;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int read = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }
}
