package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import fr.ush.vigie.ingest.input.InputFile;
import fr.ush.vigie.ingest.input.RawInput;
import fr.ush.vigie.ingest.validate.DuplicateKeys;
import fr.ush.vigie.ingest.validate.DuplicateKeys.KeyRange;
import fr.ush.vigie.ingest.validate.SourceValidator;
import fr.ush.vigie.ingest.validate.ValidationRules;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.spark.SideBySide;
import fr.ush.vigie.spark.SparkSessions;
import fr.ush.vigie.staging.Campaigns;
import fr.ush.vigie.warehouse.RunLedger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Validates every source, each once the sources it refers to are validated, against their accepted rows. Each
 * source goes the same way: its files read, rules 1 to 5 row by row (kept once: every later pass reads them),
 * rule 6 across rows, the verdict of each row, its counts per file.
 *
 * <p>What a {@link PublishedIngestion} reuses changes only which files are read. Its unchanged autodiagnostics files
 * are not read: their published accepted rows take part in rule 6 with the rows read now. Should a file read now
 * hold a key that a reused file had first, the reuse is given up and every file is read, so that the result is
 * always the full ingestion's. The other sources, whose files are then all unchanged, are taken as published.
 */
public final class InputValidation {
    /** Why a planned reuse was given up for a full read. */
    public static final String REUSE_ABANDONED = "un nouveau fichier reprend une clé d'un fichier publié";

    private final SparkSession spark;
    private final InputInventory inventory;
    private final PublishedIngestion published;
    private final Materialiser materialiser;
    private final Map<Source, Checked> validated = new ConcurrentHashMap<>();

    private InputValidation(SparkSession spark, InputInventory inventory, PublishedIngestion published,
            Materialiser materialiser) {
        this.spark = spark;
        this.inventory = inventory;
        this.published = published;
        this.materialiser = materialiser;
    }

