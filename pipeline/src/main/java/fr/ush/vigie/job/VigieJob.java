package fr.ush.vigie.job;

import fr.ush.vigie.ingest.CheckedRowStore;
import fr.ush.vigie.ingest.FileCounts;
import fr.ush.vigie.ingest.InputInventory;
import fr.ush.vigie.ingest.InputValidation;
import fr.ush.vigie.ingest.ValidatedInputs;
import fr.ush.vigie.io.ParquetFooters;
import fr.ush.vigie.job.Publisher.LedgerDraft;
import fr.ush.vigie.marts.CarriedScores;
import fr.ush.vigie.marts.RejectSummary;
import fr.ush.vigie.marts.StagingSource;
import fr.ush.vigie.marts.Thresholds;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.staging.StagingTables;
import fr.ush.vigie.staging.StagingWriter;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.Warehouse;
import fr.ush.vigie.warehouse.WarehouseVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The jobs of the command line as sequences of named, logged stages. A job that writes the warehouse does it
 * through the {@link Publisher}: a new version, published only when every stage succeeded.
 */
public final class VigieJob {
    /** In the ledger's parameters, the thresholds a run used. */
    private static final String SEUILS_PREFIX = "seuils.";

    private final SparkSession spark;
    private final StageLog log;
    private final String version;
    private final Publisher publisher;

    public VigieJob(SparkSession spark, StageLog log, String version) {
        this.spark = spark;
        this.log = log;
        this.version = version;
        this.publisher = new Publisher(spark, log, version);
    }

    /** {@code vigie validate}: the checks of the ingestion; writes nothing. */
    public ValidationReport validate(String input, double maxRejectRate) throws Exception {
        InputInventory inventory = inventory(input);
        thresholds(inventory);
        ValidatedInputs inputs = validation(inventory, CheckedRowStore.inMemory(spark));
        try {
            return log.run("synthèse des rejets", () -> ValidationReport.of(inputs, maxRejectRate), r -> -1L);
        } finally {
            inputs.release();
        }
    }

    /** The session the job runs on, for stages that live outside the pipeline module (reports). */
    public SparkSession spark() {
        return spark;
    }

    /** {@code vigie sql}: queries over the published warehouse. */
    public SqlQuery sql() {
        return new SqlQuery(spark);
    }

    /** {@code vigie ingest}: staging tables, rejects and their summary. */
    public String ingest(RunConfig config) throws Exception {
        return ingest(config, Warehouse.DEFAULT_KEPT);
    }

    /** {@code vigie ingest --conserver keep}. */
    public String ingest(RunConfig config, int keep) throws Exception {
        return publisher.publish(config.warehouse(), "ingest", config.parameters(), keep,
                (runId, versionDir, ledger) -> {
                    Dataset<Row> rejets = ingestInto(config, runId, versionDir, ledger).rejets();
                    Map<String, Long> marts = log.run("synthèse des rejets", () -> Map.of(RejectSummary.TABLE,
                            MartStage.writeOne(spark, RejectSummary.TABLE, RejectSummary.of(rejets),
                                    versionDir.uri("marts"))), written -> written.get(RejectSummary.TABLE));
                    ledger.update(l -> l.withMarts(marts));
                }, Optional.empty());
    }

    /**
     * {@code vigie run}: ingestion then every mart, published together; then {@code reports}, which read the
     * published warehouse (and its ledger, for their reproducibility stamp).
     */
    public String run(RunConfig config, PublishedStage reports) throws Exception {
        return run(config, reports, Warehouse.DEFAULT_KEPT);
    }

