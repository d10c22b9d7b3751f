package fr.ush.vigie.warehouse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Where a local warehouse keeps each part (CONTRACT section 5), for tests that look at its files. */
final class WarehousePaths {
    private WarehousePaths() {
    }

    /** The published version's folder. */
    static Optional<Path> publishedVersionDir(Warehouse warehouse) throws IOException {
        return warehouse.publishedRunId().map(runId -> versionDir(warehouse, runId));
    }

    /** {@code DIR/staging/<table>}: the published staging table. */
    static Path stagingDir(Warehouse warehouse, String table) {
        return warehouse.root().resolve(WarehouseLayout.STAGING).resolve(table);
    }

    /** {@code DIR/marts/<table>}: the published mart. */
    static Path martsDir(Warehouse warehouse, String table) {
        return warehouse.root().resolve(WarehouseLayout.MARTS).resolve(table);
    }

    /** {@code DIR/rejets}: the published rejects. */
    static Path rejetsDir(Warehouse warehouse) {
        return warehouse.root().resolve(WarehouseLayout.REJETS);
    }

    /** {@code DIR/_versions/<run_id>}: a run's version, published or not. */
    static Path versionDir(Warehouse warehouse, String runId) {
        return warehouse.root().resolve(WarehouseLayout.VERSIONS).resolve(RunIds.requireValid(runId));
    }

    static Path versionStaging(Warehouse warehouse, String runId, String table) {
        return versionDir(warehouse, runId).resolve(WarehouseLayout.STAGING).resolve(table);
    }

    static Path versionMarts(Warehouse warehouse, String runId, String table) {
        return versionDir(warehouse, runId).resolve(WarehouseLayout.MARTS).resolve(table);
    }

    static Path versionRejets(Warehouse warehouse, String runId) {
        return versionDir(warehouse, runId).resolve(WarehouseLayout.REJETS);
    }

    /** {@code DIR/_runs/<run_id>.json}. */
    static Path ledgerPath(Warehouse warehouse, String runId) {
        return warehouse.root().resolve(WarehouseLayout.ledger(RunIds.requireValid(runId)));
    }
}
