package fr.ush.vigie.job;

import fr.ush.vigie.ingest.FileCounts;
import fr.ush.vigie.ingest.InputInventory;
import fr.ush.vigie.ingest.ValidatedInputs;
import fr.ush.vigie.marts.RejectSummary;
import fr.ush.vigie.staging.StagingWriter;
import fr.ush.vigie.warehouse.RunIds;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.RunLock;
import fr.ush.vigie.warehouse.Warehouse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The jobs of the command line as lists of named stages. A run that writes the warehouse holds its lock, writes
 * a new version, publishes it only when every stage succeeded, and records a ledger whatever happens.
 */
public final class VigieJob {
    private final SparkSession spark;
    private final StageLog log;
    private final String version;

    public VigieJob(SparkSession spark, StageLog log, String version) {
        this.spark = spark;
        this.log = log;
        this.version = version;
    }

    /** {@code vigie validate}: the checks of the ingestion; writes nothing. */
    public ValidationReport validate(String input, double maxRejectRate) throws Exception {
        InputInventory inventory = inventory(input);
        ValidatedInputs inputs = validation(inventory);
        try {
            return log.run("synthèse des rejets", () -> ValidationReport.of(inputs, maxRejectRate), r -> -1L);
        } finally {
            inputs.release();
        }
    }

    /** {@code vigie sql}: queries over the published warehouse. */
    public SqlQuery sql() {
        return new SqlQuery(spark);
    }

    /** {@code vigie ingest}: staging tables, rejects and their summary, published atomically. */
    public String ingest(RunConfig config) throws Exception {
        return publishRun(config);
    }

    /** {@code vigie run}: ingestion then every later stage that exists, published together. */
    public String run(RunConfig config) throws Exception {
        return publishRun(config);
    }

    private String publishRun(RunConfig config) throws Exception {
        Instant startedAt = Instant.now();
        String runId = RunIds.next(startedAt);
        Warehouse warehouse = new Warehouse(config.warehouse());
        try (RunLock lock = warehouse.lock(runId)) {
            warehouse.cleanLeftovers();
            RunLedger ledger = new RunLedger(runId, startedAt, null, RunLedger.Status.FAILED, version,
                    config.parameters(), null, null, null, null);
            try {
                InputInventory inventory = inventory(config.input());
                ValidatedInputs inputs = validation(inventory);
                try {
                    ledger = ledger.withInputs(inputs.counts().stream().map(VigieJob::ledgerInput).toList());
                    List<FileCounts> overLimit = inputs.overRejectLimit(config.maxRejectRate());
                    if (!overLimit.isEmpty()) {
                        throw new RejectLimitException(overLimit, config.maxRejectRate());
                    }
                    warehouse.newVersion(runId);
                    ledger = ledger.withMarts(write(inputs, runId, warehouse.versionDir(runId).toUri().toString()));
                } finally {
                    inputs.release();
                }
                log.run("publication", () -> {
                    warehouse.publish(runId);
                    return runId;
                }, published -> -1L);
                warehouse.writeLedger(withTimings(ledger).finished(Instant.now(), RunLedger.Status.SUCCESS, null));
                return runId;
            } catch (Exception | Error failure) {
                RunLedger.Status status = failure instanceof RejectLimitException
                        ? RunLedger.Status.REJECTED : RunLedger.Status.FAILED;
                warehouse.writeLedger(withTimings(ledger).finished(Instant.now(), status, failure.getMessage()));
                throw failure;
            }
        }
    }

    private RunLedger withTimings(RunLedger ledger) {
        return ledger.withStages(log.timings().stream()
                .map(t -> new RunLedger.Stage(t.name(), t.elapsedMs(), t.rows())).toList());
    }

    private static RunLedger.Input ledgerInput(FileCounts counts) {
        return new RunLedger.Input(counts.fichier(), counts.sha256(), counts.source().code(), counts.lues(),
                counts.acceptees(), counts.rejetees());
    }

    private InputInventory inventory(String input) throws Exception {
        InputInventory inventory = log.run("inventaire des fichiers", () -> InputInventory.take(spark, input),
                taken -> (long) taken.files().size());
        inventory.ignored().forEach(fichier ->
                log.warn(fichier + " ignoré : seuls les fichiers .csv et .xlsx sont lus"));
        return inventory;
    }

    private ValidatedInputs validation(InputInventory inventory) throws Exception {
        long[] stepStart = {System.nanoTime()};
        return log.run("validation", () -> ValidatedInputs.validate(spark, inventory, (source, rows) -> {
            long now = System.nanoTime();
            log.progress("validation", source.code(), rows, (now - stepStart[0]) / 1_000_000);
            stepStart[0] = now;
        }),
                inputs -> inputs.counts().stream().mapToLong(FileCounts::lues).sum());
    }

    /** Writes staging, rejects and the marts that exist into the version folder; returns mart row counts. */
    private Map<String, Long> write(ValidatedInputs inputs, String runId, String versionDir) throws Exception {
        log.run("tables de staging", () -> {
            StagingWriter.write(inputs, versionDir + "/staging");
            return inputs.counts().stream().mapToLong(FileCounts::acceptees).sum();
        }, rows -> rows);
        Dataset<Row> rejets = log.run("rejets", () -> {
            inputs.rejected(runId).repartition(1).sortWithinPartitions("source", "fichier", "ligne")
                    .write().mode(SaveMode.ErrorIfExists).parquet(versionDir + "/rejets");
            return spark.read().parquet(versionDir + "/rejets");
        }, written -> inputs.counts().stream().mapToLong(FileCounts::rejetees).sum());
        Map<String, Long> marts = new LinkedHashMap<>();
        log.run("indicateurs", () -> {
            Dataset<Row> summary = RejectSummary.of(rejets);
            summary.coalesce(1).write().mode(SaveMode.ErrorIfExists)
                    .parquet(versionDir + "/marts/" + RejectSummary.TABLE);
            marts.put(RejectSummary.TABLE, spark.read().parquet(versionDir + "/marts/" + RejectSummary.TABLE).count());
            return marts.values().stream().mapToLong(Long::longValue).sum();
        }, rows -> rows);
        return marts;
    }
}
