package fr.ush.vigie.ingest.read;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/** Opening an input file, telling a missing file (the user's problem) from a failing storage (the platform's). */
final class InputStreams {

    private InputStreams() {
    }

    static InputStream open(String fichier, InputStreamOpener opener) throws InputFileException {
        try {
            return opener.open();
        } catch (FileNotFoundException | NoSuchFileException e) {
            throw new InputFileException(fichier, "fichier introuvable", e);
        } catch (IOException e) {
            throw new UncheckedIOException(fichier + " : ouverture impossible : " + e.getMessage(), e);
        }
    }

    /** Closes after a failure without hiding it. */
    static void closeAfterFailure(AutoCloseable resource, Throwable failure) {
        try {
            resource.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }
}
