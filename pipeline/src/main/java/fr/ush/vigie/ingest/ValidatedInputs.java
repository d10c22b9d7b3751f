package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import fr.ush.vigie.ingest.input.InputFile;
import fr.ush.vigie.ingest.input.RawInput;
import fr.ush.vigie.ingest.validate.SourceValidator;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Every source validated in dependency order, each against the accepted rows of the ones before it. The
 * validated rows of each source are materialised once: staging, rejects and counts all read them.
 */
public final class ValidatedInputs {
    private final Map<Source, Dataset<Row>> validated;
    private final List<FileCounts> counts;

    private ValidatedInputs(Map<Source, Dataset<Row>> validated, List<FileCounts> counts) {
        this.validated = validated;
        this.counts = List.copyOf(counts);
    }

    /** Validates one source after another; {@code onSource} hears of each as it is done. */
    public static ValidatedInputs validate(SparkSession spark, InputInventory inventory,
            java.util.function.BiConsumer<Source, Long> onSource) {
        Map<Source, Dataset<Row>> validated = new EnumMap<>(Source.class);
        List<FileCounts> counts = new ArrayList<>();
        for (Source source : Source.values()) {
            List<InputFile> files = inventory.files(source);
            Dataset<Row> raw = files.isEmpty()
                    ? spark.createDataFrame(List.of(), RawSchemas.forSource(source))
                    : RawInput.read(spark, source, files);
            // Materialised with its lineage cut: each later source, and the union of rejects, would otherwise
            // re-analyse the plans of every source it refers to (seconds of planning per query).
            Dataset<Row> checked = new SourceValidator(source)
                    .validate(raw, reference -> accepted(validated, reference))
                    .localCheckpoint(true, StorageLevel.MEMORY_AND_DISK());
            validated.put(source, checked);
            List<FileCounts> sourceCounts = countByFile(checked, source, inventory);
            counts.addAll(sourceCounts);
            onSource.accept(source, sourceCounts.stream().mapToLong(FileCounts::lues).sum());
        }
        return new ValidatedInputs(validated, counts);
    }

    private static List<FileCounts> countByFile(Dataset<Row> checked, Source source, InputInventory inventory) {
        Map<String, long[]> byFile = new LinkedHashMap<>();
        for (InputFile file : inventory.files(source)) {
            byFile.put(file.fichier(), new long[2]);
        }
        Row[] rows = (Row[]) checked.groupBy(col(Col.FICHIER))
                .agg(count(lit(1)).as("lues"), count(when(col(Col.CODE_MOTIF).isNotNull(), lit(1))).as("rejetees"))
                .collect();
        for (Row row : rows) {
            byFile.put(row.getString(0), new long[] {row.getLong(1), row.getLong(2)});
        }
        List<FileCounts> result = new ArrayList<>();
        byFile.forEach((fichier, n) -> result.add(
                new FileCounts(fichier, source, inventory.sha256(fichier), n[0], n[0] - n[1], n[1])));
        return result;
    }

    private static Dataset<Row> accepted(Map<Source, Dataset<Row>> validated, Source source) {
        Dataset<Row> rows = validated.get(source);
        if (rows == null) {
            throw new IllegalStateException(source + " must be validated before the sources that refer to it");
        }
        return rows.filter(col(Col.CODE_MOTIF).isNull());
    }

    /** The accepted rows of a source, typed, with their provenance ({@code fichier, ligne}). */
    public Dataset<Row> accepted(Source source) {
        return accepted(validated, source).drop(Col.CODE_MOTIF, Col.MOTIF, Col.ENREGISTREMENT);
    }

    /** The rejected rows of every source, in the layout of the {@code rejets} table. */
    public Dataset<Row> rejected(String runId) {
        Dataset<Row> all = null;
        for (Map.Entry<Source, Dataset<Row>> entry : validated.entrySet()) {
            Dataset<Row> rejected = entry.getValue().filter(col(Col.CODE_MOTIF).isNotNull()).select(
                    lit(runId).as(Col.RUN_ID), lit(entry.getKey().code()).as(Col.SOURCE), col(Col.FICHIER),
                    col(Col.LIGNE), col(Col.CODE_MOTIF), col(Col.MOTIF), col(Col.ENREGISTREMENT));
            all = all == null ? rejected : all.unionByName(rejected);
        }
        return all;
    }

    /** Per-file reconciliation, files of each source in validation order. */
    public List<FileCounts> counts() {
        return counts;
    }

    /** Per-source reconciliation. */
    public Map<Source, FileCounts> countsBySource() {
        Map<Source, FileCounts> bySource = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            List<FileCounts> files = counts.stream().filter(c -> c.source() == source).toList();
            bySource.put(source, new FileCounts(source.path(), source, null,
                    files.stream().mapToLong(FileCounts::lues).sum(),
                    files.stream().mapToLong(FileCounts::acceptees).sum(),
                    files.stream().mapToLong(FileCounts::rejetees).sum()));
        }
        return bySource;
    }

    /** The sources whose reject rate (rejected / read) is strictly over {@code maxRate}. */
    public List<FileCounts> overRejectLimit(double maxRate) {
        return countsBySource().values().stream()
                .filter(c -> c.lues() > 0 && (double) c.rejetees() / c.lues() > maxRate).toList();
    }

    /** Frees the materialised rows (their blocks would otherwise wait for the context cleaner). */
    public void release() {
        validated.values().forEach(rows -> rows.rdd().unpersist(false));
    }
}
