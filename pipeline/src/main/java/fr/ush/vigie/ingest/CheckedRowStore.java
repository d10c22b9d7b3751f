package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.col;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * an entry appears whole (written aside, then renamed into place) or not at all, so a run killed at any point
 * leaves only complete entries. {@link #inMemory} keeps them for one validation only (the {@code validate} command,
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

    /** Parquet, one folder per source, one partition folder {@code cle=<key>} per entry. */
    static final class InFolder extends CheckedRowStore {
        /** Entries being written, renamed into place once complete; anything left in it is a killed run's. */
        private static final String WRITING = "_ecriture";
        private final SparkSession spark;
        private final String uri;

        private InFolder(SparkSession spark, String uri) {
            this.spark = spark;
            this.uri = uri;
        }

        @Override
        boolean has(Source source, String key) {
            try {
                Path entry = entry(source, key);
                return fileSystem().exists(entry);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        void add(Source source, Dataset<Row> checked, Set<String> keys) {
            Path aside = new Path(uri + "/" + WRITING + "/" + UUID.randomUUID());
            try {
                FileSystem fs = fileSystem();
                // Read back whole by the runs that need it: no statistics, which cost a comparison per text value
                // written. Dictionaries stay: every pass reading the rows back would otherwise copy each text value.
                checked.write().mode(SaveMode.ErrorIfExists)
                        .option(ParquetOutputFormat.STATISTICS_ENABLED, false)
                        .option(ParquetOutputFormat.SIZE_STATISTICS_ENABLED, false)
                        .partitionBy(KEY).parquet(aside.toString());
                Path sourceFolder = new Path(uri + "/" + source.code());
                fs.mkdirs(sourceFolder);
                for (FileStatus written : fs.listStatus(aside)) {
                    Path target = new Path(sourceFolder, written.getPath().getName());
                    if (written.isDirectory() && !fs.exists(target) && !fs.rename(written.getPath(), target)) {
                        throw new IOException("impossible de renommer " + written.getPath() + " en " + target);
                    }
                }
                fs.delete(aside, true);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        Dataset<Row> rows(Source source, Collection<String> keys, StructType schema) {
            String[] paths = keys.stream().map(key -> entry(source, key).toString()).toArray(String[]::new);
            return spark.read().schema(schema.add(KEY, DataTypes.StringType))
                    .option("basePath", uri + "/" + source.code()).parquet(paths);
        }

        /**
         * Also removes what killed runs left being written. Each entry is renamed aside before it is deleted, so
         * that a run killed meanwhile leaves no partial entry.
         */
        @Override
        void keepOnly(Source source, Set<String> keys) {
            try {
                FileSystem fs = fileSystem();
                fs.delete(new Path(uri + "/" + WRITING), true);
                Path sourceFolder = new Path(uri + "/" + source.code());
                if (!fs.exists(sourceFolder)) {
                    return;
                }
                Set<String> kept = new HashSet<>();
                keys.forEach(key -> kept.add(entry(source, key).getName()));
                for (FileStatus present : fs.listStatus(sourceFolder)) {
                    if (!kept.contains(present.getPath().getName())) {
                        Path removed = new Path(uri + "/" + WRITING + "/" + UUID.randomUUID());
                        fs.mkdirs(removed.getParent());
                        if (fs.rename(present.getPath(), removed)) {
                            fs.delete(removed, true);
                        }
                    }
                }
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        void release() {
            // Entries outlive the run: the next one reads them.
        }

        private Path entry(Source source, String key) {
            return new Path(uri + "/" + source.code() + "/" + KEY + "=" + key);
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
        void keepOnly(Source source, Set<String> keys) {
            // Nothing outlives the validation.
        }

        @Override
        void release() {
            materialiser.release();
        }
    }
}
