package fr.ush.vigie.warehouse;

import static fr.ush.vigie.warehouse.WarehouseLayout.CURRENT;
import static fr.ush.vigie.warehouse.WarehouseLayout.LOCK;
import static fr.ush.vigie.warehouse.WarehouseLayout.MARTS;
import static fr.ush.vigie.warehouse.WarehouseLayout.POINTER;
import static fr.ush.vigie.warehouse.WarehouseLayout.PUBLISHED;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;

/**
 * A warehouse folder (CONTRACT section 5) and its atomic publication. A run writes a whole new version under
 * {@code _versions/<run_id>/} and, only on success, swaps the link {@code current} to it with one rename; the
 * contract paths {@code staging/}, {@code marts/} and {@code rejets/} are links through {@code current}, so they
 * switch together. A run killed at any moment leaves the previously published version in place; its leftovers
 * are removed by the next run ({@link #cleanLeftovers()}). See {@link WarehouseLayout} for the names.
 *
 * <p>A run goes: {@link #lock} (creates the folder if needed), {@link #cleanLeftovers}, {@link #newVersion},
 * Spark writes into that {@link WarehouseVersion}, {@link #publish} on success, {@link #writeLedger} in every
 * case, then closes the lock. Readers use {@link #publishedVersion()} to pin one version during a long read.
 *
 * <p>Any Hadoop file system works: a local path or {@code file:} URI is handled with java.nio (links, hard links,
 * {@code rename(2)}), any other URI ({@code hdfs://}, {@code s3a://}…) through Hadoop's {@code FileSystem} API,
 * where the published version is named by the pointer file {@code _current} instead of links (see
 * {@link WarehouseLayout}). {@link WarehouseVersion}'s URIs work on both; the {@link Path} accessors
 * ({@link #stagingDir}, {@link #versionDir}…) are for local warehouses only.
 */
public final class Warehouse {
    /** How many versions a publication keeps unless told otherwise: its own and the two before. */
    public static final int DEFAULT_KEPT = 3;
    /**
     * A temporary file of someone else than the lock holder (a run trying to lock, a ledger being written) lives
     * for milliseconds: one older than this was left by a killed process.
     */
    private static final Duration ABANDONED_TEMP_AGE = Duration.ofMinutes(1);
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    /** The folder on the local disk; null for a warehouse on another file system. */
    private final Path root;
    /** The folder's URI, without a trailing {@code /}. */
    private final String uri;
    private final WarehouseStore store;

    /** A local path ({@code target/vigie/warehouse}) or a URI, with Hadoop's default settings. */
    public Warehouse(String location) {
        this(location, new Configuration());
    }

    /**
     * A local path, or the URI of a folder on any Hadoop file system.
     *
     * @param hadoopConf the settings of that file system (the Spark session's: credentials, endpoints)
     * @throws IllegalArgumentException an invalid URI, or a scheme no file system is installed for
     */
    public Warehouse(String location, Configuration hadoopConf) {
        Optional<Path> local = localPath(location);
        this.root = local.map(dir -> dir.toAbsolutePath().normalize()).orElse(null);
        this.uri = root != null ? withoutTrailingSlash(root.toUri().toString()) : withoutTrailingSlash(location);
        this.store = root != null ? new LocalWarehouseStore(root) : hadoopStore(uri, hadoopConf);
    }

    public Warehouse(Path dir) {
        this(dir, new LocalWarehouseStore(dir.toAbsolutePath().normalize()));
    }

    /** With another store over the same folder (tests pause it to be killed at precise steps). */
    Warehouse(Path dir, WarehouseStore store) {
        this.root = dir.toAbsolutePath().normalize();
        this.uri = withoutTrailingSlash(root.toUri().toString());
        this.store = store;
    }

    /** Through Hadoop's {@code FileSystem} API whatever the URI, even {@code file:} (tests of that store). */
    static Warehouse throughFileSystemApi(String uri, Configuration hadoopConf) {
        return new Warehouse(withoutTrailingSlash(uri), hadoopStore(uri, hadoopConf));
    }

    private Warehouse(String uri, WarehouseStore store) {
        this.root = null;
        this.uri = uri;
        this.store = store;
    }

    /** The folder on the local disk. */
    public Path root() {
        if (root == null) {
            throw new IllegalStateException("l'entrepôt " + uri + " n'est pas sur le disque local");
        }
        return root;
    }

