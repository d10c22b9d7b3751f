package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.bit_xor;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import fr.ush.vigie.ingest.input.InputFile;
import fr.ush.vigie.ingest.input.RawInput;
import fr.ush.vigie.ingest.validate.SourceValidator;
import fr.ush.vigie.ingest.validate.ValidationRules;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.spark.SideBySide;
import fr.ush.vigie.spark.SparkSessions;
import fr.ush.vigie.staging.Campaigns;
import fr.ush.vigie.warehouse.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Validates every source, each once the sources it refers to are validated, against their accepted rows. Each
 * source goes the same way: rules 1 to 5 row by row for the files whose checked rows are not in the
 * {@link CheckedRowStore} yet, every file's checked rows read from the store, rule 6 across rows, the verdict of
 * each row, its counts per file.
 *
 * <p>A file's entry in the store is keyed by what its checked rows depend on ({@link #fileKey}): so whether a file
 * is checked now or was checked by an earlier run changes nothing in the result, only in the time it takes.
 */
public final class InputValidation {
    private final SparkSession spark;
    private final InputInventory inventory;
    private final CheckedRowStore store;
    private final String rulesVersion;
    private final Materialiser materialiser;
    private final Map<Source, Checked> validated = new ConcurrentHashMap<>();

    private InputValidation(SparkSession spark, InputInventory inventory, CheckedRowStore store,
            String rulesVersion) {
        this.spark = spark;
        this.inventory = inventory;
        this.store = store;
        this.rulesVersion = rulesVersion;
        this.materialiser = new Materialiser(spark);
    }

    /**
     * Each source is two pieces of work, run side by side with the others' a few at once
     * ({@link SparkSessions#sideBySide}): its rows, once the rows of the sources it refers to are there, then its
     * counts per file. The sources that refer to it wait for its rows only: its counts are taken while they are
     * validated. A small source is mostly the driver planning and compiling its queries, which would otherwise leave
     * the executors idle. Each piece's result depends only on the pieces it waits for, so the order they finish in
     * changes nothing.
     *
     * @param store        where checked rows are kept by content; it holds this validation's files' entries once
     *                     it returns, and no other
     * @param rulesVersion the version of the rules (Vigie's): a store entry is only read by the version that wrote it
     * @param onSource     told of each source validated, with its rows read
     */
    public static ValidatedInputs validate(SparkSession spark, InputInventory inventory, CheckedRowStore store,
            String rulesVersion, BiConsumer<Source, Long> onSource) {
        InputValidation validation = new InputValidation(spark, inventory, store, rulesVersion);
        SideBySide<String, Piece> pieces = new SideBySide<>(spark, SparkSessions.sideBySide(spark));
        for (Source source : Source.values()) {
            pieces.add(source.code(), source.code(), targets(source).stream().map(Source::code).toList(),
                    () -> validation.source(source));
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
            validation.release();
            throw failure;
        } catch (Exception failure) {
            validation.release();
            throw new IllegalStateException(failure.getMessage(), failure);
        }
        List<FileCounts> counts = new ArrayList<>();
        Map<Source, Dataset<Row>> rows = new EnumMap<>(Source.class);
        Map<String, String> campaigns = new TreeMap<>();
        int fromStore = 0;
        for (Source source : Source.values()) {
            SourceOutcome outcome = (SourceOutcome) done.get(counting(source));
            counts.addAll(outcome.counts());
            campaigns.putAll(outcome.campaigns());
            Checked checked = validation.validated.get(source);
            rows.put(source, checked.rows());
            fromStore += checked.fromStore();
            store.keepOnly(source, checked.keys());
        }
        return new ValidatedInputs(rows, counts, campaigns, fromStore, validation::release);
    }

    private static String counting(Source source) {
        return source.code() + " (comptes)";
    }

    /** The sources {@code source} refers to, in the order of {@link Source}. */
    private static List<Source> targets(Source source) {
        return ValidationRules.forSource(source).references().stream().map(reference -> reference.target())
                .distinct().sorted().toList();
    }

