package fr.ush.vigie.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The exclusive hold of one run on a warehouse: the file {@code _lock} (see {@link LockInfo}), created atomically
 * and touched every {@link #HEARTBEAT} by a daemon thread. Closing it releases the warehouse.
 *
 * <p>A lock left by a run that was killed does not block the next one: it is stale when it was written on this
 * host by a process that no longer exists, or when it has not been touched for {@link #STALE_AFTER} (a run on
 * another host, or a pid that cannot be checked). A stale lock is first renamed aside, under a unique name, and
 * only deleted once checked to be the one judged stale: two runs taking over at the same time cannot both
 * delete, and neither removes the fresh lock of the other.
 */
public final class RunLock implements AutoCloseable {
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    /** Enough for contenders racing over one stale lock; more means something keeps creating and deleting it. */
    private static final int MAX_ATTEMPTS = 10;

    private final WarehouseStore store;
    private final LockInfo info;
    private final byte[] content;
    private final LockInfo replaced;
    private final ScheduledExecutorService heartbeat;
    private volatile boolean lost;
    private boolean closed;

    private RunLock(WarehouseStore store, LockInfo info, byte[] content, LockInfo replaced) {
        this.store = store;
        this.info = info;
        this.content = content;
        this.replaced = replaced;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "vigie-verrou-" + info.runId());
            thread.setDaemon(true);
            return thread;
        });
        long period = HEARTBEAT.toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    /** Takes the lock, taking over a stale one; {@code warehouse} names the folder in messages. */
    static RunLock acquire(WarehouseStore store, String warehouse, String runId)
            throws WarehouseBusyException, IOException {
        LockInfo mine = LockInfo.ofThisProcess(runId);
        byte[] content = mine.toJson();
        LockInfo replaced = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (store.createExclusive(WarehouseLayout.LOCK, content)) {
                return new RunLock(store, mine, content, replaced);
            }
            Optional<HeldLock> held = HeldLock.observe(store);
            if (held.isEmpty()) {
                continue;
            }
            if (!held.get().isStale(Instant.now())) {
                throw held.get().busy(warehouse);
            }
            if (setAside(store, held.get())) {
                replaced = held.get().info().orElse(null);
            }
        }
        throw new WarehouseBusyException("entrepôt " + warehouse + " : le verrou " + WarehouseLayout.LOCK
                + " change sans cesse de main, d'autres runs le disputent ; réessayez plus tard", null);
    }

    /** Removes the stale lock, unless it was replaced between our look and our move: then it is put back. */
    private static boolean setAside(WarehouseStore store, HeldLock stale) throws IOException {
        String aside = WarehouseLayout.tempSibling(WarehouseLayout.LOCK);
        try {
            store.moveReplacing(WarehouseLayout.LOCK, aside);
        } catch (NoSuchFileException e) {
            return false;
        }
        Optional<byte[]> moved = store.read(aside);
        boolean same = moved.isPresent() && Arrays.equals(moved.get(), stale.content())
                && store.stamp(aside).equals(Optional.of(stale.stamp()));
        if (!same) {
            // A contender's fresh lock, or the stale holder touched it after all: give it back. If yet another
            // run took the place meanwhile, the holder of the set-aside lock learns it at its next heartbeat.
            store.moveIfAbsent(aside, WarehouseLayout.LOCK);
        }
        store.delete(aside);
        return same;
    }

    public String runId() {
        return info.runId();
    }

    public LockInfo info() {
        return info;
    }

    /** The stale lock of a killed run that this one replaced, to be mentioned to the user. */
    public Optional<LockInfo> replacedStaleLock() {
        return Optional.ofNullable(replaced);
    }

    /** Whether the lock file is still this run's: false once closed, or if another run took it over. */
    public synchronized boolean isHeld() {
        try {
            return !closed && !lost && stillOurs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the heartbeat and deletes the lock file, if it is still ours. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        heartbeat.shutdownNow();
        try {
            heartbeat.awaitTermination(1, TimeUnit.SECONDS);
            if (stillOurs()) {
                store.delete(WarehouseLayout.LOCK);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One heartbeat: touches the lock while it is ours, stops for good once it is not. */
    void beat() {
        try {
            if (stillOurs()) {
                store.touch(WarehouseLayout.LOCK, Instant.now());
            } else {
                lost = true;
                heartbeat.shutdown();
            }
        } catch (IOException | RuntimeException e) {
            // Transient (a network disk hiccup): the next beat tries again. Only after STALE_AFTER without a
            // beat may another run take over, and then stillOurs() reports it.
        }
    }

    private boolean stillOurs() throws IOException {
        return store.read(WarehouseLayout.LOCK).map(held -> Arrays.equals(held, content)).orElse(false);
    }

    /** A lock found in place: its bytes and stamp read together, so that a judgement is about one file. */
    private record HeldLock(byte[] content, WarehouseStore.Stamp stamp, Optional<LockInfo> info) {

        static Optional<HeldLock> observe(WarehouseStore store) throws IOException {
            Optional<WarehouseStore.Stamp> before = store.stamp(WarehouseLayout.LOCK);
            Optional<byte[]> content = store.read(WarehouseLayout.LOCK);
            Optional<WarehouseStore.Stamp> after = store.stamp(WarehouseLayout.LOCK);
            if (before.isEmpty() || content.isEmpty() || !before.equals(after)) {
                return Optional.empty();
            }
            return Optional.of(new HeldLock(content.get(), before.get(), LockInfo.parse(content.get())));
        }

        boolean isStale(Instant now) {
            if (stamp.lastModified().plus(STALE_AFTER).isBefore(now)) {
                return true;
            }
            return info.filter(holder -> holder.host().equals(LockInfo.localHost()))
                    .map(holder -> !holder.holderAliveHere())
                    .orElse(false);
        }

        WarehouseBusyException busy(String warehouse) {
            long silence = Math.max(0, Duration.between(stamp.lastModified(), Instant.now()).toSeconds());
            String retry = " ; un verrou sans signe de vie depuis " + STALE_AFTER.toMinutes()
                    + " minutes est considéré comme abandonné (dernier signe de vie il y a " + silence + " s)";
            if (info.isEmpty()) {
                return new WarehouseBusyException("entrepôt " + warehouse + " occupé : son verrou "
                        + WarehouseLayout.LOCK + " est illisible" + retry, null);
            }
            LockInfo holder = info.get();
            return new WarehouseBusyException("entrepôt " + warehouse + " occupé par le run " + holder.runId()
                    + " (pid " + holder.pid() + " sur " + holder.host() + ", depuis " + holder.startedAt() + ")"
                    + retry, holder);
        }
    }
}
