package fr.ush.vigie.ingest.read;

import java.io.Closeable;
import java.util.Iterator;

/**
 * The records of one input file, read lazily. Fatal I/O errors during iteration surface as
 * {@link java.io.UncheckedIOException}; row-level problems are records with an {@link RawRecord#erreurStructure()}.
 * The underlying stream is released when the iterator is exhausted or closed, whichever comes first.
 */
public interface CloseableRecordIterator extends Iterator<RawRecord>, Closeable {
}
