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
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the files of one source on the executors, a task reading several files in turn, so that thousands of
 * small autodiagnostics files cost one task each batch rather than one Spark file scan each.
 */
public final class RawInput {

    /**
     * Tasks per core: short tasks (a few seconds for 17 million autodiagnostic rows on 2 cores) even out between
     * cores and let the jobs of sources validated alongside take a core between two of them; the scheduler does
     * not interrupt a running task.
     */
    private static final int SLICES_PER_CORE = 16;

    private RawInput() {
    }

    /** The raw rows of the files of {@code source} (schema {@link RawSchemas#forSource}). */
    public static Dataset<Row> read(SparkSession spark, Source source, List<InputFile> files) {
        int cores = spark.sparkContext().defaultParallelism();
        int slices = Math.max(1, Math.min(files.size(), cores * SLICES_PER_CORE));
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(files, slices)
                .flatMap(RawInput::rowsOf);
        return spark.createDataFrame(rows, RawSchemas.forSource(source));
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
                return toRow(records.next());
            }
        };
    }

    static Row toRow(RawRecord record) {
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