    /**
     * Each source is two pieces of work, run side by side with the others' a few at once
     * ({@link SparkSessions#sideBySide}): its rows, once the rows of the sources it refers to are there, then its
     * counts per file. The sources that refer to it wait for its rows only: its counts are taken while they are
     * validated. A small source is mostly the driver planning and compiling its queries, which would otherwise leave
     * the executors idle. Each piece's result depends only on the pieces it waits for, so the order they finish in
     * changes nothing.
     *
     * @param scratch  a folder (any Hadoop URI) where the checked autodiagnostics rows are kept as Parquet while
     *                 the ingestion runs, removed by {@link ValidatedInputs#release}; null to keep them in memory
     *                 (the {@code validate} command, which has no warehouse to write in)
     * @param onSource told of each source validated, with its rows read
     */
    public static ValidatedInputs validate(SparkSession spark, InputInventory inventory, PublishedIngestion published,
            String scratch, BiConsumer<Source, Long> onSource) {
        InputValidation validation = new InputValidation(spark, inventory, published,
                new Materialiser(spark, scratch));
        SideBySide<String, Piece> pieces = new SideBySide<>(spark, SparkSessions.sideBySide(spark));
        for (Source source : Source.values()) {
            List<String> after = ValidationRules.forSource(source).references().stream()
                    .map(reference -> reference.target().code()).distinct().toList();
            pieces.add(source.code(), source.code(), after, () -> validation.source(source));
            pieces.add(counting(source), source.code(), List.of(source.code()), () -> {
                SourceOutcome outcome = validation.counts(source);
                onSource.accept(source, outcome.counts().stream().mapToLong(FileCounts::lues).sum());
                return outcome;
            });
        }
        Map<String, Piece> done;
        try {
            done = pieces.run();
        } catch (RuntimeException | Error failure) {
            validation.materialiser.release();
            throw failure;
        } catch (Exception failure) {
            validation.materialiser.release();
            throw new IllegalStateException(failure.getMessage(), failure);
        }
        List<FileCounts> counts = new ArrayList<>();
        Map<Source, Dataset<Row>> rows = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            counts.addAll(((SourceOutcome) done.get(counting(source))).counts());
            rows.put(source, validation.validated.get(source).rows());
        }
        SourceOutcome autodiagnostics = (SourceOutcome) done.get(counting(Source.AUTODIAGNOSTICS));
        return new ValidatedInputs(spark, rows, counts, autodiagnostics.campaignsRead(), autodiagnostics.reused(),
                published, validation.materialiser);
    }

    private static String counting(Source source) {
        return source.code() + " (comptes)";
    }

    /** What a piece of the validation gives: a source's rows ({@link Checked}), then its counts. */
    private sealed interface Piece permits Checked, SourceOutcome {
    }

    /**
     * A source's validated rows, and the published ingestion whose rows took part in their rule 6 ({@code
     * published}, or none when the reuse was given up).
     */
    private record Checked(Dataset<Row> rows, PublishedIngestion reused) implements Piece {
    }

    /**
     * What validating one source gives besides its rows: its counts per file, the campaigns of the accepted
     * autodiagnostics read now when published files are reused (empty otherwise) and the published ingestion it
     * finally reused.
     */
    private record SourceOutcome(List<FileCounts> counts, Set<String> campaignsRead, PublishedIngestion reused)
            implements Piece {
    }

    private Checked source(Source source) {
        IncrementalPlan plan = published.plan();
        Checked result;
        if (plan.carries(source)) {
            result = new Checked(published.validated(spark, source), published);
        } else if (source != Source.AUTODIAGNOSTICS || !plan.reuses()) {
            result = read(source, inventory.files(source), PublishedIngestion.none(""));
        } else {
            List<InputFile> toRead = inventory.files(source).stream().filter(f -> !plan.reuses(f.fichier()))
                    .toList();
            Checked reading = read(source, toRead, published);
            result = reading != null ? reading
                    : read(source, inventory.files(source), PublishedIngestion.none(REUSE_ABANDONED));
        }
        validated.put(source, result);
        return result;
    }

    private SourceOutcome counts(Source source) {
        if (published.plan().carries(source)) {
            return carried(source);
        }
        Checked result = validated.get(source);
        return counted(result.rows(), source, result.reused());
    }

    /**
     * Validates the files given, the published accepted rows of {@code reused}'s files taking part in rule 6.
     * Null when a file read takes a key a reused file had first.
     */
    private Checked read(Source source, List<InputFile> files, PublishedIngestion reused) {
        SourceValidator validator = new SourceValidator(source);
        Dataset<Row> checked = validator.check(raw(source, files), target -> accepted(rowsOf(target)));
        Dataset<Row> duplicates;
        if (reused.plan().reuses() && !files.isEmpty()) {
            DuplicateKeys keys = validator.keys();
            Observation observed = new Observation();
            checked = materialiser.keep(source, keys.observingKeyRange(checked, observed));
            KeyRange range = DuplicateKeys.observedKeyRange(observed);
            Dataset<Row> readKeys = keys.keysOfChecked(checked);
            // Usually the published footers show that no published key lies in the range read: nothing to look up.
            Dataset<Row> candidates = reused.mayHoldAutodiagnostics(spark, keys.firstKeyColumn(), range)
                    ? readKeys.unionByName(keys.keysOfAcceptedSharedWith(reused.acceptedAutodiagnostics(spark),
                            readKeys, range))
                    : readKeys;
            duplicates = materialiser.few(validator.duplicates(candidates));
            if (takesKeyOfReusedFile(duplicates, files)) {
                return null;
            }
        } else {
            // An empty local relation stays as it is: Spark's optimiser folds every query over it without a job.
            checked = files.isEmpty() ? checked : materialiser.keep(source, checked);
            duplicates = materialiser.few(validator.duplicates(checked));
        }
        return new Checked(validator.classify(checked, duplicates), reused);
    }

    /**
     * The counts of a source whose files are all unchanged since the published version (see
     * {@link IncrementalPlan#carries}): its published rows and counts stand for validating it again, and nothing is
     * read.
     */
    private SourceOutcome carried(Source source) {
        List<FileCounts> counts = new ArrayList<>();
        for (InputFile file : inventory.files(source)) {
            RunLedger.Input previous = published.plan().unchanged().get(file.fichier());
            counts.add(fileCounts(file.fichier(), source, previous.lignesLues(), previous.lignesRejetees()));
        }
        return new SourceOutcome(counts, Set.of(), published);
    }

    private Dataset<Row> raw(Source source, List<InputFile> files) {
        return files.isEmpty()
                ? spark.createDataFrame(List.of(), RawSchemas.forSource(source))
                : RawInput.read(spark, source, files);
    }

    private static boolean takesKeyOfReusedFile(Dataset<Row> duplicates, List<InputFile> read) {
        Object[] readFiles = read.stream().map(InputFile::fichier).toArray();
        return !duplicates.filter(not(col(SourceValidator.DUPLICATE_FICHIER).isin(readFiles))).isEmpty();
    }

    /**
     * The counts of every file of the source, those of reused files from the plan, and, when files are reused,
     * the campaigns of the autodiagnostics accepted among {@code checked} (which published campaigns the run
     * leaves untouched), both from one pass over the rows.
     */
    private SourceOutcome counted(Dataset<Row> checked, Source source, PublishedIngestion reused) {
        IncrementalPlan plan = reused.plan();
        Map<String, long[]> byFile = new LinkedHashMap<>();
        for (InputFile file : inventory.files(source)) {
            RunLedger.Input previous = plan.reused().get(file.fichier());
            byFile.put(file.fichier(), previous == null ? new long[2]
                    : new long[] {previous.lignesLues(), previous.lignesRejetees()});
        }
        Column acceptedCampaign = plan.reuses()
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
        byFile.forEach((fichier, n) -> result.add(fileCounts(fichier, source, n[0], n[1])));
        return new SourceOutcome(result, campaignsRead, reused);
    }

    private FileCounts fileCounts(String fichier, Source source, long lues, long rejetees) {
        return new FileCounts(fichier, source, inventory.sha256(fichier), lues, lues - rejetees, rejetees);
    }

    private Dataset<Row> rowsOf(Source source) {
        Checked result = validated.get(source);
        if (result == null) {
            throw new IllegalStateException("a source is validated before the sources that refer to it");
        }
        return result.rows();
    }

    /** The accepted rows among validated ones. */
    static Dataset<Row> accepted(Dataset<Row> validatedRows) {
        return validatedRows.filter(col(Col.CODE_MOTIF).isNull());
    }
}
