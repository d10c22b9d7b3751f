package fr.ush.vigie.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.sql.SparkSession;

/**
 * Pieces of Spark work run side by side on a few driver threads, each in its own pool of the fair scheduler (see
 * {@link SparkSessions#usePool}), each as soon as the pieces it needs are done. On two cores a piece on small data
 * is mostly the driver planning and compiling its queries: run one at a time, such pieces leave the executors
 * idle.
 *
 * <p>A piece's result may depend only on the results of the pieces it names as prerequisites, never on the
 * order pieces finish in. Results come back in declaration order; the first failure in that order is the run's
 * (the others are waited for, so that nothing still runs when it is thrown), but an {@link Error} is thrown at
 * once.
 *
 * @param <K> what names a piece
 * @param <V> what a piece gives
 */
public final class SideBySide<K, V> {
    private final SparkSession spark;
    private final int threads;
    private final Map<K, Piece<K, V>> pieces = new LinkedHashMap<>();

    /** A piece of work, named by {@code key}, run in the fair-scheduler pool {@code pool} after {@code after}. */
    private record Piece<K, V>(K key, String pool, List<K> after, Callable<V> work) {
    }

    public SideBySide(SparkSession spark, int threads) {
        this.spark = spark;
        this.threads = threads;
    }

    /**
     * Adds a piece, run once every piece of {@code after} (added before it) is done.
     *
     * @throws IllegalArgumentException when a prerequisite was not added before
     */
    public SideBySide<K, V> add(K key, String pool, List<K> after, Callable<V> work) {
        for (K prerequisite : after) {
            if (!pieces.containsKey(prerequisite)) {
                throw new IllegalArgumentException(key + " needs " + prerequisite + ", which is not added before it");
            }
        }
        pieces.put(key, new Piece<>(key, pool, List.copyOf(after), work));
        return this;
    }

    /**
     * Runs every piece.
     *
     * @return each piece's result, in declaration order
     * @throws Exception the first failure in declaration order, as the piece threw it
     */
    public Map<K, V> run() throws Exception {
        ExecutorService lanes = Executors.newFixedThreadPool(threads);
        try {
            Map<K, CompletableFuture<V>> done = new LinkedHashMap<>();
            for (Piece<K, V> piece : pieces.values()) {
                CompletableFuture<?>[] before = piece.after().stream().map(done::get)
                        .toArray(CompletableFuture[]::new);
                done.put(piece.key(), CompletableFuture.allOf(before).thenApplyAsync(ignored -> {
                    SparkSessions.usePool(spark, piece.pool());
                    try {
                        return piece.work().call();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                }, lanes));
            }
            return results(done);
        } finally {
            lanes.shutdownNow();
        }
    }

    private Map<K, V> results(Map<K, CompletableFuture<V>> done) throws Exception {
        Map<K, V> results = new LinkedHashMap<>();
        List<Exception> failures = new ArrayList<>();
        for (Map.Entry<K, CompletableFuture<V>> piece : done.entrySet()) {
            try {
                results.put(piece.getKey(), piece.getValue().join());
            } catch (CompletionException | CancellationException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof Error error) {
                    throw error;
                }
                failures.add(cause instanceof Exception exception ? exception : new IllegalStateException(cause));
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return results;
    }
}
