package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.col;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetOutputFormat;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of input files once checked against rules 1 to 5, kept by content: each file's rows under a key
 * ({@link InputValidation#fileKey}) that changes with its bytes, its format, the files of the sources it refers to
 * and the rules. A file whose key is already here is not read nor checked again: what is here is what checking it
 * again would give. The rows are kept without their file's path, so that a file renamed or copied keeps its key.
 *
 * <p>Two places. {@link #inFolder} keeps them as Parquet in a folder of the warehouse, from one run to the next:
 * entries appear whole (written aside with their keys, then renamed into place) or not at all, so a run killed at
 * any point leaves only complete entries. {@link #inMemory} keeps them for one validation only (the {@code validate} command,
 * which writes nothing).
 */
public abstract sealed class CheckedRowStore permits CheckedRowStore.InFolder, CheckedRowStore.InMemory {
    /** The column naming each row's entry. */
    public static final String KEY = "cle";

    /** Whether the rows of {@code key} are here. */
    abstract boolean has(Source source, String key);

    /** Keeps checked rows, each under the key of its {@link #KEY} column: one of {@code keys}. */
    abstract void add(Source source, Dataset<Row> checked, Set<String> keys);

    /**
     * The rows kept under {@code keys}, with their {@link #KEY} column.
     *
     * @param schema the checked rows' columns, without {@link #KEY}
     */
    abstract Dataset<Row> rows(Source source, Collection<String> keys, StructType schema);

    /**
     * The verdicts of a source's files stored under {@code sourceKey} (see {@link #addVerdicts}), if there.
     *
     * @param duplicates the layout of the duplicates' rows
     */
    abstract Optional<Verdicts> verdicts(Source source, String sourceKey, StructType duplicates);

    /**
     * Keeps what rule 6 found among a source's files and their counts, under a key of the files' keys in order: the
     * verdict of every row follows from them and the files' checked rows.
     */
    abstract void addVerdicts(Source source, String sourceKey, Verdicts verdicts);

    /**
     * @param duplicates the rows of rule 6's result (see {@code SourceValidator.duplicates})
     * @param counts     the counts per file and campaign fingerprints, as text
     */
    record Verdicts(Dataset<Row> duplicates, String counts) {
    }

    /** Removes every entry of {@code source} but those of {@code keys}: the store holds what the latest run read. */
    abstract void keepOnly(Source source, Set<String> keys);

    /** Frees what only this validation needed. */
    abstract void release();

    /**
     * @param spark the session
     * @param uri   the folder (any Hadoop URI); one folder per source inside
     */
    public static CheckedRowStore inFolder(SparkSession spark, String uri) {
        return new InFolder(spark, uri.replaceAll("/+$", ""));
    }

    /** A store for one validation, empty to begin with, kept in memory (serialized, spilled to disk if need be). */
    public static CheckedRowStore inMemory(SparkSession spark) {
        return new InMemory(spark);
    }

    /**
     * Parquet, one folder per source, one folder per batch of files checked together (all the files a run checked
     * of that source), with the list of its keys in {@code _cles}. The keys of every batch are read once, when a
     * source is first looked up.
     */
    static final class InFolder extends CheckedRowStore {
        /** Batches being written or removed, renamed from or into place whole; what is left in it is a killed run's. */
        private static final String ASIDE = "_ecriture";
        /** In a batch folder, its keys, one per line (a name Spark's readers leave out). */
        private static final String KEYS = "_cles";
        /** In a batch folder of verdicts, the counts (a name Spark's readers leave out). */
        private static final String COUNTS = "_comptes";
        private final SparkSession spark;
        private final String uri;
        /** For each source looked up, the batch folder of each key. */
        private final Map<Source, Map<String, String>> batchOf = new ConcurrentHashMap<>();

        private InFolder(SparkSession spark, String uri) {
            this.spark = spark;
            this.uri = uri;
        }

        @Override
        boolean has(Source source, String key) {
            return batches(source).containsKey(key);
        }

        @Override
        void add(Source source, Dataset<Row> checked, Set<String> keys) {
            write(source, checked, keys, Optional.empty());
        }

        @Override
        Optional<Verdicts> verdicts(Source source, String sourceKey, StructType duplicates) {
            String batch = batches(source).get(sourceKey);
            if (batch == null) {
                return Optional.empty();
            }
            Path folder = new Path(uri + "/" + source.code() + "/" + batch);
            try (var in = fileSystem().open(new Path(folder, COUNTS))) {
                String counts = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return Optional.of(new Verdicts(spark.read().schema(duplicates).parquet(folder.toString()), counts));
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        void addVerdicts(Source source, String sourceKey, Verdicts verdicts) {
            write(source, verdicts.duplicates().coalesce(1), Set.of(sourceKey), Optional.of(verdicts.counts()));
        }

        /** Writes a batch aside, its keys and counts with it, then renames it into place. */
        private void write(Source source, Dataset<Row> rows, Set<String> keys, Optional<String> counts) {
            String batch = UUID.randomUUID().toString();
            Path aside = new Path(uri + "/" + ASIDE + "/" + batch);
            try {
                FileSystem fs = fileSystem();
                // Read back whole by the runs that need it: no statistics, which cost a comparison per text value
                // written. Dictionaries stay: every pass reading the rows back would otherwise copy each text value.
                rows.write().mode(SaveMode.ErrorIfExists)
                        .option(ParquetOutputFormat.STATISTICS_ENABLED, false)
                        .option(ParquetOutputFormat.SIZE_STATISTICS_ENABLED, false)
                        .parquet(aside.toString());
                if (counts.isPresent()) {
                    writeText(fs, new Path(aside, COUNTS), counts.get());
                }
                writeText(fs, new Path(aside, KEYS), String.join("\n", keys));
                Path target = new Path(uri + "/" + source.code() + "/" + batch);
                fs.mkdirs(target.getParent());
                if (!fs.rename(aside, target)) {
                    throw new IOException("impossible de renommer " + aside + " en " + target);
                }
            } catch (IOException e) {
                throw failure(e);
            }
            Map<String, String> known = batches(source);
            keys.forEach(key -> known.put(key, batch));
        }

        private static void writeText(FileSystem fs, Path file, String text) throws IOException {
            try (var out = fs.create(file, false)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        }

        @Override
        Dataset<Row> rows(Source source, Collection<String> keys, StructType schema) {
            Map<String, String> known = batches(source);
            String[] folders = keys.stream().map(known::get).distinct()
                    .map(batch -> uri + "/" + source.code() + "/" + batch).toArray(String[]::new);
            return spark.read().schema(schema.add(KEY, DataTypes.StringType)).parquet(folders)
                    .filter(col(KEY).isin(keys.toArray()));
        }

        /**
         * Removes the batches of which no key is among {@code keys}, and what killed runs left aside. Each batch is
         * renamed aside before it is deleted, so that a run killed meanwhile leaves no partial batch.
         */
        @Override
        void keepOnly(Source source, Set<String> keys) {
            try {
                FileSystem fs = fileSystem();
                fs.delete(new Path(uri + "/" + ASIDE), true);
                Set<String> used = new HashSet<>();
                keys.forEach(key -> used.add(batches(source).get(key)));
                Path sourceFolder = new Path(uri + "/" + source.code());
                if (!fs.exists(sourceFolder)) {
                    return;
                }
                for (FileStatus present : fs.listStatus(sourceFolder)) {
                    if (!used.contains(present.getPath().getName())) {
                        Path removed = new Path(uri + "/" + ASIDE + "/" + UUID.randomUUID());
                        fs.mkdirs(removed.getParent());
                        if (fs.rename(present.getPath(), removed)) {
                            fs.delete(removed, true);
                        }
                    }
                }
                fs.delete(new Path(uri + "/" + ASIDE), true);
                batches(source).values().retainAll(used);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        void release() {
            // Entries outlive the run: the next one reads them.
        }

        /** The batch folder of each key of {@code source} in the store, read once. */
        private Map<String, String> batches(Source source) {
            return batchOf.computeIfAbsent(source, s -> {
                Map<String, String> found = new ConcurrentHashMap<>();
                try {
                    FileSystem fs = fileSystem();
                    Path sourceFolder = new Path(uri + "/" + s.code());
                    if (fs.exists(sourceFolder)) {
                        for (FileStatus batch : fs.listStatus(sourceFolder)) {
                            Path keys = new Path(batch.getPath(), KEYS);
                            if (batch.isDirectory() && fs.exists(keys)) {
                                try (var in = fs.open(keys)) {
                                    for (String key : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                                            .split("\n")) {
                                        found.put(key, batch.getPath().getName());
                                    }
                                }
                            }
                        }
                    }
                } catch (IOException e) {
                    throw failure(e);
                }
                return found;
            });
        }

        private FileSystem fileSystem() throws IOException {
            return new Path(uri).getFileSystem(spark.sparkContext().hadoopConfiguration());
        }

        private UncheckedIOException failure(IOException e) {
            return new UncheckedIOException("contrôles conservés " + uri + " : " + e.getMessage(), e);
        }
    }

    /** Locally checkpointed rows, one dataset per source. */
    static final class InMemory extends CheckedRowStore {
        private final Materialiser materialiser;
        private final Map<Source, List<Dataset<Row>>> kept = new ConcurrentHashMap<>();
        private final Set<String> keys = ConcurrentHashMap.newKeySet();

        private InMemory(SparkSession spark) {
            this.materialiser = new Materialiser(spark);
        }

        @Override
        boolean has(Source source, String key) {
            return keys.contains(source.code() + "/" + key);
        }

        @Override
        void add(Source source, Dataset<Row> checked, Set<String> added) {
            kept.computeIfAbsent(source, s -> new ArrayList<>()).add(materialiser.inMemory(checked));
            added.forEach(key -> keys.add(source.code() + "/" + key));
        }

        @Override
        Dataset<Row> rows(Source source, Collection<String> wanted, StructType schema) {
            Dataset<Row> all = null;
            for (Dataset<Row> rows : kept.get(source)) {
                all = all == null ? rows : all.unionByName(rows);
            }
            return all.filter(col(KEY).isin(wanted.toArray()));
        }

        @Override
        Optional<Verdicts> verdicts(Source source, String sourceKey, StructType duplicates) {
            return Optional.empty();
        }

        @Override
        void addVerdicts(Source source, String sourceKey, Verdicts verdicts) {
            // Nothing outlives the validation.
        }

        @Override
        void keepOnly(Source source, Set<String> keys) {
            // Nothing outlives the validation.
        }

        @Override
        void release() {
            materialiser.release();
        }
    }
}
