package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.broadcast;

import fr.ush.vigie.io.ParquetFooters;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
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
public abstract sealed class CheckedRowStore permits CheckedRowStore.InFolder, CheckedRowStore.InMemory {
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
        return new InFolder(spark, uri.replaceAll("/+$", ""));
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

    /**
     * Parquet, one folder per source, one folder per lot, with the list of its keys and their paths in
     * {@code _cles} and, for verdicts, the counts in {@code _comptes}.
     */
    static final class InFolder extends CheckedRowStore {
        /** Lots being written or removed, renamed from or into place whole; what is left in it is a killed run's. */
        private static final String ASIDE = "_ecriture";
        /** In a lot folder, its keys and their paths, one per line (a name Spark's readers leave out). */
        private static final String KEYS = "_cles";
        /** In a lot folder of verdicts, the counts. */
        private static final String COUNTS = "_comptes";
        private final SparkSession spark;
        private final String uri;

        private InFolder(SparkSession spark, String uri) {
            this.spark = spark;
            this.uri = uri;
        }

        @Override
        Map<String, Entry> listEntries(Source source) {
            Map<String, Entry> found = new ConcurrentHashMap<>();
            try {
                FileSystem fs = fileSystem();
                Path sourceFolder = new Path(uri + "/" + source.code());
                if (!fs.exists(sourceFolder)) {
                    return found;
                }
                for (FileStatus lot : fs.listStatus(sourceFolder)) {
                    Path keys = new Path(lot.getPath(), KEYS);
                    if (lot.isDirectory() && fs.exists(keys)) {
                        for (String line : readText(fs, keys).split("\n")) {
                            String[] keyAndPath = line.split("\t", 2);
                            found.put(keyAndPath[0], new Entry(lot.getPath().getName(), keyAndPath[1]));
                        }
                    }
                }
                return found;
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        void write(Source source, String lot, Optional<Dataset<Row>> rows, Map<String, String> keys,
                Optional<String> counts) {
            Path aside = new Path(uri + "/" + ASIDE + "/" + lot);
            try {
                FileSystem fs = fileSystem();
                // Read back whole by the runs that need it: no statistics, which cost a comparison per text value
                // written. Dictionaries stay: every pass reading the rows back would otherwise copy each text value.
                if (rows.isPresent()) {
                    rows.get().write().mode(SaveMode.ErrorIfExists)
                            .option(ParquetOutputFormat.STATISTICS_ENABLED, false)
                            .option(ParquetOutputFormat.SIZE_STATISTICS_ENABLED, false)
                            .parquet(aside.toString());
                } else {
                    fs.mkdirs(aside);
                }
                if (counts.isPresent()) {
                    writeText(fs, new Path(aside, COUNTS), counts.get());
                }
                StringBuilder list = new StringBuilder();
                keys.forEach((key, fichier) -> list.append(key).append('\t').append(fichier).append('\n'));
                writeText(fs, new Path(aside, KEYS), list.toString());
                Path target = new Path(uri + "/" + source.code() + "/" + lot);
                fs.mkdirs(target.getParent());
                if (!fs.rename(aside, target)) {
                    throw new IOException("impossible de renommer " + aside + " en " + target);
                }
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        Dataset<Row> lot(Source source, String lot) {
            return ParquetFooters.read(spark, uri + "/" + source.code() + "/" + lot);
        }

        @Override
        Verdicts readVerdicts(Source source, String lot) {
            Path folder = new Path(uri + "/" + source.code() + "/" + lot);
            try {
                FileSystem fs = fileSystem();
                boolean written = fs.listStatus(folder, path -> path.getName().endsWith(".parquet")).length > 0;
                // No rows written: no duplicate. An empty local relation: the verdicts look no row up in it.
                Dataset<Row> rows = written ? ParquetFooters.read(spark, folder.toString()) : spark.emptyDataFrame();
                return new Verdicts(rows, readText(fs, new Path(folder, COUNTS)));
            } catch (IOException e) {
                throw failure(e);
            }
        }

        /**
         * Also removes what killed runs left aside. Each lot is renamed aside before it is deleted, so that a run
         * killed meanwhile leaves no partial lot.
         */
        @Override
        void removeLotsBut(Source source, Set<String> lots) {
            try {
                FileSystem fs = fileSystem();
                Path aside = new Path(uri + "/" + ASIDE);
                fs.delete(aside, true);
                Path sourceFolder = new Path(uri + "/" + source.code());
                if (!fs.exists(sourceFolder)) {
                    return;
                }
                for (FileStatus present : fs.listStatus(sourceFolder)) {
                    if (!lots.contains(present.getPath().getName())) {
                        Path removed = new Path(aside, UUID.randomUUID().toString());
                        fs.mkdirs(aside);
                        if (fs.rename(present.getPath(), removed)) {
                            fs.delete(removed, true);
                        }
                    }
                }
                fs.delete(aside, true);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        void release() {
            // Lots outlive the run: the next one reads them.
        }

        private static String readText(FileSystem fs, Path file) throws IOException {
            try (var in = fs.open(file)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        private static void writeText(FileSystem fs, Path file, String text) throws IOException {
            try (var out = fs.create(file, false)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        }

        private FileSystem fileSystem() throws IOException {
            return new Path(uri).getFileSystem(spark.sparkContext().hadoopConfiguration());
        }

        private UncheckedIOException failure(IOException e) {
            return new UncheckedIOException("contrôles conservés " + uri + " : " + e.getMessage(), e);
        }
    }

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
            throw new IllegalStateException("verdicts are not kept in memory");
        }

        @Override
        Optional<Verdicts> verdicts(Source source, String sourceKey) {
            return Optional.empty();
        }

        @Override
        void addVerdicts(Source source, String sourceKey, Verdicts verdicts) {
            // Computed once per validation: nothing to keep.
        }

        @Override
        void keepOnly(Source source, Set<String> keys) {
            // Nothing outlives the validation.
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