    /** {@code vigie run --conserver keep}. */
    public String run(RunConfig config, PublishedStage reports, int keep) throws Exception {
        return publisher.publish(config.warehouse(), "run", config.parameters(), keep,
                (runId, versionDir, ledger) -> {
                    Ingested ingested = ingestInto(config, runId, versionDir, ledger);
                    CarriedScores scores = ingested.reuse().scores(ingested.carried(), ingested.thresholds(),
                            SEUILS_PREFIX);
                    ledger.update(l -> l.withReuse(l.reuse().withScores(scores.campaigns())));
                    Map<String, Long> marts = marts(stagingOf(versionDir), ingested.thresholds(), ingested.rejets(),
                            versionDir, scores);
                    ledger.update(l -> l.withMarts(marts));
                }, Optional.of(reports));
    }

    /** A stage that works from what was just published (the reports), its result counted in rows or files. */
    @FunctionalInterface
    public interface PublishedStage {
        /** @param warehouse the warehouse's local folder or URI */
        long run(String warehouse) throws Exception;
    }

    /** {@code vigie compute}: every mart rebuilt from the published staging tables. */
    public String compute(String warehouseDir) throws Exception {
        return compute(warehouseDir, Warehouse.DEFAULT_KEPT);
    }

    /** {@code vigie compute --conserver keep}. */
    public String compute(String warehouseDir, int keep) throws Exception {
        Warehouse warehouse = Publisher.open(spark, warehouseDir);
        WarehouseVersion published = warehouse.publishedVersion().orElseThrow(() -> new UsageException(
                "entrepôt " + warehouseDir + " : aucune version publiée (lancer vigie ingest ou run)"));
        RunLedger previous = warehouse.ledger(published.runId()).orElse(null);
        return publisher.publish(warehouseDir, "compute", Map.of("warehouse", warehouseDir), keep,
                (runId, versionDir, ledger) -> {
            if (previous != null) {
                // The staging is the previous run's: so are the input files it was read from, and its fingerprints.
                ledger.update(l -> l.withInputs(previous.inputs())
                        .withReuse(RunLedger.Reuse.fingerprinted(0, previous.reuse().fingerprints())));
            }
            log.run("reprise du staging", () -> {
                versionDir.copyFrom(published, "staging");
                versionDir.copyFrom(published, "rejets");
                return versionDir;
            }, copied -> -1L);
            StagingSource staging = stagingOf(versionDir);
            Thresholds thresholds = Thresholds.fromTable(staging.table(Thresholds.TABLE));
            Dataset<Row> rejets = ParquetFooters.read(spark, versionDir.uri("rejets"));
            Map<String, Long> marts = marts(staging, thresholds, rejets, versionDir, CarriedScores.none());
            ledger.update(l -> l.withMarts(marts));
        }, Optional.empty());
    }

    /**
     * What the ingestion leaves for the marts: the thresholds, the rejects written, what it can take from the
     * published version and the autodiagnostics campaigns it took as published.
     */
    private record Ingested(Thresholds thresholds, Dataset<Row> rejets, PublishedReuse reuse, Set<String> carried) {
    }

