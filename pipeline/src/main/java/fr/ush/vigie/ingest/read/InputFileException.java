package fr.ush.vigie.ingest.read;

import java.util.OptionalLong;

/**
 * A fatal input error (exit code 2): a file that is missing, cannot be decoded or whose header lacks required
 * columns. The message names the file, the line and column when known, and what was expected.
 */
public final class InputFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Zero when the error is about the file as a whole (lines start at 1). */
    private final long ligne;
    private final String fichier;

    public InputFileException(String fichier, String message) {
        super(fichier + " : " + message);
        this.fichier = fichier;
        this.ligne = 0;
    }

    public InputFileException(String fichier, String message, Throwable cause) {
        super(fichier + " : " + message, cause);
        this.fichier = fichier;
        this.ligne = 0;
    }

    /** An error located at a line of the file (an .xlsx file: a spreadsheet row number). */
    public InputFileException(String fichier, long ligne, String message) {
        super(fichier + ", ligne " + ligne + " : " + message);
        this.fichier = fichier;
        this.ligne = ligne;
    }

    public String fichier() {
        return fichier;
    }

    /** The line the error is about, if it is about one. */
    public OptionalLong ligne() {
        return ligne > 0 ? OptionalLong.of(ligne) : OptionalLong.empty();
    }
}