    /** The folder's URI: {@code file:///…}, {@code hdfs://…}, {@code s3a://…}. */
    public String uri() {
        return uri;
    }

    /**
     * Where runs keep the rows of input files checked against rules 1 to 5, for the next run to read instead of
     * checking them again ({@code CheckedRowStore}).
     */
    public String checkedRowsUri() {
        return uri.replaceAll("/+$", "") + "/" + WarehouseLayout.CHECKED;
    }

    /**
     * Refuses a folder that exists and is not a Vigie warehouse (an older layout's real {@code staging} folder,
     * unrelated files): such a folder is never modified.
     */
    public void checkLayout() throws WarehouseLayoutException, IOException {
        List<String> problems = WarehouseLayout.problems(store);
        if (!problems.isEmpty()) {
            throw new WarehouseLayoutException("Le dossier " + this + " n'est pas un entrepôt Vigie : "
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
        RunLock lock = RunLock.acquire(store, toString(), runId);
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
     * Deletes what killed runs left: every version that is neither published, nor kept ({@link #keptVersions()}),
     * nor the lock holder's, and temporary files and links. To be called once the lock is held.
     */
    public void cleanLeftovers() throws IOException {
        Set<String> keep = new HashSet<>(publishedVersions());
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

    /** Only the lock holder publishes, and it is the caller: any publication link or pointer is a killed run's. */
    private static boolean isPublishTemp(String name) {
        return name.startsWith("." + CURRENT + ".") || name.startsWith("." + POINTER + ".");
    }

    private boolean olderThan(String path, Instant limit) throws IOException {
        return store.stamp(path).map(stamp -> stamp.lastModified().isBefore(limit)).orElse(false);
    }

    /**
     * Creates the empty version folder of a run, with {@code staging/} and {@code marts/} (the parents of the
     * tables), and returns it. {@code rejets/} is left for the writer to create: Spark refuses to write a table
     * into a folder that exists. The run must hold the lock.
     */
    public WarehouseVersion newVersion(String runId) throws IOException {
        requireLockHeldBy(runId);
        if (publishedRunId().filter(runId::equals).isPresent()) {
            throw new IllegalStateException("la version du run " + runId + " est déjà publiée : elle ne peut être "
                    + "réécrite");
        }
        String version = WarehouseLayout.version(runId);
        store.deleteRecursively(version);
        store.createDirectories(version + "/" + STAGING);
        store.createDirectories(version + "/" + MARTS);
        return new WarehouseVersion(store, uri, runId);
    }

    /**
     * Makes a run's version the published one in one atomic step (a link, or without links the pointer file,
     * renamed over {@code current} or {@code _current}), then deletes the versions beyond the {@code keep} most
     * recently published ones ({@link #keptVersions()}). The run must hold the lock.
     *
     * @param keep how many versions stay, this one included: at least 1
     * @return when the version was published
     */
    public Instant publish(String runId, int keep) throws IOException {
        requireKeep(keep);
        requireLockHeldBy(runId);
        String version = WarehouseLayout.version(runId);
        if (store.kind(version) != WarehouseStore.Kind.DIRECTORY) {
            throw new IllegalStateException("rien à publier : la version " + new WarehouseVersion(store, uri, runId)
                    + " n'existe pas");
        }
        for (String name : PUBLISHED) {
            // A published version has all three folders, so that the contract paths always lead somewhere.
            store.createDirectories(version + "/" + name);
        }
        Instant publishedAt = swapPublished(runId);
        deleteVersionsBeyond(keep, runId);
        return publishedAt;
    }

    /** {@link #publish(String, int)} keeping {@link #DEFAULT_KEPT} versions. */
    public Instant publish(String runId) throws IOException {
        return publish(runId, DEFAULT_KEPT);
    }

    /**
     * Publishes a kept version again ({@code vigie restaurer}), in the same atomic step as a publication; no
     * version is deleted. The run {@code holderRunId} must hold the lock; its ledger, naming {@code runId} as
     * restored, makes that version the most recently published one.
     *
     * @return when the version was published again
     * @throws UnknownVersionException {@code runId} names no kept version
     */
    public Instant republish(String holderRunId, String runId) throws IOException, UnknownVersionException {
        requireLockHeldBy(holderRunId);
        keptVersion(runId);
        return swapPublished(runId);
    }

    /** Throws unless {@code keep} is a number of versions a publication can keep. */
    public static int requireKeep(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("--conserver : au moins 1 version (la publiée) est conservée, lu "
                    + keep);
        }
        return keep;
    }

    private Instant swapPublished(String runId) throws IOException {
        String version = WarehouseLayout.version(runId);
        createPublishedLinks();
        if (store.hasLinks()) {
            String temp = WarehouseLayout.currentTemp(runId);
            store.delete(temp);
            store.createSymlink(temp, version);
            store.moveReplacing(temp, CURRENT);
        } else {
            store.writeAtomically(POINTER, WarehouseLayout.pointerTo(runId));
        }
        return Instant.now();
    }

    /**
     * Deletes every version but {@code latest} and the {@code keep - 1} others most recently published. A version
     * is renamed aside before its files are deleted, so that a deletion cut short leaves a temporary name, never a
     * partial version that would still look kept.
     */
    private void deleteVersionsBeyond(int keep, String latest) throws IOException {
        Set<String> kept = new HashSet<>();
        kept.add(latest);
        for (String version : publishedVersions()) {
            if (kept.size() >= keep) {
                break;
            }
            if (store.kind(WarehouseLayout.version(version)) == WarehouseStore.Kind.DIRECTORY) {
                kept.add(version);
            }
        }
        for (String name : store.list(VERSIONS)) {
            if (!kept.contains(name)) {
                store.deleteTree(VERSIONS + "/" + name);
            }
        }
    }

    /**
     * The versions named by successful runs' ledgers, most recently published first, each once: a version
     * published again by {@code vigie restaurer} counts from that publication. Unreadable ledgers are left out.
     */
    private List<String> publishedVersions() throws IOException {
        List<RunLedger> publications = new ArrayList<>();
        for (RunLedger ledger : readableLedgers()) {
            if (ledger.publicationTime().isPresent()) {
                publications.add(ledger);
            }
        }
        publications.sort(Comparator.comparing((RunLedger l) -> l.publicationTime().orElseThrow())
                .thenComparing(RunLedger::runId).reversed());
        LinkedHashSet<String> versions = new LinkedHashSet<>();
        publications.forEach(l -> versions.add(l.publishedVersion().orElseThrow()));
        return new ArrayList<>(versions);
    }

    private List<RunLedger> readableLedgers() throws IOException {
        List<RunLedger> ledgers = new ArrayList<>();
        for (String name : store.list(RUNS)) {
            if (WarehouseLayout.isTemp(name) || !name.endsWith(".json")) {
                continue;
            }
            Optional<byte[]> json = store.read(RUNS + "/" + name);
            if (json.isPresent()) {
                try {
                    ledgers.add(RunLedger.fromJson(json.get()));
                } catch (IOException | RuntimeException e) {
                    // Not a ledger this version can read: it names no version to keep.
                }
            }
        }
        return ledgers;
    }

    /**
     * The versions a reader can still open, most recently published first: the published one, and those of
     * earlier publications that no later publication deleted. A version being written, or left by a killed run,
     * is not one.
     */
    public List<KeptVersion> keptVersions() throws IOException {
        Optional<String> published = publishedRunId();
        List<RunLedger> ledgers = readableLedgers();
        List<String> order = publishedVersions();
        if (published.isPresent() && !order.contains(published.get())) {
            // Published by a run killed before it wrote its ledger: the latest publication all the same.
            order.add(0, published.get());
        }
        List<KeptVersion> kept = new ArrayList<>();
        for (String version : order) {
            if (store.kind(WarehouseLayout.version(version)) != WarehouseStore.Kind.DIRECTORY) {
                continue;
            }
            Optional<RunLedger> own = ledgers.stream().filter(l -> l.runId().equals(version)).findFirst();
            Optional<RunLedger> last = ledgers.stream()
                    .filter(l -> l.publishedVersion().filter(version::equals).isPresent())
                    .max(Comparator.comparing((RunLedger l) -> l.publicationTime().orElseThrow())
                            .thenComparing(RunLedger::runId));
            Optional<RunLedger> restoredBy = last.filter(l -> !l.runId().equals(version));
            kept.add(new KeptVersion(version, own, restoredBy, published.filter(version::equals).isPresent()));
        }
        return kept;
    }

    /**
     * A kept version, to read it ({@code vigie sql --run}) or publish it again.
     *
     * @throws UnknownVersionException no kept version has that run id (unknown, or deleted since)
     */
    public WarehouseVersion keptVersion(String runId) throws IOException, UnknownVersionException {
        List<KeptVersion> kept = keptVersions();
        if (RunIds.isValid(runId) && kept.stream().anyMatch(k -> k.runId().equals(runId))) {
            return new WarehouseVersion(store, uri, runId);
        }
        boolean known = RunIds.isValid(runId) && store.read(WarehouseLayout.ledger(runId)).isPresent();
        String listed = kept.isEmpty() ? "aucune" : String.join(", ", kept.stream().map(KeptVersion::runId).toList());
        throw new UnknownVersionException("entrepôt " + this + " : " + (known
                ? "la version du run " + runId + " n'est plus conservée (supprimée par une publication plus récente,"
                        + " ou jamais publiée)"
                : "aucun run « " + runId + " » dans cet entrepôt")
                + " ; versions conservées : " + listed + " (voir vigie versions)");
    }

    /** The run whose version is published, or empty before the first publication. */
    public Optional<String> publishedRunId() throws IOException {
        return store.hasLinks() ? store.readSymlink(CURRENT).map(WarehouseLayout::runIdOfTarget)
                : WarehouseLayout.readPointer(store);
    }

    /**
     * The published version, to read one version throughout even if a run publishes meanwhile (the contract
     * paths follow each publication).
     */
    public Optional<WarehouseVersion> publishedVersion() throws IOException {
        return publishedRunId().map(runId -> new WarehouseVersion(store, uri, runId));
    }

    /** {@code DIR/_runs/<run_id>.json}, as a URI. */
    public String ledgerUri(String runId) {
        return uri + "/" + WarehouseLayout.ledger(RunIds.requireValid(runId));
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
            throw new IllegalStateException("journal de run illisible : " + uri + "/" + RUNS + "/" + name, e);
        }
    }

    /** The local folder, or the URI of a remote one: how messages name the warehouse. */
    @Override
    public String toString() {
        return root != null ? root.toString() : uri;
    }

    private void requireLockHeldBy(String runId) throws IOException {
        RunIds.requireValid(runId);
        Optional<String> holder = lockHolder();
        if (holder.filter(runId::equals).isEmpty()) {
            throw new IllegalStateException("le run " + runId + " ne détient pas le verrou de l'entrepôt " + this
                    + holder.map(h -> " (détenu par le run " + h + ")").orElse(" (libre)")
                    + " : il ne peut y écrire");
        }
    }

    /**
     * The contract paths: links through {@code current}, created once and never changed. Without links, there are
     * none: readers resolve {@code _current}.
     */
    private void createPublishedLinks() throws IOException {
        if (!store.hasLinks()) {
            return;
        }
        for (String name : PUBLISHED) {
            if (store.kind(name) == WarehouseStore.Kind.MISSING) {
                store.createSymlink(name, WarehouseLayout.publishedTarget(name));
            }
        }
    }

    /** The local folder a location names, or empty for a URI of another file system. */
    private static Optional<Path> localPath(String location) {
        if (!URI_SCHEME.matcher(location).matches()) {
            return Optional.of(Path.of(location));
        }
        URI parsed;
        try {
            parsed = new URI(location);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("entrepôt « " + location + " » : URI invalide (" + e.getReason()
                    + ")", e);
        }
        if (!"file".equalsIgnoreCase(parsed.getScheme())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(parsed));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("entrepôt « " + location + " » : URI file: inutilisable ("
                    + e.getMessage() + ")", e);
        }
    }

    private static WarehouseStore hadoopStore(String uri, Configuration hadoopConf) {
        try {
            return new HadoopWarehouseStore(withoutTrailingSlash(uri), hadoopConf);
        } catch (IOException e) {
            throw new IllegalArgumentException("entrepôt « " + uri + " » : système de fichiers "
                    + URI.create(uri).getScheme() + ":// inutilisable (" + e.getMessage() + ") ; sont pris en "
                    + "charge les chemins locaux, file://, hdfs:// et, avec le jar construit par mvn -Ps3, s3a://", e);
        }
    }

    /** {@code file:///w/} and {@code file:///w} name one folder; relative names are appended after a {@code /}. */
    private static String withoutTrailingSlash(String location) {
        return location.endsWith("/") && !location.endsWith(":///") ? location.substring(0, location.length() - 1)
                : location;
    }
}
