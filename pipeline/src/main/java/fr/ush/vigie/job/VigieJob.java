package fr.ush.vigie.job;

import fr.ush.vigie.ingest.FileCounts;
import fr.ush.vigie.ingest.IncrementalPlan;
import fr.ush.vigie.ingest.InputInventory;
import fr.ush.vigie.ingest.PublishedIngestion;
import fr.ush.vigie.ingest.ValidatedInputs;
import fr.ush.vigie.io.ParquetFooters;
import fr.ush.vigie.marts.AppuiMarts;
import fr.ush.vigie.marts.CarriedScores;
import fr.ush.vigie.marts.GridMarts;
import fr.ush.vigie.marts.RejectSummary;
import fr.ush.vigie.marts.StagingSource;
import fr.ush.vigie.marts.Thresholds;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.staging.StagingTables;
import fr.ush.vigie.staging.StagingWriter;
import fr.ush.vigie.warehouse.RunIds;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.RunLock;
import fr.ush.vigie.warehouse.Warehouse;
import fr.ush.vigie.warehouse.WarehouseVersion;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The jobs of the command line as lists of named stages. A job that writes the warehouse holds its lock, writes
 * a new version, publishes it only when every stage succeeded, and records a ledger whatever happens.
 */
public final class VigieJob {
    /** Inside the version being written, what the ingestion keeps while it runs; removed before publication. */
    private static final String SCRATCH = "_travail";
    /** In the ledger's parameters, the thresholds a run used. */
    private static final String SEUILS_PREFIX = "seuils.";
    /** The marts that read {@code scores_sites}: the grid's and the difference-in-differences. */
    private static final List<String> ON_PUBLISHED_SCORES = Stream.concat(GridMarts.NAMES.stream(),
            Stream.of(AppuiMarts.EFFICACITE_PRESTATAIRES)).toList();

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
        thresholds(inventory);
        ValidatedInputs inputs = validation(inventory);
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
        return publish(config.warehouse(), config.parameters(), new Publication("ingest", keep),
                (runId, versionDir, ledger) -> ingestInto(config, runId, versionDir, ledger, false), null);
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
        return publish(config.warehouse(), config.parameters(), new Publication("run", keep),
                (runId, versionDir, ledger) -> ingestInto(config, runId, versionDir, ledger, true), reports);
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
        Warehouse warehouse = openWarehouse(spark, warehouseDir);
        WarehouseVersion published = warehouse.publishedVersion().orElseThrow(() -> new UsageException(
                "entrepôt " + warehouseDir + " : aucune version publiée (lancer vigie ingest ou run)"));
        RunLedger previous = warehouse.ledger(published.runId()).orElse(null);
        Publication publication = new Publication("compute", keep);
        return publish(warehouseDir, Map.of("warehouse", warehouseDir), publication, (runId, versionDir, ledger) -> {
            if (previous != null) {
                // The staging is the previous run's: so are the input files it was read from.
                ledger.update(l -> l.withInputs(previous.inputs()));
            }
            log.run("reprise du staging", () -> {
                versionDir.copyFrom(published, "staging");
                versionDir.copyFrom(published, "rejets");
                return versionDir;
            }, copied -> -1L);
            StagingSource staging = stagingOf(versionDir);
            Thresholds thresholds = Thresholds.fromTable(staging.table(Thresholds.TABLE));
            Dataset<Row> rejets = ParquetFooters.read(spark, versionDir.uri("rejets"));
            Map<String, Long> marts = marts(staging, thresholds, rejets, versionDir, CarriedScores.none(),
                    CarriedMarts.none());
            ledger.update(l -> l.withMarts(marts));
        }, null);
    }

    /** What a publishing job does inside its new version, noting in the ledger what it learns as it goes. */
    @FunctionalInterface
    private interface VersionWork {
        void write(String runId, WarehouseVersion versionDir, LedgerDraft ledger) throws Exception;
    }

    /** The ledger of a run in progress: whatever happens, what was learnt so far is recorded. */
    private static final class LedgerDraft {
        private RunLedger current;

        LedgerDraft(RunLedger start) {
            current = start;
        }

        void update(UnaryOperator<RunLedger> change) {
            current = change.apply(current);
        }
    }

    /**
     * Which command publishes, and how many versions its publication keeps (recorded in the ledger, the number
     * as parameter {@code conserver}).
     */
    private record Publication(String command, int keep) {
        Publication {
            Warehouse.requireKeep(keep);
        }

        Map<String, String> parameters(Map<String, String> parameters) {
            Map<String, String> withKeep = new LinkedHashMap<>(parameters);
            withKeep.put("conserver", Integer.toString(keep));
            return withKeep;
        }
    }

    /** @param afterPublish null, or a stage run once the version is published and its ledger written */
    private String publish(String warehouseDir, Map<String, String> parameters, Publication publication,
            VersionWork work, PublishedStage afterPublish) throws Exception {
        Instant startedAt = Instant.now();
        String runId = RunIds.next(startedAt);
        Warehouse warehouse = openWarehouse(spark, warehouseDir);
        try (RunLock lock = warehouse.lock(runId)) {
            warehouse.cleanLeftovers();
            LedgerDraft ledger = new LedgerDraft(new RunLedger(runId, startedAt, null, RunLedger.Status.FAILED,
                    version, publication.parameters(parameters), null, null, null, null)
                    .withCommand(publication.command()));
            try {
                work.write(runId, warehouse.newVersion(runId), ledger);
                Instant publishedAt = log.run("publication", () -> warehouse.publish(runId, publication.keep()),
                        published -> -1L);
                ledger.update(l -> l.withPublishedAt(publishedAt));
                warehouse.writeLedger(withTimings(ledger.current).finished(Instant.now(), RunLedger.Status.SUCCESS,
                        null));
                if (afterPublish != null) {
                    runAfterPublish(warehouse, afterPublish, ledger.current);
                }
                return runId;
            } catch (Exception | Error failure) {
                RunLedger.Status status = failure instanceof RejectLimitException
                        ? RunLedger.Status.REJECTED : RunLedger.Status.FAILED;
                warehouse.writeLedger(withTimings(ledger.current).finished(Instant.now(), status,
                        failure.getMessage()));
                throw failure;
            }
        }
    }

    /**
     * The warehouse stays published whatever happens here (its ledger says SUCCESS); a failure is noted in the
     * ledger's message and still fails the command.
     */
    private void runAfterPublish(Warehouse warehouse, PublishedStage stage, RunLedger published) throws Exception {
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

    private void ingestInto(RunConfig config, String runId, WarehouseVersion versionDir, LedgerDraft ledger,
            boolean withMarts) throws Exception {
        InputInventory inventory = inventory(config.input());
        Thresholds thresholds = thresholds(inventory);
        ledger.update(l -> l.withParameters(thresholdParameters(l, thresholds)));
        // Resolved once: the run holds the warehouse's lock, so the published version cannot change meanwhile.
        Warehouse warehouse = openWarehouse(spark, config.warehouse());
        Optional<WarehouseVersion> publishedVersion = warehouse.publishedVersion();
        RunLedger publishedLedger = publishedVersion.isPresent()
                ? warehouse.ledger(publishedVersion.get().runId()).orElse(null) : null;
        IncrementalPlan plan = IncrementalPlan.decide(inventory, publishedLedger, version);
        PublishedIngestion published = new PublishedIngestion(plan,
                plan.reuses() ? publishedVersion.orElseThrow().uri() : null);
        log.note(published.plan().why());
        ValidatedInputs inputs = validation(inventory, published, versionDir.uri(SCRATCH));
        if (published.plan().reuses() && inputs.reused().isEmpty()) {
            log.note("relecture de tous les fichiers : " + ValidatedInputs.REUSE_ABANDONED);
        }
        try {
            ledger.update(l -> l.withInputs(inputs.counts().stream().map(VigieJob::ledgerInput).toList()));
            List<FileCounts> overLimit = inputs.overRejectLimit(config.maxRejectRate());
            if (!overLimit.isEmpty()) {
                throw new RejectLimitException(overLimit, config.maxRejectRate());
            }
            AtomicReference<CarriedCampaigns> carried = new AtomicReference<>(CarriedCampaigns.NONE);
            log.run("tables de staging", () -> {
                carried.set(carryUnchangedCampaigns(inputs, versionDir, publishedVersion));
                for (Source source : inputs.carriedSources()) {
                    versionDir.copyFrom(publishedVersion.orElseThrow(), "staging/" + StagingTables.of(source));
                }
                StagingWriter.write(inputs, versionDir.uri("staging"), carried.get().campaigns());
                thresholds.toTable(spark).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                        .parquet(versionDir.uri("staging/" + Thresholds.TABLE));
                return inputs.counts().stream().mapToLong(FileCounts::acceptees).sum();
            }, rows -> rows);
            Dataset<Row> rejets = log.run("rejets", () -> {
                inputs.rejected(runId).repartition(1).sortWithinPartitions("source", "fichier", "ligne")
                        .write().mode(SaveMode.ErrorIfExists).parquet(versionDir.uri("rejets"));
                return ParquetFooters.read(spark, versionDir.uri("rejets"));
            }, written -> inputs.counts().stream().mapToLong(FileCounts::rejetees).sum());
            Map<String, Long> marts;
            if (withMarts) {
                CarriedScores scores = carriedScores(publishedVersion, publishedLedger, carried.get().campaigns(),
                        thresholds);
                marts = marts(stagingOf(versionDir), thresholds, rejets, versionDir, scores, carriedMarts(inputs,
                        publishedVersion, publishedLedger, carried.get().onlyLaterAdded() && !scores.isEmpty()));
            } else {
                marts = rejectSummaryOnly(rejets, versionDir);
            }
            ledger.update(l -> l.withMarts(marts));
        } finally {
            inputs.release();
        }
    }

    private Map<String, Long> marts(StagingSource staging, Thresholds thresholds, Dataset<Row> rejets,
            WarehouseVersion versionDir, CarriedScores carried, CarriedMarts carriedMarts) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        log.run("indicateurs", () -> {
            rows.putAll(MartStage.write(spark, staging, thresholds, rejets, versionDir, carried, carriedMarts));
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }, total -> total);
        return rows;
    }

    private Map<String, Long> rejectSummaryOnly(Dataset<Row> rejets, WarehouseVersion versionDir) throws Exception {
        return log.run("synthèse des rejets", () -> Map.of(RejectSummary.TABLE, MartStage.writeOne(spark,
                RejectSummary.TABLE, RejectSummary.of(rejets), versionDir.uri("marts"))),
                written -> written.get(RejectSummary.TABLE));
    }

    private StagingSource stagingOf(WarehouseVersion versionDir) {
        return name -> ParquetFooters.read(spark, versionDir.uri("staging/" + name));
    }

    /**
     * The warehouse, on the file system its location names, with the session's Hadoop settings; a location
     * Vigie cannot use (an invalid URI, a file system the jar lacks) is an argument error.
     */
    static Warehouse openWarehouse(SparkSession spark, String warehouseDir) throws UsageException {
        try {
            return new Warehouse(warehouseDir, spark.sparkContext().hadoopConfiguration());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--warehouse : " + e.getMessage());
        }
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

    /**
     * The autodiagnostics campaigns a run took from the published version as they were.
     *
     * @param campaigns        the carried campaigns
     * @param onlyLater        whether the other campaigns (those the files read touch) all come after every carried
     *                         one
     * @param touchesPublished whether one of the campaigns the files read touch was published
     */
    private record CarriedCampaigns(Set<String> campaigns, boolean onlyLater, boolean touchesPublished) {
        static final CarriedCampaigns NONE = new CarriedCampaigns(Set.of(), false, false);

        /** Whether the run only adds campaigns. */
        boolean onlyLaterAdded() {
            return onlyLater && !touchesPublished;
        }
    }

    /**
     * Gives the new version the autodiagnostics campaigns that no file read by this run touches (hard links
     * on a local disk): their rows, and so which of them is retained, are the published ones. Returns those
     * campaigns.
     */
    private CarriedCampaigns carryUnchangedCampaigns(ValidatedInputs inputs, WarehouseVersion versionDir,
            Optional<WarehouseVersion> publishedVersion) throws Exception {
        if (inputs.reused().isEmpty()) {
            return CarriedCampaigns.NONE;
        }
        WarehouseVersion published = publishedVersion.orElseThrow();
        Set<String> touched = inputs.campaignsRead();
        String table = "staging/" + StagingTables.of(Source.AUTODIAGNOSTICS);
        TreeSet<String> carried = new TreeSet<>();
        boolean touchesPublished = false;
        for (String partition : published.tables(table)) {
            String campagne = partition.substring(partition.indexOf('=') + 1);
            if (partition.startsWith(Col.CAMPAGNE + "=") && !touched.contains(campagne)) {
                versionDir.copyFrom(published, table + "/" + partition);
                carried.add(campagne);
            } else if (touched.contains(campagne)) {
                touchesPublished = true;
            }
        }
        // Campaign names (YYYY-Sn) sort in calendar order.
        boolean onlyLater = carried.isEmpty() || touched.stream().allMatch(t -> t.compareTo(carried.last()) > 0);
        return new CarriedCampaigns(carried, onlyLater, touchesPublished);
    }

    /**
     * The assessments of the carried campaigns, from the published {@code scores_sites}, when it exists and was
     * computed with the same thresholds (the coverage threshold makes the scores); otherwise none.
     */
    private CarriedScores carriedScores(Optional<WarehouseVersion> publishedVersion, RunLedger ledger,
            Set<String> carried, Thresholds thresholds) throws Exception {
        if (carried.isEmpty()) {
            return CarriedScores.none();
        }
        WarehouseVersion published = publishedVersion.orElseThrow();
        boolean sameThresholds = ledger != null && thresholds.asProperties().entrySet().stream()
                .allMatch(t -> t.getValue().equals(ledger.parameters().get(SEUILS_PREFIX + t.getKey())));
        String scores = "marts/" + GridMarts.SCORES_SITES;
        if (!sameThresholds || !published.has(scores)) {
            log.note("scores recalculés pour toutes les campagnes : " + (sameThresholds
                    ? "la version publiée n'a pas de " + GridMarts.SCORES_SITES : "seuils modifiés"));
            return CarriedScores.none();
        }
        log.note("scores de " + carried.size() + " campagne(s) repris de la version publiée");
        return CarriedScores.of(carried, ParquetFooters.read(spark, published.uri(scores)));
    }

    /**
     * What the marts take from the published version, when this run carried every source but autodiagnostics
     * (their files all unchanged: see {@link ValidatedInputs#carriedSources}); otherwise nothing. The marts of the
     * pôle d'appui that no autodiagnostic enters ({@link AppuiMarts#WITHOUT_AUTODIAGNOSTICS}) are carried whole;
     * when the run only adds later campaigns to carried ones, the per-campaign grid marts keep their published
     * rows. Only what the published version has is taken.
     *
     * @param onlyLaterAdded the run only adds campaigns after the carried ones, whose scores it carries
     */
    private CarriedMarts carriedMarts(ValidatedInputs inputs, Optional<WarehouseVersion> publishedVersion,
            RunLedger ledger, boolean onlyLaterAdded) throws IOException {
        if (!inputs.carriedSources().equals(EnumSet.complementOf(EnumSet.of(Source.AUTODIAGNOSTICS)))
                || ledger == null || ledger.marts() == null) {
            return CarriedMarts.none();
        }
        WarehouseVersion published = publishedVersion.orElseThrow();
        Map<String, Long> rows = new LinkedHashMap<>();
        addPublished(AppuiMarts.WITHOUT_AUTODIAGNOSTICS, ledger, published, rows);
        if (!rows.isEmpty()) {
            log.note(rows.size() + " indicateur(s) du pôle d'appui repris de la version publiée");
        }
        boolean appending = onlyLaterAdded;
        for (String mart : GridMarts.ON_SCORES) {
            appending &= published.has("marts/" + mart);
        }
        if (appending && inputs.campaignsRead().isEmpty()) {
            // No accepted autodiagnostic read: the published scores stand, and so does every mart built on them.
            addPublished(ON_PUBLISHED_SCORES, ledger, published, rows);
            log.note("aucun autodiagnostic accepté lu : indicateurs de la grille repris de la version publiée");
        } else if (appending) {
            log.note("indicateurs par campagne : lignes publiées reprises, campagnes ajoutées seules calculées");
        }
        return new CarriedMarts(published, rows, appending);
    }

    /** Adds to {@code rows} those of {@code marts} the published version has, with their rows from its ledger. */
    private static void addPublished(List<String> marts, RunLedger ledger, WarehouseVersion published,
            Map<String, Long> rows) throws IOException {
        for (String mart : marts) {
            if (ledger.marts().containsKey(mart) && published.has("marts/" + mart)) {
                rows.put(mart, ledger.marts().get(mart));
            }
        }
    }

    private ValidatedInputs validation(InputInventory inventory) throws Exception {
        return validation(inventory, PublishedIngestion.none("validation seule"), null);
    }

    private ValidatedInputs validation(InputInventory inventory, PublishedIngestion published, String scratch)
            throws Exception {
        // Sources are validated side by side: each is shown when it is done, with the time since the start.
        long start = System.nanoTime();
        return log.run("validation", () -> ValidatedInputs.validate(spark, inventory, published, scratch,
                (source, rows) -> log.progress("validation", source.code(), rows,
                        (System.nanoTime() - start) / 1_000_000)),
                inputs -> inputs.counts().stream().mapToLong(FileCounts::lues).sum());
    }

    private RunLedger withTimings(RunLedger ledger) {
        return ledger.withStages(log.timings().stream()
                .map(t -> new RunLedger.Stage(t.name(), t.elapsedMs(), t.rows())).toList());
    }

    private static RunLedger.Input ledgerInput(FileCounts counts) {
        return new RunLedger.Input(counts.fichier(), counts.sha256(), counts.source().code(), counts.lues(),
                counts.acceptees(), counts.rejetees());
    }
}
