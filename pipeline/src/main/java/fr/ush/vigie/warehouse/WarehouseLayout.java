package fr.ush.vigie.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The names inside a warehouse folder, and the check that a folder is one.
 *
 * <pre>
 * _lock                          held by the running run
 * _versions/&lt;run_id&gt;/            a complete version, being written or published: staging/, marts/, rejets/
 * current -&gt; _versions/&lt;run_id&gt;  the published version, swapped by an atomic rename
 * staging -&gt; current/staging     the contract paths, created once: they follow {@code current}
 * marts   -&gt; current/marts
 * rejets  -&gt; current/rejets
 * _runs/&lt;run_id&gt;.json            run ledgers
 * _controles/&lt;source&gt;/cle=&lt;key&gt;/  input files' rows checked against rules 1 to 5, kept by content
 * .*.tmp                         temporary files and links, leftovers once their writer was killed
 * </pre>
 *
 * Link targets are relative so that the folder can be moved, copied or mounted elsewhere. On a file system
 * without links (HDFS, S3), {@code current} and the contract links are replaced by one pointer file,
 * {@code _current}, holding {@code _versions/<run_id>} and replaced by an atomic rename; readers resolve it.
 */
final class WarehouseLayout {
    static final String LOCK = "_lock";
    static final String VERSIONS = "_versions";
    static final String RUNS = "_runs";
    static final String CHECKED = "_controles";
    static final String CURRENT = "current";
    static final String POINTER = "_current";
    static final String STAGING = "staging";
    static final String MARTS = "marts";
    static final String REJETS = "rejets";
    /** The contract paths, each a link to the same folder of the published version. */
    static final List<String> PUBLISHED = List.of(STAGING, MARTS, REJETS);

    private static final String TEMP_SUFFIX = ".tmp";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WarehouseLayout() {
    }

    static String version(String runId) {
        return VERSIONS + "/" + runId;
    }

    static String ledger(String runId) {
        return RUNS + "/" + runId + ".json";
    }

    /** What a contract link holds: {@code current/staging}, etc. */
    static String publishedTarget(String name) {
        return CURRENT + "/" + name;
    }

    /** A unique temporary name next to {@code path}: renames stay in one directory, hence atomic. */
    static String tempSibling(String path) {
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash + 1);
        String name = path.substring(slash + 1);
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return dir + "." + name + "." + HexFormat.of().formatHex(random) + TEMP_SUFFIX;
    }

    /** The temporary link a run creates before renaming it over {@code current}. */
    static String currentTemp(String runId) {
        return "." + CURRENT + "." + runId + TEMP_SUFFIX;
    }

    static boolean isTemp(String name) {
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /** The run a version path {@code _versions/<run_id>} names, or null when the target is something else. */
    static String runIdOfTarget(String target) {
        String prefix = VERSIONS + "/";
        if (!target.startsWith(prefix)) {
            return null;
        }
        String runId = target.substring(prefix.length());
        return RunIds.isValid(runId) ? runId : null;
    }

    /** The version named by the pointer file {@code _current}, or empty when there is none. */
    static Optional<String> readPointer(WarehouseStore store) throws IOException {
        return store.read(POINTER).map(bytes -> new String(bytes, StandardCharsets.UTF_8).strip())
                .map(WarehouseLayout::runIdOfTarget);
    }

    static byte[] pointerTo(String runId) {
        return (version(runId) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Why the folder is not a Vigie warehouse, in French; empty when it is one (or does not exist yet). Nothing
     * unknown is tolerated: the folder would otherwise get links and folders added among someone else's files,
     * or an older layout's real {@code staging} folder hidden and later deleted.
     */
    static List<String> problems(WarehouseStore store) throws IOException {
        List<String> problems = new ArrayList<>();
        WarehouseStore.Kind root = store.kind("");
        if (root == WarehouseStore.Kind.MISSING) {
            return problems;
        }
        if (root != WarehouseStore.Kind.DIRECTORY) {
            problems.add("ce n'est pas un dossier");
            return problems;
        }
        for (String name : store.list("")) {
            String problem = problem(store, name);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static String problem(WarehouseStore store, String name) throws IOException {
        WarehouseStore.Kind kind = store.kind(name);
        if (isTemp(name)) {
            return null;
        }
        switch (name) {
            case LOCK:
                return kind == WarehouseStore.Kind.FILE ? null : "« _lock » n'est pas un fichier de verrou";
            case VERSIONS, RUNS, CHECKED:
                return kind == WarehouseStore.Kind.DIRECTORY ? null : "« " + name + " » n'est pas un dossier";
            case POINTER:
                return !store.hasLinks() && kind == WarehouseStore.Kind.FILE && readPointer(store).isPresent() ? null
                        : "« _current » n'est pas un fichier désignant _versions/<run_id>";
            case CURRENT:
                return store.readSymlink(name).map(WarehouseLayout::runIdOfTarget).isPresent() ? null
                        : "« current » n'est pas un lien vers _versions/<run_id>";
            case STAGING, MARTS, REJETS:
                return publishedLinkProblem(store, name, kind);
            default:
                return "« " + name + " » ne fait pas partie d'un entrepôt Vigie";
        }
    }

    private static String publishedLinkProblem(WarehouseStore store, String name, WarehouseStore.Kind kind)
            throws IOException {
        if (kind != WarehouseStore.Kind.SYMLINK) {
            return "« " + name + " » est un " + (kind == WarehouseStore.Kind.DIRECTORY ? "dossier" : "fichier")
                    + " et non un lien vers la version publiée (organisation d'une version antérieure de Vigie ?)";
        }
        String target = store.readSymlink(name).orElse("");
        return target.equals(publishedTarget(name)) ? null
                : "« " + name + " » pointe vers « " + target + " » au lieu de « " + publishedTarget(name) + " »";
    }
}
