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
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Reads the files of one source on the executors, a task reading several files in turn, so that thousands of
 * small autodiagnostics files cost one task each batch rather than one Spark file scan each.
 */
public final class RawInput {

    /**
     * Tasks per core: short tasks (under a second for 17 million autodiagnostic rows on 2 cores) even out between
     * cores and let the jobs of sources validated alongside take a core between two of them: the scheduler does
     * not interrupt a running task, and the chain of small sources validated while the autodiagnostics are read
     * (a few dozen jobs, each waiting for a free core) took three times as long beside 32 tasks of 3 s.
     */
    private static final int SLICES_PER_CORE = 64;
    /**
     * Tasks per core when no other source is validated meanwhile: each task has a fixed cost (its files
     * deserialized, its output committed), some 50 ms, which took a third of the check of 1.7 million
     * autodiagnostic rows in 128 tasks.
     */
    private static final int SLICES_PER_CORE_ALONE = 8;

    private RawInput() {
    }

    /**
     * The raw rows of the files of {@code source} (schema {@link RawSchemas#forSource}).
     *
     * @param alone whether no other source is validated while they are read
     */
    public static Dataset<Row> read(SparkSession spark, Source source, List<InputFile> files, boolean alone) {
        int cores = spark.sparkContext().defaultParallelism();
        int perCore = alone ? SLICES_PER_CORE_ALONE : SLICES_PER_CORE;
        int slices = Math.max(1, Math.min(files.size(), cores * perCore));
        JavaRDD<InternalRow> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(files, slices)
                .flatMap(RawInput::rowsOf);
        // Spark's internal rows, built here rather than by its encoder of public rows, which encoded every text
        // cell to UTF-8 (a seventh of the check of 17 million autodiagnostic records): see InternalRows. The
        // method is internal to Spark SQL (package-private in Scala, public to Java) and is what
        // createDataFrame itself calls once rows are encoded.
        return ((org.apache.spark.sql.classic.SparkSession) spark)
                .internalCreateDataFrame(rows.rdd(), RawSchemas.forSource(source), false);
    }

    static Iterator<InternalRow> rowsOf(InputFile file) {
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
        InternalRows internalRows = new InternalRows();
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
            public InternalRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return internalRows.of(records.next());
            }
        };
    }

    /**
     * Records as Spark's internal rows (schema {@link RawSchemas#forSource}), each text encoded once per run of
     * records holding it: the records of a wide autodiagnostic row share the very strings of its fixed cells
     * (autodiagnostic, site, date, grid version), and every record of a file its name.
     */
    static final class InternalRows {
        private List<String> previous = List.of();
        private UTF8String[] previousEncoded = new UTF8String[0];
        private String fichier;
        private UTF8String fichierEncoded;

        InternalRow of(RawRecord record) {
            if (!record.fichier().equals(fichier)) {
                fichier = record.fichier();
                fichierEncoded = UTF8String.fromString(fichier);
            }
            List<String> champs = record.champs();
            UTF8String[] encoded = new UTF8String[champs.size()];
            Object[] values = new Object[3 + champs.size()];
            values[0] = fichierEncoded;
            values[1] = record.ligne();
            values[2] = record.erreurStructure() == null ? null : UTF8String.fromString(record.erreurStructure());
            for (int i = 0; i < encoded.length; i++) {
                String champ = champs.get(i);
                boolean repeated = i < previous.size() && previous.get(i) == champ;
                encoded[i] = repeated ? previousEncoded[i] : champ == null ? null : UTF8String.fromString(champ);
                values[3 + i] = encoded[i];
            }
            previous = champs;
            previousEncoded = encoded;
            return new GenericInternalRow(values);
        }
    }

    private static void closeQuietly(CloseableRecordIterator records) {
        try {
            records.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
