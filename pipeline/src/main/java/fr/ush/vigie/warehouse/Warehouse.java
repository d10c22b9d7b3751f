package fr.ush.vigie.warehouse;

import static fr.ush.vigie.warehouse.WarehouseLayout.CURRENT;
import static fr.ush.vigie.warehouse.WarehouseLayout.LOCK;
import static fr.ush.vigie.warehouse.WarehouseLayout.MARTS;
import static fr.ush.vigie.warehouse.WarehouseLayout.PUBLISHED;
import static fr.ush.vigie.warehouse.WarehouseLayout.REJETS;
import static fr.ush.vigie.warehouse.WarehouseLayout.RUNS;
import static fr.ush.vigie.warehouse.WarehouseLayout.STAGING;
import static fr.ush.vigie.warehouse.WarehouseLayout.VERSIONS;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A warehouse folder (CONTRACT section 5) and its atomic publication. A run writes a whole new version under
 * {@code _versions/<run_id>/} and, only on success, swaps the link {@code current} to it with one rename; the
 * contract paths {@code staging/}, {@code marts/} and {@code rejets/} are links through {@code current}, so they
 * switch together. A run killed at any moment leaves the previously published version in place; its leftovers
 * are removed by the next run ({@link #cleanLeftovers()}). See {@link WarehouseLayout} for the names.
 *
 * <p>A run goes: {@link #lock} (creates the folder if needed), {@link #cleanLeftovers}, {@link #newVersion},
 * Spark writes to {@link #versionStaging}, {@link #versionMarts}, {@link #versionRejets}, {@link #publish} on
 * success, {@link #writeLedger} in every case, then closes the lock. Readers use {@link #stagingDir},
 * {@link #martsDir}, {@link #rejetsDir}, or {@link #publishedVersionDir()} to pin one version during a long read.
 */
public final class Warehouse {
    /**
     * A temporary file of someone else than the lock holder (a run trying to lock, a ledger being written) lives
     * for milliseconds: one older than this was left by a killed process.
     */
    private static final Duration ABANDONED_TEMP_AGE = Duration.ofMinutes(1);
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    private final Path root;
    private final WarehouseStore store;

    /** A local path ({@code target/vigie/warehouse}) or a {@code file:} URI. */
    public Warehouse(String location) {
        this(toLocalPath(location));
    }

    public Warehouse(Path dir) {
        this(dir, new LocalWarehouseStore(dir.toAbsolutePath().normalize()));
    }

    /** With another store over the same folder (tests pause it to be killed at precise steps). */
    Warehouse(Path dir, WarehouseStore store) {
        this.root = dir.toAbsolutePath().normalize();
        this.store = store;
    }

    public Path root() {
        return root;
    }

    /**
     * Refuses a folder that exists and is not a Vigie warehouse (an older layout's real {@code staging} folder,
     * unrelated files): such a folder is never modified.
     */
    public void checkLayout() throws WarehouseLayoutException, IOException {
        List<String> problems = WarehouseLayout.problems(store);
        if (!problems.isEmpty()) {
            throw new WarehouseLayoutException("Le dossier " + root + " n'est pas un entrepôt Vigie : "
                    + String.join(" ; ", problems) + ". Rien n'y a été modifié : déplacez-le ou videz-le, "
                    + "ou choisissez un autre dossier avec --warehouse.");
        }
    }

    /**
     * Takes the warehouse for a run, creating the folder on first use. A stale lock of a killed run is taken
     * over ({@link RunLock#replacedStaleLock()}).
     *
     * @throws WarehouseBusyException   another live run holds it; the message names that run
     * @throws WarehouseLayoutException the folder is not a Vigie warehouse
     */
    public RunLock lock(String runId) throws WarehouseException, IOException {
        RunIds.requireValid(runId);
        checkLayout();
        store.createDirectories(VERSIONS);
        store.createDirectories(RUNS);
        RunLock lock = RunLock.acquire(store, root.toString(), runId);
        try {
            createPublishedLinks();
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        return lock;
    }

    /** The run holding the lock, if any (and if its lock is readable). */
    public Optional<String> lockHolder() throws IOException {
        return store.read(LOCK).flatMap(LockInfo::parse).map(LockInfo::runId);
    }

    /**
     * Deletes what killed runs left: every version but the published one and the lock holder's, and temporary
     * files and links. To be called once the lock is held.
     */
    public void cleanLeftovers() throws IOException {
        Set<String> keep = new HashSet<>();
        publishedRunId().ifPresent(keep::add);
        lockHolder().ifPresent(keep::add);
        for (String name : store.list(VERSIONS)) {
            if (!keep.contains(name)) {
                store.deleteRecursively(VERSIONS + "/" + name);
            }
        }
        Instant abandoned = Instant.now().minus(ABANDONED_TEMP_AGE);
        for (String dir : List.of("", RUNS)) {
            for (String name : store.list(dir)) {
                String path = dir.isEmpty() ? name : dir + "/" + name;
                if (WarehouseLayout.isTemp(name) && (isPublishTemp(name) || olderThan(path, abandoned))) {
                    store.deleteRecursively(path);
                }
            }
        }
    }

    /** Only the lock holder publishes, and it is the caller: any publication link is a killed run's. */
    private static boolean isPublishTemp(String name) {
        return name.startsWith("." + CURRENT + ".");
    }

    private boolean olderThan(String path, Instant limit) throws IOException {
        return store.stamp(path).map(stamp -> stamp.lastModified().isBefore(limit)).orElse(false);
    }

    /**
     * Creates the empty version folder of a run, with {@code staging/} and {@code marts/} (the parents of the
     * tables), and returns it. {@code rejets/} is left for the writer to create: Spark refuses to write a table
     * into a folder that exists. The run must hold the lock.
     */
    public Path newVersion(String runId) throws IOException {
        requireLockHeldBy(runId);
        if (publishedRunId().filter(runId::equals).isPresent()) {
            throw new IllegalStateException("la version du run " + runId + " est déjà publiée : elle ne peut être "
                    + "réécrite");
        }
        String version = WarehouseLayout.version(runId);
        store.deleteRecursively(version);
        store.createDirectories(version + "/" + STAGING);
        store.createDirectories(version + "/" + MARTS);
        return versionDir(runId);
    }

    /**
     * Makes a run's version the published one in one atomic step (a link renamed over {@code current}), then
     * deletes the older versions. The run must hold the lock.
     */
    public void publish(String runId) throws IOException {
        requireLockHeldBy(runId);
        String version = WarehouseLayout.version(runId);
        if (store.kind(version) != WarehouseStore.Kind.DIRECTORY) {
            throw new IllegalStateException("rien à publier : la version " + versionDir(runId) + " n'existe pas");
        }
        for (String name : PUBLISHED) {
            // A published version has all three folders, so that the contract paths always lead somewhere.
            store.createDirectories(version + "/" + name);
        }
        createPublishedLinks();
        String temp = WarehouseLayout.currentTemp(runId);
        store.delete(temp);
        store.createSymlink(temp, version);
        store.moveReplacing(temp, CURRENT);
        for (String name : store.list(VERSIONS)) {
            if (!name.equals(runId)) {
                store.deleteRecursively(VERSIONS + "/" + name);
            }
        }
    }

    /** The run whose version is published, or empty before the first publication. */
    public Optional<String> publishedRunId() throws IOException {
        return store.readSymlink(CURRENT).map(WarehouseLayout::runIdOfTarget);
    }

    /**
     * The published version's own folder, to read one version throughout even if a run publishes meanwhile
     * (the contract paths follow each publication).
     */
    public Optional<Path> publishedVersionDir() throws IOException {
        return publishedRunId().map(this::versionDir);
    }

    /** {@code DIR/staging/<table>}: the published staging table. */
    public Path stagingDir(String table) {
        return root.resolve(STAGING).resolve(table);
    }

    /** {@code DIR/marts/<table>}: the published mart. */
    public Path martsDir(String table) {
        return root.resolve(MARTS).resolve(table);
    }

    /** {@code DIR/rejets}: the published rejects. */
    public Path rejetsDir() {
        return root.resolve(REJETS);
    }

    /** {@code DIR/_versions/<run_id>}: a run's version, published or not. */
    public Path versionDir(String runId) {
        return root.resolve(VERSIONS).resolve(RunIds.requireValid(runId));
    }

    /** Where a run writes a staging table. */
    public Path versionStaging(String runId, String table) {
        return versionDir(runId).resolve(STAGING).resolve(table);
    }

    /** Where a run writes a mart. */
    public Path versionMarts(String runId, String table) {
        return versionDir(runId).resolve(MARTS).resolve(table);
    }

    /** Where a run writes its rejects. */
    public Path versionRejets(String runId) {
        return versionDir(runId).resolve(REJETS);
    }

    /** {@code DIR/_runs/<run_id>.json}. */
    public Path ledgerPath(String runId) {
        return root.resolve(WarehouseLayout.ledger(RunIds.requireValid(runId)));
    }

    /** Writes (or replaces) a run's ledger atomically: it is never seen half-written. */
    public void writeLedger(RunLedger ledger) throws IOException {
        store.createDirectories(RUNS);
        store.writeAtomically(WarehouseLayout.ledger(ledger.runId()),
                ledger.toJson().getBytes(StandardCharsets.UTF_8));
    }

    public Optional<RunLedger> ledger(String runId) throws IOException {
        Optional<byte[]> json = store.read(WarehouseLayout.ledger(RunIds.requireValid(runId)));
        return json.isEmpty() ? Optional.empty() : Optional.of(RunLedger.fromJson(json.get()));
    }

    /** Every ledger, oldest run first (run ids sort by start time). */
    public List<RunLedger> ledgers() throws IOException {
        List<RunLedger> ledgers = new ArrayList<>();
        for (String name : store.list(RUNS)) {
            if (!WarehouseLayout.isTemp(name) && name.endsWith(".json")) {
                store.read(RUNS + "/" + name).ifPresent(json -> ledgers.add(parseLedger(name, json)));
            }
        }
        return ledgers;
    }

    private RunLedger parseLedger(String name, byte[] json) {
        try {
            return RunLedger.fromJson(json);
        } catch (IOException e) {
            throw new IllegalStateException("journal de run illisible : " + root.resolve(RUNS).resolve(name), e);
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }

    private void requireLockHeldBy(String runId) throws IOException {
        RunIds.requireValid(runId);
        Optional<String> holder = lockHolder();
        if (holder.filter(runId::equals).isEmpty()) {
            throw new IllegalStateException("le run " + runId + " ne détient pas le verrou de l'entrepôt " + root
                    + holder.map(h -> " (détenu par le run " + h + ")").orElse(" (libre)")
                    + " : il ne peut y écrire");
        }
    }

    /** The contract paths: links through {@code current}, created once and never changed. */
    private void createPublishedLinks() throws IOException {
        for (String name : PUBLISHED) {
            if (store.kind(name) == WarehouseStore.Kind.MISSING) {
                store.createSymlink(name, WarehouseLayout.publishedTarget(name));
            }
        }
    }

    private static Path toLocalPath(String location) {
        if (!URI_SCHEME.matcher(location).matches()) {
            return Path.of(location);
        }
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("entrepôt « " + location + " » : URI invalide (" + e.getReason()
                    + ")", e);
        }
        if (!"file".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("entrepôt « " + location + " » : seuls les dossiers locaux (chemin "
                    + "ou URI file://) sont pris en charge pour l'instant, pas " + uri.getScheme() + "://");
        }
        try {
            return Path.of(uri);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("entrepôt « " + location + " » : URI file: inutilisable ("
                    + e.getMessage() + ")", e);
        }
    }
}
