package fr.ush.vigie.ingest.input;

import fr.ush.vigie.ingest.RawSchemas;
import fr.ush.vigie.ingest.read.CloseableRecordIterator;
import fr.ush.vigie.ingest.read.InputFileException;
import fr.ush.vigie.ingest.read.InputFileReader;
import fr.ush.vigie.ingest.read.RawRecord;
import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Reads the files of one source on the executors, a task reading several files in turn, so that thousands of
 * small autodiagnostics files cost one task each batch rather than one Spark file scan each.
 */
public final class RawInput {

    private RawInput() {
    }

    /** The raw rows of the files of {@code source} (schema {@link RawSchemas#forSource}). */
    public static Dataset<Row> read(SparkSession spark, Source source, List<InputFile> files) {
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(files, tasks(spark, files.size()))
                .flatMap(RawInput::rowsOf);
        return spark.createDataFrame(rows, RawSchemas.forSource(source));
    }

    /**
     * How many tasks read {@code files} input files: as Spark packs small files in its own file scans, a task takes
     * {@code spark.sql.files.maxPartitionBytes} worth of files, each costing {@code spark.sql.files.openCostInBytes}
     * (input files are small next to it), in at least {@code spark.sql.files.minPartitionNum} tasks (by default
     * the default parallelism), and never more tasks than files.
     */
    static int tasks(SparkSession spark, int files) {
        long perTask = Math.max(1, bytes(spark, "spark.sql.files.maxPartitionBytes", "128m")
                / Math.max(1, bytes(spark, "spark.sql.files.openCostInBytes", "4m")));
        String minTasks = spark.conf().get("spark.sql.files.minPartitionNum", null);
        int atLeast = minTasks == null ? spark.sparkContext().defaultParallelism() : Integer.parseInt(minTasks);
        long bySize = (files + perTask - 1) / perTask;
        return (int) Math.max(1, Math.min(files, Math.max(bySize, atLeast)));
    }

    /** A size setting of the session, read as SparkConf reads sizes ({@code 128MB}, {@code 4194304b}). */
    private static long bytes(SparkSession spark, String key, String fallback) {
        return new SparkConf(false).set(key, spark.conf().get(key, fallback)).getSizeAsBytes(key);
    }

    static Iterator<Row> rowsOf(InputFile file) {
        CloseableRecordIterator records;
        try {
            records = InputFileReader.open(file.source(), file.fichier(), file.opener());
        } catch (InputFileException e) {
            // Headers were checked before: a file that changed since is an error of the run, not of a row.
            throw new IllegalStateException(e.getMessage(), e);
        }
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> closeQuietly(records));
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = records.hasNext();
                if (!more) {
                    closeQuietly(records);
                }
                return more;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return row(records.next());
            }
        };
    }

    /** A record as a row of {@link RawSchemas#forSource}: {@code fichier, ligne, erreur_structure}, its fields. */
    static Row row(RawRecord record) {
        Object[] values = new Object[3 + record.champs().size()];
        values[0] = record.fichier();
        values[1] = record.ligne();
        values[2] = record.erreurStructure();
        for (int i = 0; i < record.champs().size(); i++) {
            values[3 + i] = record.champs().get(i);
        }
        return RowFactory.create(values);
    }

    private static void closeQuietly(CloseableRecordIterator records) {
        try {
            records.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
