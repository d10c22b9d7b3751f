package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import fr.ush.vigie.ingest.input.InputFile;
import fr.ush.vigie.ingest.input.RawInput;
import fr.ush.vigie.ingest.validate.SourceValidator;
import fr.ush.vigie.ingest.validate.ValidationRules;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.spark.SideBySide;
import fr.ush.vigie.spark.SparkSessions;
import fr.ush.vigie.warehouse.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

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
            StoreKeys keys = validation.keys(source);
            // Only files to check (or, without any file, the layout of the checked rows) need the sources referred
            // to: a source whose files are all in the store waits for none.
            List<String> after = keys.toCheck().isEmpty() && !keys.keyOf().isEmpty() ? List.of()
                    : targets(source).stream().map(Source::code).toList();
            pieces.add(source.code(), source.code(), after, () -> validation.source(source, keys));
            pieces.add(counting(source), source.code(), List.of(source.code()), () -> {
                SourceCounts outcome = validation.counts(source);
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
        Map<Source, String> fingerprints = new EnumMap<>(Source.class);
        int fromStore = 0;
        for (Source source : Source.values()) {
            SourceCounts outcome = (SourceCounts) done.get(counting(source));
            counts.addAll(outcome.counts());
            campaigns.putAll(outcome.campaigns());
            fingerprints.put(source, outcome.fingerprint());
            Checked checked = validation.validated.get(source);
            rows.put(source, checked.rows());
            fromStore += checked.fromStore();
            store.keepOnly(source, checked.keys().all());
        }
        return new ValidatedInputs(rows, counts, fingerprints, campaigns, fromStore, validation::release);
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
    sealed interface Piece permits Checked, SourceCounts {
    }

    /**
     * A source's validated rows, its keys in the store, how many of its files were already there (not read), and
     * its duplicates with their counts when the store has them (else the duplicates alone).
     */
    private record Checked(Dataset<Row> rows, StoreKeys keys, int fromStore, Dataset<Row> duplicates,
            Optional<String> counts) implements Piece {
    }

    /**
     * The key of each file of a source in the store, by file, the files to check (one per key not in the store: two
     * files with the same bytes are checked once), and the key of the source's verdicts: its files and their keys,
     * in order.
     */
    private record StoreKeys(Map<String, String> keyOf, Map<String, InputFile> toCheck, String sourceKey) {
        Set<String> all() {
            Set<String> all = new java.util.HashSet<>(keyOf.values());
            all.add(sourceKey);
            return all;
        }
    }

    private StoreKeys keys(Source source) {
        Map<String, String> keyOf = new LinkedHashMap<>();
        String references = referencesOf(source);
        Map<String, InputFile> toCheck = new LinkedHashMap<>();
        for (InputFile file : inventory.files(source)) {
            String key = fileKey(rulesVersion, source, file.fichier(), inventory.sha256(file.fichier()), references);
            keyOf.put(file.fichier(), key);
            if (!toCheck.containsKey(key) && !store.has(source, key)) {
                toCheck.put(key, file);
            }
        }
        StringBuilder files = new StringBuilder(rulesVersion).append('\n').append(source.code()).append('\n');
        keyOf.forEach((fichier, key) -> files.append(fichier).append('\t').append(key).append('\n'));
        return new StoreKeys(keyOf, toCheck, Sha256.of(files.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private Checked source(Source source, StoreKeys keys) {
        SourceValidator validator = new SourceValidator(source);
        Function<Source, Dataset<Row>> acceptedOf = target -> accepted(rowsOf(target));
        if (keys.keyOf().isEmpty()) {
            // An empty local relation stays as it is: Spark's optimiser folds every query over it without a job.
            Dataset<Row> none = validator.check(spark.createDataFrame(List.of(), RawSchemas.forSource(source)),
                    acceptedOf);
            Dataset<Row> duplicates = materialiser.few(validator.duplicates(none));
            return validated(source, new Checked(validator.classify(none, duplicates), keys, 0, duplicates,
                    Optional.empty()));
        }
        if (!keys.toCheck().isEmpty()) {
            Map<String, String> paths = new LinkedHashMap<>();
            keys.toCheck().forEach((key, file) -> paths.put(key, file.fichier()));
            store.add(source, validator.check(RawInput.read(spark, source, List.copyOf(keys.toCheck().values())),
                    acceptedOf), paths);
        }
        Dataset<Row> checked = store.rows(source, keys.keyOf());
        Optional<CheckedRowStore.Verdicts> stored = store.verdicts(source, keys.sourceKey());
        Dataset<Row> duplicates = stored.isPresent() ? stored.get().duplicates()
                : materialiser.few(validator.duplicates(checked));
        return validated(source, new Checked(validator.classify(checked, duplicates), keys,
                keys.keyOf().size() - keys.toCheck().size(), duplicates, stored.map(CheckedRowStore.Verdicts::counts)));
    }

    private Checked validated(Source source, Checked checked) {
        validated.put(source, checked);
        return checked;
    }

    /**
     * The counts of every file of the source and, for the autodiagnostics, the fingerprint of each campaign's
     * accepted rows: as stored with the source's duplicates, or from one pass over the validated rows, then stored.
     */
    private SourceCounts counts(Source source) {
        Checked checked = validated.get(source);
        if (checked.counts().isPresent()) {
            return SourceCounts.parse(inventory, source, checked.counts().get());
        }
        SourceCounts outcome = SourceCounts.of(inventory, source, checked.rows(), checked.keys().keyOf());
        if (!checked.keys().keyOf().isEmpty()) {
            store.addVerdicts(source, checked.keys().sourceKey(),
                    new CheckedRowStore.Verdicts(checked.duplicates(), outcome.asText()));
        }
        return outcome;
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