    /**
     * The key of a file's checked rows in the {@link CheckedRowStore}: the SHA-256 of what they depend on, the rules'
     * version, the source, the file's format (its extension) and bytes (their SHA-256), and the files of the sources
     * it refers to ({@code references}, see {@link #referencesOf}).
     */
    static String fileKey(String rulesVersion, Source source, String fichier, String sha256, String references) {
        String extension = fichier.substring(fichier.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Sha256.of(String.join("\n", rulesVersion, source.code(), extension, sha256, references)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The SHA-256 of the files the accepted rows of the sources {@code source} refers to come from (their paths
     * and SHA-256), and of those these sources refer to in turn: everything rules 1 to 5 read besides the row.
     */
    String referencesOf(Source source) {
        StringBuilder text = new StringBuilder();
        for (Source target : targets(source)) {
            text.append(target.code()).append('\n');
            for (InputFile file : inventory.files(target)) {
                text.append(file.fichier()).append('\t').append(inventory.sha256(file.fichier())).append('\n');
            }
            text.append(referencesOf(target)).append('\n');
        }
        return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What a piece of the validation gives: a source's rows ({@link Checked}), then its counts. */
    private sealed interface Piece permits Checked, SourceOutcome {
    }

    /**
     * A source's validated rows, the keys of its files in the store and how many of its files were already there
     * (not read).
     */
    private record Checked(Dataset<Row> rows, Set<String> keys, int fromStore) implements Piece {
    }

    /**
     * What validating one source gives besides its rows: its counts per file and, for the autodiagnostics, the
     * fingerprint of each campaign's accepted rows (see {@link ValidatedInputs#campaignFingerprints}).
     */
    private record SourceOutcome(List<FileCounts> counts, Map<String, String> campaigns) implements Piece {
    }

    private Checked source(Source source) {
        SourceValidator validator = new SourceValidator(source);
        Function<Source, Dataset<Row>> acceptedOf = target -> accepted(rowsOf(target));
        // Planned over an empty local relation, which Spark's optimiser folds without a job: the checked rows' layout.
        Dataset<Row> none = validator.check(spark.createDataFrame(List.of(), RawSchemas.forSource(source)),
                acceptedOf);
        List<InputFile> files = inventory.files(source);
        Map<String, String> keyOf = new LinkedHashMap<>();
        String references = referencesOf(source);
        files.forEach(file -> keyOf.put(file.fichier(),
                fileKey(rulesVersion, source, file.fichier(), inventory.sha256(file.fichier()), references)));
        Map<String, InputFile> toCheck = new LinkedHashMap<>();
        for (InputFile file : files) {
            String key = keyOf.get(file.fichier());
            if (!toCheck.containsKey(key) && !store.has(source, key)) {
                toCheck.put(key, file);
            }
        }
        Dataset<Row> checked = none;
        if (!files.isEmpty()) {
            Dataset<Row> keys = keysOf(keyOf);
            if (!toCheck.isEmpty()) {
                Dataset<Row> read = RawInput.read(spark, source, List.copyOf(toCheck.values()));
                store.add(source, validator.check(read, acceptedOf).join(broadcast(keys), Col.FICHIER)
                        .drop(Col.FICHIER), toCheck.keySet());
            }
            checked = store.rows(source, Set.copyOf(keyOf.values()), none.drop(Col.FICHIER).schema())
                    .join(broadcast(keys), CheckedRowStore.KEY)
                    .select(java.util.Arrays.stream(none.columns()).map(Column::new).toArray(Column[]::new));
        }
        Dataset<Row> duplicates = materialiser.few(validator.duplicates(checked));
        Checked result = new Checked(validator.classify(checked, duplicates), Set.copyOf(keyOf.values()),
                files.size() - toCheck.size());
        validated.put(source, result);
        return result;
    }

    /** Each file's key in the store, as a small table {@code fichier, cle}. */
    private Dataset<Row> keysOf(Map<String, String> keyOf) {
        List<Row> rows = new ArrayList<>();
        keyOf.forEach((fichier, key) -> rows.add(RowFactory.create(fichier, key)));
        return spark.createDataFrame(rows, new StructType()
                .add(Col.FICHIER, DataTypes.StringType, false).add(CheckedRowStore.KEY, DataTypes.StringType, false));
    }

    /**
     * The counts of every file of the source and, for the autodiagnostics, the fingerprint of each campaign's
     * accepted rows, both from one pass over the validated rows.
     */
    private SourceOutcome counts(Source source) {
        Dataset<Row> validatedRows = validated.get(source).rows();
        Column accepted = col(Col.CODE_MOTIF).isNull();
        Column campaign = source == Source.AUTODIAGNOSTICS
                ? when(accepted, Campaigns.of(col(Col.DATE_AUTODIAGNOSTIC))) : lit(null).cast("string");
        List<Column> content = new ArrayList<>(List.of(col(Col.FICHIER), col(Col.LIGNE)));
        source.columnNames().forEach(name -> content.add(col(name)));
        Row[] rows = (Row[]) validatedRows.groupBy(col(Col.FICHIER), campaign.as(Col.CAMPAGNE))
                .agg(count(lit(1)).as("lues"), count(when(accepted.unary_$bang(), lit(1))).as("rejetees"),
                        bit_xor(xxhash64(content.toArray(Column[]::new))).as("empreinte"))
                .collect();
        Map<String, long[]> byFile = new LinkedHashMap<>();
        inventory.files(source).forEach(file -> byFile.put(file.fichier(), new long[2]));
        Map<String, long[]> byCampaign = new TreeMap<>();
        for (Row row : rows) {
            long[] n = byFile.get(row.getString(0));
            n[0] += row.getLong(2);
            n[1] += row.getLong(3);
            if (!row.isNullAt(1)) {
                // Accepted rows only: their count and the XOR of their hashes, over the files they come from.
                long[] print = byCampaign.computeIfAbsent(row.getString(1), c -> new long[2]);
                print[0] += row.getLong(2);
                print[1] ^= row.getLong(4);
            }
        }
        List<FileCounts> counts = new ArrayList<>();
        byFile.forEach((fichier, n) -> counts.add(new FileCounts(fichier, source, inventory.sha256(fichier), n[0],
                n[0] - n[1], n[1])));
        Map<String, String> campaigns = new TreeMap<>();
        byCampaign.forEach((c, print) -> campaigns.put(c, print[0] + "-" + HexFormat.of().toHexDigits(print[1])));
        return new SourceOutcome(counts, campaigns);
    }

    private Dataset<Row> rowsOf(Source source) {
        Checked result = validated.get(source);
        if (result == null) {
            throw new IllegalStateException("a source is validated before the sources that refer to it");
        }
        return result.rows();
    }

    private void release() {
        materialiser.release();
        store.release();
    }

    /** The accepted rows among validated ones. */
    static Dataset<Row> accepted(Dataset<Row> validatedRows) {
        return validatedRows.filter(col(Col.CODE_MOTIF).isNull());
    }
}
