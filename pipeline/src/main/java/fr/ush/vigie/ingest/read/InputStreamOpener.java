package fr.ush.vigie.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Opens a fresh stream on one input file, from the start. Serializable because the reader runs on Spark executors
 * (the opener typically wraps a Hadoop {@code FileSystem} path); the reader may call it more than once per file,
 * since encoding detection needs a full pass before parsing can start without holding the file in memory.
 */
@FunctionalInterface
public interface InputStreamOpener extends Serializable {
    InputStream open() throws IOException;
}
