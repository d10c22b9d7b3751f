package fr.ush.vigie.ingest;

import fr.ush.vigie.io.ParquetFooters;
import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

/**
 * Parquet, one folder per source, one folder per lot, with the list of its keys and their paths in
 * {@code _cles} and, for verdicts, the counts in {@code _comptes}.
 */
final class CheckedRowFolder extends CheckedRowStore {
    /** Lots being written or removed, renamed from or into place whole; what is left in it is a killed run's. */
    private static final String ASIDE = "_ecriture";
    /** In a lot folder, its keys and their paths, one per line (a name Spark's readers leave out). */
    private static final String KEYS = "_cles";
    /** In a lot folder of verdicts, the counts. */
    private static final String COUNTS = "_comptes";
    private final SparkSession spark;
    private final String uri;

    CheckedRowFolder(SparkSession spark, String uri) {
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
