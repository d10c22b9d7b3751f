package fr.ush.vigie.ingest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Optional;

/**
 * Chooses the separator of a text file from its header line (reference.md section 2): {@code ;} when the header holds
 * more semicolons than commas outside quotes (French Excel), {@code ,} otherwise. It peeks at the header with
 * mark/reset, so that the tokenizer then reads the file from its start and keeps exact line numbers.
 */
final class SeparatorDetector {

    /**
     * A header longer than this is not a header: the file is probably not a table at all. The reader given to
     * {@link #detect} must buffer at least this much, so that mark/reset never grows its buffer.
     */
    static final int MAX_HEADER_CHARS = 1 << 16;

    private SeparatorDetector() {
    }

    /** The separator, or empty when the file holds no non-blank line. The reader is left where it was. */
    static Optional<Character> detect(String fichier, BufferedReader reader) throws IOException, InputFileException {
        reader.mark(MAX_HEADER_CHARS);
        int semicolons = 0;
        int commas = 0;
        boolean inQuotes = false;
        boolean content = false;
        for (int read = 1; ; read++) {
            int c = reader.read();
            if (c < 0) {
                break;
            }
            if (read >= MAX_HEADER_CHARS) {
                throw new InputFileException(fichier, "en-tête illisible : pas de fin de ligne dans ses "
                        + MAX_HEADER_CHARS + " premiers caractères");
            }
            if (c == '"') {
                // A doubled quote toggles twice, which is right: it does not end the quoted text.
                inQuotes = !inQuotes;
                content = true;
            } else if (inQuotes) {
                continue;
            } else if (c == '\r' || c == '\n') {
                if (content) {
                    break;
                }
            } else if (c == ';') {
                semicolons++;
                content = true;
            } else if (c == ',') {
                commas++;
                content = true;
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        reader.reset();
        if (!content) {
            return Optional.empty();
        }
        return Optional.of(semicolons > commas ? ';' : ',');
    }
}
