package fr.ush.vigie.ingest.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Iterates the records of a file row by row. A row may yield several records (wide autodiagnostics) or none, so the
 * records of the current row wait in a small queue. Resources are released at exhaustion too, because Spark
 * consumes partitions with plain iterators and may never call {@link #close()}.
 */
abstract class RowRecordIterator implements CloseableRecordIterator {

    private final String fichier;
    private final Deque<RawRecord> pending = new ArrayDeque<>();
    private boolean closed;

    RowRecordIterator(String fichier) {
        this.fichier = fichier;
    }

    /** The records of the next data row, possibly none; null after the last row. */
    protected abstract List<RawRecord> nextRow() throws IOException;

    /** Releases the underlying stream or workbook; called once. */
    protected abstract void release() throws IOException;

    @Override
    public final boolean hasNext() {
        while (pending.isEmpty() && !closed) {
            List<RawRecord> row = read();
            if (row == null) {
                closeUnchecked();
            } else {
                pending.addAll(row);
            }
        }
        return !pending.isEmpty();
    }

    @Override
    public final RawRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException(fichier);
        }
        return pending.removeFirst();
    }

    @Override
    public final void close() throws IOException {
        if (!closed) {
            closed = true;
            pending.clear();
            release();
        }
    }

    private List<RawRecord> read() {
        try {
            return nextRow();
        } catch (IOException e) {
            UncheckedIOException failure =
                    new UncheckedIOException(fichier + " : lecture interrompue : " + e.getMessage(), e);
            InputStreams.closeAfterFailure(this, failure);
            throw failure;
        }
    }

    private void closeUnchecked() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(fichier + " : fermeture impossible : " + e.getMessage(), e);
        }
    }
}
