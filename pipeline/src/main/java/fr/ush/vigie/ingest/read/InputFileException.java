package fr.ush.vigie.ingest.read;

/**
 * A fatal input error (exit code 2): a file that is missing, cannot be decoded or whose header lacks required
 * columns. The message names the file, the line and column when known, and what was expected.
 */
public final class InputFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String fichier;

    public InputFileException(String fichier, String message) {
        super(fichier + " : " + message);
        this.fichier = fichier;
    }

    public InputFileException(String fichier, String message, Throwable cause) {
        super(fichier + " : " + message, cause);
        this.fichier = fichier;
    }

    public String fichier() {
        return fichier;
    }
}
