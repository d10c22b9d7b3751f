package fr.ush.vigie.warehouse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a warehouse, {@code _versions/<run_id>/}, named by URIs that Spark reads and writes on any
 * Hadoop file system. A published version is never modified: reading through it pins one version even if a run
 * publishes meanwhile.
 */
public final class WarehouseVersion {
    private final WarehouseStore store;
    private final String warehouseUri;
    private final String runId;

    WarehouseVersion(WarehouseStore store, String warehouseUri, String runId) {
        this.store = store;
        this.warehouseUri = warehouseUri;
        this.runId = RunIds.requireValid(runId);
    }

    public String runId() {
        return runId;
    }

    /** The version's folder. */
    public String uri() {
        return warehouseUri + "/" + path();
    }

    /** A table or folder inside the version: {@code staging/sites}, {@code marts}, {@code rejets}. */
    public String uri(String relative) {
        return uri() + "/" + relative;
    }

    /** Whether the version holds that table or folder. */
    public boolean has(String relative) throws IOException {
        return store.kind(path() + "/" + relative) != WarehouseStore.Kind.MISSING;
    }

    /** The tables of {@code staging} or {@code marts}: their sub-folders, sorted, hidden ones left out. */
    public List<String> tables(String folder) throws IOException {
        List<String> tables = new ArrayList<>();
        for (String name : store.list(path() + "/" + folder)) {
            boolean hidden = name.startsWith(".") || name.startsWith("_");
            if (!hidden && store.kind(path() + "/" + folder + "/" + name) == WarehouseStore.Kind.DIRECTORY) {
                tables.add(name);
            }
        }
        return tables;
    }

    /** Gives this version the folder {@code relative} of another one (the staging a {@code compute} reuses). */
    public void copyFrom(WarehouseVersion other, String relative) throws IOException {
        store.copyTree(other.path() + "/" + relative, path() + "/" + relative);
    }

    private String path() {
        return WarehouseLayout.version(runId);
    }

    @Override
    public String toString() {
        return uri();
    }
}
