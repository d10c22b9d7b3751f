package fr.ush.vigie.job;

import fr.ush.vigie.warehouse.RunIds;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.RunLock;
import fr.ush.vigie.warehouse.Warehouse;
import fr.ush.vigie.warehouse.WarehouseVersion;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.SparkSession;

/**
 * How a job writes the warehouse: it holds the lock, writes a new version, publishes it only when all its work
 * succeeded, and records its ledger whatever happens. A failed job leaves the published version as it was.
 */
final class Publisher {
    private final SparkSession spark;
    private final StageLog log;
    private final String version;

    /** @param version the Vigie version, recorded in every ledger */
    Publisher(SparkSession spark, StageLog log, String version) {
        this.spark = spark;
        this.log = log;
        this.version = version;
    }

    /** What a job does inside its new version, noting in the ledger what it learns as it goes. */
    @FunctionalInterface
    interface VersionWork {
        void write(String runId, WarehouseVersion versionDir, LedgerDraft ledger) throws Exception;
    }

    /** The ledger of a run in progress: whatever happens, what was learnt so far is recorded. */
    static final class LedgerDraft {
        private RunLedger current;

        private LedgerDraft(RunLedger start) {
            current = start;
        }

        void update(UnaryOperator<RunLedger> change) {
            current = change.apply(current);
        }

        RunLedger current() {
            return current;
        }
    }

    /**
     * Publishes what {@code work} writes; then runs {@code afterPublish}, which reads the published version.
     *
     * @param command    the command that publishes, recorded in the ledger
     * @param parameters the command's options, recorded in the ledger with {@code conserver}
     * @param keep       how many versions the publication keeps
     * @return the run's id
     */
    String publish(String warehouseDir, String command, Map<String, String> parameters, int keep, VersionWork work,
            Optional<VigieJob.PublishedStage> afterPublish) throws Exception {
        Warehouse.requireKeep(keep);
        Map<String, String> recorded = new LinkedHashMap<>(parameters);
        recorded.put("conserver", Integer.toString(keep));
        Instant startedAt = Instant.now();
        String runId = RunIds.next(startedAt);
        Warehouse warehouse = open(spark, warehouseDir);
        try (RunLock lock = warehouse.lock(runId)) {
            warehouse.cleanLeftovers();
            LedgerDraft ledger = new LedgerDraft(new RunLedger(runId, startedAt, null, RunLedger.Status.FAILED,
                    version, recorded, null, null, null, null).withCommand(command));
            try {
                work.write(runId, warehouse.newVersion(runId), ledger);
                Instant publishedAt = log.run("publication", () -> warehouse.publish(runId, keep), at -> -1L);
                ledger.update(l -> l.withPublishedAt(publishedAt));
                warehouse.writeLedger(withTimings(ledger.current).finished(Instant.now(), RunLedger.Status.SUCCESS,
                        null));
            } catch (Exception | Error failure) {
                RunLedger.Status status = failure instanceof RejectLimitException
                        ? RunLedger.Status.REJECTED : RunLedger.Status.FAILED;
                warehouse.writeLedger(withTimings(ledger.current).finished(Instant.now(), status,
                        failure.getMessage()));
                throw failure;
            }
            if (afterPublish.isPresent()) {
                runAfterPublish(warehouse, afterPublish.get(), ledger.current);
            }
            return runId;
        }
    }

    /**
     * The warehouse stays published whatever happens here (its ledger says SUCCESS); a failure is noted in the
     * ledger's message and still fails the command.
     */
    private void runAfterPublish(Warehouse warehouse, VigieJob.PublishedStage stage, RunLedger published)
            throws Exception {
        String failure = null;
        try {
            log.run("rapports", () -> stage.run(warehouse.toString()), files -> files);
        } catch (Exception e) {
            failure = "entrepôt publié, mais rapports non produits : " + e.getMessage();
            throw e;
        } finally {
            warehouse.writeLedger(withTimings(published).finished(Instant.now(), RunLedger.Status.SUCCESS, failure));
        }
    }

    private RunLedger withTimings(RunLedger ledger) {
        return ledger.withStages(log.timings().stream()
                .map(t -> new RunLedger.Stage(t.name(), t.elapsedMs(), t.rows())).toList());
    }

    /**
     * The warehouse, on the file system its location names, with the session's Hadoop settings; a location
     * Vigie cannot use (an invalid URI, a file system the jar lacks) is an argument error.
     */
    static Warehouse open(SparkSession spark, String warehouseDir) throws UsageException {
        try {
            return new Warehouse(warehouseDir, spark.sparkContext().hadoopConfiguration());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--warehouse : " + e.getMessage());
        }
    }
}
