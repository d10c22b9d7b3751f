package fr.ush.vigie.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Reads run a few at a time on their own threads. A read's result, or its failure as it was thrown, comes once
 * every read started is over: none still runs when the caller goes on, nor when it gets a failure.
 */
final class ConcurrentReads implements AutoCloseable {
    private final ExecutorService threads;
    private final List<CompletableFuture<?>> started = new ArrayList<>();

    ConcurrentReads(int atOnce) {
        threads = Executors.newFixedThreadPool(atOnce);
    }

    /** Starts a read; its result comes from {@link Read#get}. */
    <T> Read<T> start(Supplier<T> read) {
        CompletableFuture<T> running = CompletableFuture.supplyAsync(read, threads);
        started.add(running);
        return new Read<>(running, this);
    }

    private void awaitAll() {
        CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).handle((done, failure) -> null).join();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    /** A read started by {@link ConcurrentReads#start}. */
    static final class Read<T> {
        private final CompletableFuture<T> running;
        private final ConcurrentReads reads;

        private Read(CompletableFuture<T> running, ConcurrentReads reads) {
            this.running = running;
            this.reads = reads;
        }

        /** Once every read is over, this one's result, or the exception or error it threw. */
        T get() {
            reads.awaitAll();
            try {
                return running.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