    /** Inventory, validation, staging tables and rejects, written into the new version. */
    private Ingested ingestInto(RunConfig config, String runId, WarehouseVersion versionDir, LedgerDraft ledger)
            throws Exception {
        InputInventory inventory = inventory(config.input());
        Thresholds thresholds = thresholds(inventory);
        ledger.update(l -> l.withParameters(thresholdParameters(l, thresholds)));
        // Resolved once: the run holds the warehouse's lock, so the published version cannot change meanwhile.
        Warehouse warehouse = Publisher.open(spark, config.warehouse());
        Optional<WarehouseVersion> publishedVersion = warehouse.publishedVersion();
        Optional<RunLedger> publishedLedger = publishedVersion.isPresent()
                ? warehouse.ledger(publishedVersion.get().runId()) : Optional.empty();
        PublishedReuse reuse = new PublishedReuse(spark, log, publishedVersion, publishedLedger, version);
        ValidatedInputs inputs = validation(inventory,
                CheckedRowStore.inFolder(spark, warehouse.checkedRowsUri()));
        try {
            Map<String, String> fingerprints = StagingWriter.fingerprints(inputs);
            ledger.update(l -> l.withInputs(inputs.counts().stream().map(VigieJob::ledgerInput).toList())
                    .withReuse(RunLedger.Reuse.fingerprinted(inputs.filesFromStore(), fingerprints)));
            List<FileCounts> overLimit = inputs.overRejectLimit(config.maxRejectRate());
            if (!overLimit.isEmpty()) {
                throw new RejectLimitException(overLimit, config.maxRejectRate());
            }
            SortedSet<String> carried = log.run("tables de staging", () -> {
                SortedSet<String> parts = reuse.carryStaging(fingerprints, versionDir);
                StagingWriter.write(inputs, versionDir.uri("staging"), parts);
                thresholds.toTable(spark).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                        .parquet(versionDir.uri("staging/" + Thresholds.TABLE));
                return parts;
            }, written -> inputs.counts().stream().mapToLong(FileCounts::acceptees).sum());
            SortedSet<String> campaigns = StagingWriter.campaigns(carried);
            ledger.update(l -> l.withReuse(l.reuse().withStaging(Stream.of(Source.values())
                    .map(StagingTables::of).filter(carried::contains).toList(), List.copyOf(campaigns))));
            Dataset<Row> rejets = log.run("rejets", () -> {
                inputs.rejected(runId).repartition(1).sortWithinPartitions("source", "fichier", "ligne")
                        .write().mode(SaveMode.ErrorIfExists).parquet(versionDir.uri("rejets"));
                return ParquetFooters.read(spark, versionDir.uri("rejets"));
            }, written -> inputs.counts().stream().mapToLong(FileCounts::rejetees).sum());
            return new Ingested(thresholds, rejets, reuse, campaigns);
        } finally {
            inputs.release();
        }
    }

    private Map<String, Long> marts(StagingSource staging, Thresholds thresholds, Dataset<Row> rejets,
            WarehouseVersion versionDir, CarriedScores carried) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        log.run("indicateurs", () -> {
            rows.putAll(MartStage.write(spark, staging, thresholds, rejets, versionDir, carried));
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }, total -> total);
        return rows;
    }

    private StagingSource stagingOf(WarehouseVersion versionDir) {
        return name -> ParquetFooters.read(spark, versionDir.uri("staging/" + name));
    }

    private InputInventory inventory(String input) throws Exception {
        InputInventory inventory = log.run("inventaire des fichiers", () -> InputInventory.take(spark, input),
                taken -> (long) taken.files().size());
        inventory.ignored().forEach(fichier ->
                log.warn(fichier + " ignoré : seuls les fichiers .csv et .xlsx sont lus"));
        return inventory;
    }

    private static Thresholds thresholds(InputInventory inventory) throws Exception {
        return inventory.seuils().isPresent()
                ? Thresholds.parse(inventory.seuils().get(), InputInventory.SEUILS) : Thresholds.defaults();
    }

    private static Map<String, String> thresholdParameters(RunLedger ledger, Thresholds thresholds) {
        Map<String, String> parameters = new LinkedHashMap<>(ledger.parameters());
        thresholds.asProperties().forEach((key, value) -> parameters.put(SEUILS_PREFIX + key, value));
        return parameters;
    }

    private ValidatedInputs validation(InputInventory inventory, CheckedRowStore store) throws Exception {
        // Sources are validated side by side: each is shown when it is done, with the time since the start.
        long start = System.nanoTime();
        return log.run("validation", () -> InputValidation.validate(spark, inventory, store, version,
                (source, rows) -> log.progress("validation", source.code(), rows,
                        (System.nanoTime() - start) / 1_000_000)),
                inputs -> inputs.counts().stream().mapToLong(FileCounts::lues).sum());
    }

    private static RunLedger.Input ledgerInput(FileCounts counts) {
        return new RunLedger.Input(counts.fichier(), counts.sha256(), counts.source().code(), counts.lues(),
                counts.acceptees(), counts.rejetees());
    }
}
