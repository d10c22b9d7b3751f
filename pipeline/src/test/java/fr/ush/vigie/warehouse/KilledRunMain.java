package fr.ush.vigie.warehouse;

import java.nio.file.Path;

/**
 * The child JVM of {@link WarehouseKillTest}: run after run, locks the warehouse, writes a version slowly,
 * publishes it and releases the lock, until it is killed. Tells its progress on stdout.
 *
 * <p>Arguments: warehouse folder, files per folder, pause between files in milliseconds, and the step of a
 * publication to stop at until killed ({@link PausingStore}; {@code -} for none).
 */
public final class KilledRunMain {
    private KilledRunMain() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int perFolder = Integer.parseInt(args[1]);
        long sleepMillis = Long.parseLong(args[2]);
        Warehouse warehouse = new Warehouse(root, new PausingStore(root, args[3]));
        while (true) {
            try (RunLock lock = warehouse.lock(RunIds.next())) {
                String runId = lock.runId();
                warehouse.cleanLeftovers();
                System.out.println("locked " + runId);
                warehouse.newVersion(runId);
                VersionFiles.write(WarehousePaths.versionDir(warehouse, runId), runId, perFolder, sleepMillis);
                System.out.println("publish " + runId);
                warehouse.publish(runId);
                System.out.println("published " + runId);
            }
        }
    }
}
