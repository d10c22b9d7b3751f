package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.broadcast;

import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of input files once checked against rules 1 to 5, kept by content: each file's rows under a key
 * ({@link InputValidation#fileKey}) that changes with its bytes, its format, the files of the sources it refers to
 * and the rules. A file whose key is already here is not read nor checked again: what is here is what checking it
 * again would give, but for the path of the file, which {@link #rows} gives back as the run names it (a file
 * renamed or copied keeps its key).
 *
 * <p>The files a run checks of a source are kept together, as one lot. Two places. {@link #inFolder} keeps lots as
 * Parquet in a folder of the warehouse, from one run to the next: a lot appears whole (written aside with the list
 * of its keys, then renamed into place) or not at all, so a run killed at any point leaves only complete entries.
 * {@link #inMemory} keeps them for one validation only (the {@code validate} command, which writes nothing).
 */
public abstract sealed class CheckedRowStore permits CheckedRowFolder, CheckedRowStore.InMemory {
    /** In {@link #rows}, the path a row was kept with, when the run names its file otherwise. */
    private static final String KEPT_PATH = "_fichier_conserve";

    /** Where the rows of a key are: their lot, and the path of the file they were checked from. */
    record Entry(String lot, String fichier) {
    }

    /**
     * What rule 6 found among a source's files, and their counts.
     *
     * @param duplicates the rows of rule 6's result (see {@code SourceValidator.duplicates})
     * @param counts     the counts per file and fingerprints, as text
     */
    record Verdicts(Dataset<Row> duplicates, String counts) {
    }

    private final Map<Source, Map<String, Entry>> entries = new ConcurrentHashMap<>();

    /**
     * @param spark the session
     * @param uri   the folder (any Hadoop URI); one folder per source inside
     */
    public static CheckedRowStore inFolder(SparkSession spark, String uri) {
        return new CheckedRowFolder(spark, uri.replaceAll("/+$", ""));
    }

    /** A store for one validation, empty to begin with, kept in memory (serialized, spilled to disk if need be). */
    public static CheckedRowStore inMemory(SparkSession spark) {
        return new InMemory(spark);
    }

    /** Whether the rows of {@code key} are here. */
    boolean has(Source source, String key) {
        return entries(source).containsKey(key);
    }

    /**
     * Keeps the checked rows of some files of a source, as one lot.
     *
     * @param files each file's key, and the path its rows carry ({@code fichier})
     */
    void add(Source source, Dataset<Row> checked, Map<String, String> files) {
        String lot = UUID.randomUUID().toString();
        write(source, lot, Optional.of(checked), files, Optional.empty());
        Map<String, Entry> known = entries(source);
        files.forEach((key, fichier) -> known.put(key, new Entry(lot, fichier)));
    }

    /**
     * The rows of some files of a source, each with the path the run names its file by: a lot is read as it is
     * when the run wants each of its files once, under the path kept; otherwise its rows are matched to the
     * run's paths (a file renamed, copied, or no longer read).
     *
     * @param files each file's path in this run, and its key
     */
    Dataset<Row> rows(Source source, Map<String, String> files) {
        Map<String, Entry> known = entries(source);
        Map<String, List<Row>> pathsByLot = new LinkedHashMap<>();
        Map<String, Boolean> asKept = new LinkedHashMap<>();
        files.forEach((fichier, key) -> {
            Entry entry = known.get(key);
            pathsByLot.computeIfAbsent(entry.lot(), l -> new ArrayList<>()).add(RowFactory.create(entry.fichier(),
                    fichier));
            asKept.merge(entry.lot(), entry.fichier().equals(fichier), Boolean::logicalAnd);
        });
        Dataset<Row> all = null;
        for (Map.Entry<String, List<Row>> lot : pathsByLot.entrySet()) {
            long keys = known.values().stream().filter(e -> e.lot().equals(lot.getKey())).count();
            Dataset<Row> rows = lot(source, lot.getKey());
            if (!asKept.get(lot.getKey()) || keys != lot.getValue().size()) {
                Dataset<Row> paths = rows.sparkSession().createDataFrame(lot.getValue(), new StructType()
                        .add(KEPT_PATH, DataTypes.StringType, false).add(Col.FICHIER, DataTypes.StringType, false));
                rows = rows.withColumnRenamed(Col.FICHIER, KEPT_PATH).join(broadcast(paths), KEPT_PATH)
                        .drop(KEPT_PATH);
            }
            all = all == null ? rows : all.unionByName(rows);
        }
        return all;
    }

    /** The verdicts of a source's files stored under {@code sourceKey} (see {@link #addVerdicts}), if there. */
    Optional<Verdicts> verdicts(Source source, String sourceKey) {
        Entry entry = entries(source).get(sourceKey);
        return entry == null ? Optional.empty() : Optional.of(readVerdicts(source, entry.lot()));
    }

    /**
     * Keeps what rule 6 found among a source's files and their counts, under a key of the files' keys in order: the
     * verdict of every row follows from them and the files' checked rows.
     */
    void addVerdicts(Source source, String sourceKey, Verdicts verdicts) {
        String lot = UUID.randomUUID().toString();
        // Usually there is no duplicate (and the rows are on the driver, so knowing it costs no job): no rows to write.
        Optional<Dataset<Row>> duplicates = verdicts.duplicates().isEmpty() ? Optional.empty()
                : Optional.of(verdicts.duplicates().coalesce(1));
        write(source, lot, duplicates, Map.of(sourceKey, ""), Optional.of(verdicts.counts()));
        entries(source).put(sourceKey, new Entry(lot, ""));
    }

    /** Removes every lot of {@code source} holding none of {@code keys}: the store holds what the latest run read. */
    void keepOnly(Source source, Set<String> keys) {
        Set<String> used = new HashSet<>();
        Map<String, Entry> known = entries(source);
        for (String key : keys) {
            // A source without files has no verdicts kept: its key is nowhere.
            Entry entry = known.get(key);
            if (entry != null) {
                used.add(entry.lot());
            }
        }
        removeLotsBut(source, used);
        known.values().removeIf(entry -> !used.contains(entry.lot()));
    }

    /** The entries of {@code source}, read once. */
    private Map<String, Entry> entries(Source source) {
        return entries.computeIfAbsent(source, s -> new ConcurrentHashMap<>(listEntries(s)));
    }

    abstract Map<String, Entry> listEntries(Source source);

    abstract void write(Source source, String lot, Optional<Dataset<Row>> rows, Map<String, String> keys,
            Optional<String> counts);

    abstract Dataset<Row> lot(Source source, String lot);

    abstract Verdicts readVerdicts(Source source, String lot);

    abstract void removeLotsBut(Source source, Set<String> lots);

    /** Frees what only this validation needed. */
    abstract void release();

    /** Locally checkpointed rows, one dataset per lot; verdicts are not kept (the validation computes them once). */
    static final class InMemory extends CheckedRowStore {
        private final Materialiser materialiser;
        private final Map<String, Dataset<Row>> lots = new ConcurrentHashMap<>();

        private InMemory(SparkSession spark) {
            this.materialiser = new Materialiser(spark);
        }

        @Override
        Map<String, Entry> listEntries(Source source) {
            return Map.of();
        }

        @Override
        void write(Source source, String lot, Optional<Dataset<Row>> rows, Map<String, String> keys,
                Optional<String> counts) {
            if (counts.isEmpty()) {
                lots.put(lot, materialiser.inMemory(rows.orElseThrow()));
            }
        }

        @Override
        Dataset<Row> lot(Source source, String lot) {
            return lots.get(lot);
        }

        @Override
        Verdicts readVerdicts(Source source, String lot) {
            // Never asked: addVerdicts keeps no entry here, so verdicts finds none.
            throw new IllegalStateException("verdicts are not kept in memory");
        }

        @Override
        void addVerdicts(Source source, String sourceKey, Verdicts verdicts) {
            // Computed once per validation: nothing to keep.
        }

        @Override
        void removeLotsBut(Source source, Set<String> kept) {
            // Nothing outlives the validation.
        }

        @Override
        void release() {
            materialiser.release();
        }
    }
}
