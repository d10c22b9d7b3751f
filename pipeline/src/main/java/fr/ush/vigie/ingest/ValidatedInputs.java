package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import fr.ush.vigie.ingest.input.InputFile;
import fr.ush.vigie.ingest.input.RawInput;
import fr.ush.vigie.ingest.validate.SourceValidator;
import fr.ush.vigie.ingest.validate.SourceValidator.KeyRange;
import fr.ush.vigie.ingest.validate.ValidationRules;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.spark.SideBySide;
import fr.ush.vigie.staging.Campaigns;
import fr.ush.vigie.warehouse.RunLedger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Every source validated in dependency order, each against the accepted rows of the ones before it. The
 * validated rows of each source are materialised once: staging, rejects and counts all read them.
 *
 * <p>When a {@link PublishedIngestion} reuses unchanged autodiagnostics files, only the new files are read; the
 * published accepted rows take part in the duplicate check, and the published rows and rejects of the reused
 * files stand for them in staging, rejects and counts. Should a new file hold a key that a reused file had first
 * (a new file sorting before it), the reuse is abandoned and every file is read, so the result is always the
 * full ingestion's. The other sources, whose files are then all unchanged, are not validated again: their
 * published rows, rejects and counts stand for them ({@link #carriedSources}).
 */
public final class ValidatedInputs {
    /** Why a planned reuse was given up for a full read. */
    public static final String REUSE_ABANDONED = "un nouveau fichier reprend une clé d'un fichier publié";
    /** Sources validated at once at most: autodiagnostics and the small sources that do not need them. */
    private static final int LANES = 3;

    private final Map<Source, Dataset<Row>> validated;
    private final List<FileCounts> counts;
    private final Set<String> campaignsRead;
    private final SparkSession spark;
    private final PublishedIngestion reused;
    private final PublishedIngestion carriedFrom;
    private final Materialiser materialiser;

    private ValidatedInputs(SparkSession spark, Map<Source, Dataset<Row>> validated, List<FileCounts> counts,
            Set<String> campaignsRead, PublishedIngestion reused, PublishedIngestion carriedFrom,
            Materialiser materialiser) {
        this.spark = spark;
        this.materialiser = materialiser;
        this.validated = validated;
        this.counts = List.copyOf(counts);
        this.campaignsRead = Set.copyOf(campaignsRead);
        this.reused = reused;
        this.carriedFrom = carriedFrom;
    }

    /**
     * Validates every source, each once the sources it refers to are validated, reusing what {@code published}
     * allows. Sources that do not depend on each other are validated side by side (autodiagnostics, millions of
     * rows, beside the pôle d'appui's files): a small source is mostly the driver planning and compiling its
     * queries, which would otherwise leave the executors idle. Each source's result depends only on the results
     * of the sources it refers to, so the order they finish in changes nothing.
     *
     * @param scratch a folder (any Hadoop URI) where the checked autodiagnostic rows are kept as Parquet while
     *                the ingestion runs, removed by {@link #release}; null to keep them in memory (the
     *                {@code validate} command, which has no warehouse to write in)
     */
    public static ValidatedInputs validate(SparkSession spark, InputInventory inventory,
            PublishedIngestion published, String scratch, BiConsumer<Source, Long> onSource) {
        Map<Source, Dataset<Row>> validated = new ConcurrentHashMap<>();
        Map<Source, CheckedAhead> checkedAhead = new ConcurrentHashMap<>();
        Materialiser materialiser = new Materialiser(spark, scratch);
        SideBySide<String, SourceOutcome> pieces = new SideBySide<>(spark, LANES);
        // Declared first, so that the large source's rows are read from the start, beside the chain of small
        // sources it refers to (regions, départements, communes, organismes, sites: mostly the driver planning).
        for (Source source : Source.values()) {
            if (large(source)) {
                pieces.add(aheadOf(source), source.code(), List.of(), () -> {
                    checkedAhead.put(source, checkAhead(spark, source, inventory, published, materialiser));
                    return null;
                });
            }
        }
        for (Source source : Source.values()) {
            List<String> after = new ArrayList<>(ValidationRules.forSource(source).references().stream()
                    .map(reference -> reference.target().code()).distinct().toList());
            if (large(source)) {
                after.add(aheadOf(source));
            }
            pieces.add(source.code(), source.code(), after, () -> {
                SourceOutcome outcome = published.plan().carries(source)
                        ? carry(spark, source, inventory, validated, published)
                        : validateSource(spark, source, inventory, validated, published, materialiser,
                                checkedAhead.get(source));
                onSource.accept(source, outcome.counts().stream().mapToLong(FileCounts::lues).sum());
                return outcome;
            });
        }
        Map<String, SourceOutcome> outcomes;
        try {
            outcomes = pieces.run();
        } catch (RuntimeException | Error failure) {
            materialiser.release();
            throw failure;
        } catch (Exception failure) {
            materialiser.release();
            throw new IllegalStateException(failure.getMessage(), failure);
        }
        List<FileCounts> counts = new ArrayList<>();
        for (Source source : Source.values()) {
            counts.addAll(outcomes.get(source.code()).counts());
        }
        SourceOutcome autodiagnostics = outcomes.get(Source.AUTODIAGNOSTICS.code());
        PublishedIngestion reuse = autodiagnostics.reused();
        return new ValidatedInputs(spark, new EnumMap<>(validated), counts, autodiagnostics.campaignsRead(),
                reuse.plan().reuses() ? reuse : null, published.plan().reuses() ? published : null, materialiser);
    }

    /**
     * The one source of millions of rows: its rows are checked against their own rules while the sources it
     * refers to are still being validated (see {@link SourceValidator#checkOwnRules}), and kept in the scratch
     * folder rather than in memory.
     */
    private static boolean large(Source source) {
        return source == Source.AUTODIAGNOSTICS;
    }

    /** The piece that reads a large source and checks its own rules. */
    private static String aheadOf(Source source) {
        return source.code() + " (règles propres)";
    }

    /**
     * A {@link #large} source's rows read from the start through their own rules (rules 1 to 3), kept in the
     * scratch folder; {@link #checkRules} completes them with rule 4 once the sources they refer to are validated.
     *
     * @param keyRange when the plan reuses files and some are read, the range of the key of the rows read, observed
     *                 as they were checked; null otherwise
     */
    private record CheckedAhead(Dataset<Row> rows, KeyRange keyRange) {
    }

    private static CheckedAhead checkAhead(SparkSession spark, Source source, InputInventory inventory,
            PublishedIngestion published, Materialiser materialiser) {
        SourceValidator validator = new SourceValidator(source);
        List<InputFile> toRead = filesToRead(source, inventory, published.plan());
        Dataset<Row> checked = validator.checkOwnRules(raw(spark, source, toRead));
        if (toRead.isEmpty()) {
            // An empty local relation: kept as it is, Spark's optimiser folds every query over it without a job.
            return new CheckedAhead(checked, null);
        }
        if (!published.plan().reuses()) {
            return new CheckedAhead(materialiser.inScratch(checked, source.code()), null);
        }
        Observation keyRange = new Observation();
        Dataset<Row> written = materialiser.inScratch(validator.observingKeyRange(checked, keyRange), source.code());
        return new CheckedAhead(written, SourceValidator.observedKeyRange(keyRange));
    }

    /**
     * What validating one source gives besides its rows: its counts per file, the campaigns of the accepted
     * autodiagnostics read now (none for the other sources) and the published ingestion it finally reused
     * ({@code published} unchanged, or none when autodiagnostics gave the reuse up).
     */
    private record SourceOutcome(List<FileCounts> counts, Set<String> campaignsRead, PublishedIngestion reused) {
    }

    /**
     * One source: rules 1 to 5, duplicates, the reason of each row (put in {@code validated}), counts per file.
     * For autodiagnostics, reads only the files {@code published} does not reuse, unless a new file takes a key
     * of a reused one: then every file is read and nothing is reused.
     *
     * @param checkedAhead for a {@link #large} source, its rows to read already checked
     */
    private static SourceOutcome validateSource(SparkSession spark, Source source, InputInventory inventory,
            Map<Source, Dataset<Row>> validated, PublishedIngestion published, Materialiser materialiser,
            CheckedAhead ahead) {
        SourceValidator validator = new SourceValidator(source);
        PublishedIngestion reuse = published;
        IncrementalPlan plan = reuse.plan();
        boolean incremental = source == Source.AUTODIAGNOSTICS && plan.reuses();
        List<InputFile> toRead = filesToRead(source, inventory, plan);
        Dataset<Row> rulesChecked = checkRules(spark, source, toRead, validated, materialiser, ahead);
        Dataset<Row> duplicates = null;
        if (incremental && !toRead.isEmpty()) {
            Dataset<Row> readKeys = validator.keysOfChecked(rulesChecked);
            // The plan reuses files, so the range was observed as the rows were read (see checkAhead). Usually the
            // published footers show that no published key lies in it: nothing to look up.
            KeyRange range = ahead.keyRange();
            Dataset<Row> candidates = reuse.mayHoldAutodiagnostics(spark, validator.firstKeyColumn(), range)
                    ? readKeys.unionByName(validator.keysOfAcceptedSharedWith(reuse.acceptedAutodiagnostics(spark),
                            readKeys, range))
                    : readKeys;
            duplicates = materialiser.inMemory(validator.duplicates(candidates));
            if (takesKeyOfReusedFile(duplicates, toRead)) {
                reuse = PublishedIngestion.none(REUSE_ABANDONED);
                incremental = false;
                toRead = inventory.files(source);
                rulesChecked = checkRules(spark, source, toRead, validated, materialiser, null);
                duplicates = null;
            }
        }
        if (duplicates == null) {
            // Nothing read (all reused) or a full read: the published rows cannot take part.
            duplicates = materialiser.inMemory(validator.duplicates(rulesChecked));
        }
        Dataset<Row> checked = validator.classify(rulesChecked, duplicates);
        validated.put(source, checked);
        return counted(checked, source, inventory, incremental ? plan : IncrementalPlan.full(""), reuse);
    }

    /**
     * A source whose files are all unchanged since the published version (see {@link IncrementalPlan#carries}):
     * its published rows and counts stand for validating it again, and nothing is read.
     */
    private static SourceOutcome carry(SparkSession spark, Source source, InputInventory inventory,
            Map<Source, Dataset<Row>> validated, PublishedIngestion published) {
        validated.put(source, published.validated(spark, source));
        List<FileCounts> counts = new ArrayList<>();
        for (InputFile file : inventory.files(source)) {
            RunLedger.Input previous = published.plan().unchanged().get(file.fichier());
            counts.add(fileCounts(file.fichier(), source, inventory, previous.lignesLues(),
                    previous.lignesRejetees()));
        }
        return new SourceOutcome(counts, Set.of(), published);
    }

    /** The files of a source to read: for autodiagnostics, those {@code plan} does not reuse. */
    private static List<InputFile> filesToRead(Source source, InputInventory inventory, IncrementalPlan plan) {
        List<InputFile> files = inventory.files(source);
        return source == Source.AUTODIAGNOSTICS && plan.reuses()
                ? files.stream().filter(f -> !plan.reuses(f.fichier())).toList() : files;
    }

    /**
     * Rules 1 to 5 over the files, materialised with their lineage cut (see {@link Materialiser}): the files are
     * read once, and each later source, the counts, the rejects and staging would otherwise re-analyse the plans
     * of every source they refer to. A {@link #large} source goes to the scratch folder, once through its own
     * rules; only the values its references do not find are looked for afterwards.
     *
     * @param checkedAhead for a {@link #large} source, {@code files} already checked; null to read them now
     */
    private static Dataset<Row> checkRules(SparkSession spark, Source source, List<InputFile> files,
            Map<Source, Dataset<Row>> validated, Materialiser materialiser, CheckedAhead checkedAhead) {
        SourceValidator validator = new SourceValidator(source);
        if (large(source)) {
            Dataset<Row> ownChecked = checkedAhead != null ? checkedAhead.rows()
                    : checkOwnRules(spark, source, files, materialiser);
            return validator.checkReferences(ownChecked, reference -> accepted(validated, reference),
                    materialiser::inMemory);
        }
        return materialiser.inMemory(validator.checkRules(raw(spark, source, files),
                reference -> accepted(validated, reference)));
    }

    private static Dataset<Row> checkOwnRules(SparkSession spark, Source source, List<InputFile> files,
            Materialiser materialiser) {
        return materialiser.inScratch(new SourceValidator(source).checkOwnRules(raw(spark, source, files)),
                source.code());
    }

    private static Dataset<Row> raw(SparkSession spark, Source source, List<InputFile> files) {
        return files.isEmpty()
                ? spark.createDataFrame(List.of(), RawSchemas.forSource(source))
                : RawInput.read(spark, source, files);
    }

    private static boolean takesKeyOfReusedFile(Dataset<Row> duplicates, List<InputFile> read) {
        Object[] readFiles = read.stream().map(InputFile::fichier).toArray();
        return !duplicates.filter(not(col(SourceValidator.DUPLICATE_FICHIER).isin(readFiles))).isEmpty();
    }

    /**
     * The outcome of a validated source: the counts of every file, those of reused files from the plan, and, when
     * the plan reuses files, the campaigns of the autodiagnostics accepted among {@code checked} (which published
     * campaigns the run leaves untouched), both from one pass over the rows.
     */
    private static SourceOutcome counted(Dataset<Row> checked, Source source, InputInventory inventory,
            IncrementalPlan plan, PublishedIngestion reuse) {
        Map<String, long[]> byFile = new LinkedHashMap<>();
        for (InputFile file : inventory.files(source)) {
            RunLedger.Input previous = plan.reused().get(file.fichier());
            byFile.put(file.fichier(), previous == null ? new long[2]
                    : new long[] {previous.lignesLues(), previous.lignesRejetees()});
        }
        Column acceptedCampaign = source == Source.AUTODIAGNOSTICS && plan.reuses()
                ? when(col(Col.CODE_MOTIF).isNull(), Campaigns.of(col(Col.DATE_AUTODIAGNOSTIC)))
                : lit(null).cast("string");
        Row[] rows = (Row[]) checked.groupBy(col(Col.FICHIER), acceptedCampaign.as(Col.CAMPAGNE))
                .agg(count(lit(1)).as("lues"), count(when(col(Col.CODE_MOTIF).isNotNull(), lit(1))).as("rejetees"))
                .collect();
        Set<String> campaignsRead = new TreeSet<>();
        for (Row row : rows) {
            // A file read is not reused: its counts start at zero, and add up over its campaigns.
            long[] n = byFile.computeIfAbsent(row.getString(0), fichier -> new long[2]);
            n[0] += row.getLong(2);
            n[1] += row.getLong(3);
            if (!row.isNullAt(1)) {
                campaignsRead.add(row.getString(1));
            }
        }
        List<FileCounts> result = new ArrayList<>();
        byFile.forEach((fichier, n) -> result.add(fileCounts(fichier, source, inventory, n[0], n[1])));
        return new SourceOutcome(result, campaignsRead, reuse);
    }

    private static FileCounts fileCounts(String fichier, Source source, InputInventory inventory, long lues,
            long rejetees) {
        return new FileCounts(fichier, source, inventory.sha256(fichier), lues, lues - rejetees, rejetees);
    }

    private static Dataset<Row> accepted(Map<Source, Dataset<Row>> validated, Source source) {
        Dataset<Row> rows = validated.get(source);
        if (rows == null) {
            throw new IllegalStateException(source + " must be validated before the sources that refer to it");
        }
        return accepted(rows);
    }

    private static Dataset<Row> accepted(Dataset<Row> validatedRows) {
        return validatedRows.filter(col(Col.CODE_MOTIF).isNull());
    }

    /**
     * The accepted rows of the files this run read (all of them unless autodiagnostics files were reused: see
     * {@link #acceptedAutodiagnostics}), typed, with their provenance ({@code fichier, ligne}).
     */
    public Dataset<Row> accepted(Source source) {
        return accepted(validated, source).drop(Col.CODE_MOTIF, Col.MOTIF, Col.ENREGISTREMENT);
    }

    /**
     * The accepted autodiagnostics rows, read now or reused from the published version, but none of the
     * campaigns listed (staging carries those over from the published version untouched).
     */
    public Dataset<Row> acceptedAutodiagnostics(Set<String> excludedCampaigns) {
        Dataset<Row> read = accepted(Source.AUTODIAGNOSTICS);
        return reused == null ? read : read.unionByName(reused.acceptedAutodiagnostics(spark, excludedCampaigns));
    }

    /** The published version whose unchanged autodiagnostics files stand in for reading them, if any. */
    public Optional<PublishedIngestion> reused() {
        return Optional.ofNullable(reused);
    }

    /**
     * The sources this run took as published, every file of them unchanged (see {@link IncrementalPlan#carries}):
     * their staging tables are the published ones.
     */
    public Set<Source> carriedSources() {
        Set<Source> carried = EnumSet.noneOf(Source.class);
        for (Source source : Source.values()) {
            if (carriedFrom != null && carriedFrom.plan().carries(source)) {
                carried.add(source);
            }
        }
        return carried;
    }

    /**
     * The rejected rows of every source, in the layout of the {@code rejets} table: those this run read, and the
     * published ones of the carried sources and reused autodiagnostics files.
     */
    public Dataset<Row> rejected(String runId) {
        Set<Source> carried = carriedSources();
        Dataset<Row> all = null;
        for (Map.Entry<Source, Dataset<Row>> entry : validated.entrySet()) {
            if (carried.contains(entry.getKey())) {
                continue;
            }
            Dataset<Row> rejected = rejectColumns(entry.getValue().filter(col(Col.CODE_MOTIF).isNotNull()),
                    lit(entry.getKey().code()));
            all = all == null ? rejected : all.unionByName(rejected);
        }
        Set<Source> published = EnumSet.noneOf(Source.class);
        published.addAll(carried);
        if (reused != null) {
            published.add(Source.AUTODIAGNOSTICS);
        }
        if (!published.isEmpty()) {
            all = all.unionByName(rejectColumns(carriedFrom.rejected(spark, published), col(Col.SOURCE)));
        }
        return all.select(lit(runId).as(Col.RUN_ID), col(Col.SOURCE), col(Col.FICHIER), col(Col.LIGNE),
                col(Col.CODE_MOTIF), col(Col.MOTIF), col(Col.ENREGISTREMENT));
    }

    private static Dataset<Row> rejectColumns(Dataset<Row> rows, Column source) {
        return rows.select(source.as(Col.SOURCE), col(Col.FICHIER), col(Col.LIGNE), col(Col.CODE_MOTIF),
                col(Col.MOTIF), col(Col.ENREGISTREMENT));
    }

    /**
     * When the run reuses published autodiagnostics files ({@link #reused}), the campaigns of those it read and
     * accepted; empty otherwise.
     */
    public Set<String> campaignsRead() {
        return campaignsRead;
    }

    /** Per-file reconciliation, files of each source in validation order. */
    public List<FileCounts> counts() {
        return counts;
    }

    /** Per-source reconciliation. */
    public Map<Source, FileCounts> countsBySource() {
        Map<Source, FileCounts> bySource = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            List<FileCounts> files = counts.stream().filter(c -> c.source() == source).toList();
            bySource.put(source, new FileCounts(source.path(), source, null,
                    files.stream().mapToLong(FileCounts::lues).sum(),
                    files.stream().mapToLong(FileCounts::acceptees).sum(),
                    files.stream().mapToLong(FileCounts::rejetees).sum()));
        }
        return bySource;
    }

    /** The sources whose reject rate (rejected / read) is strictly over {@code maxRate}. */
    public List<FileCounts> overRejectLimit(double maxRate) {
        return countsBySource().values().stream()
                .filter(c -> c.lues() > 0 && (double) c.rejetees() / c.lues() > maxRate).toList();
    }

    /** Frees the materialised rows and removes the scratch folder. */
    public void release() {
        materialiser.release();
    }
}
