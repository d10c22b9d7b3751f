package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every source validated ({@link InputValidation}): the verdict of each row read, kept once so that staging, rejects
 * and counts all read it.
 */
public final class ValidatedInputs {
    private final Map<Source, Dataset<Row>> validated;
    private final List<FileCounts> counts;
    private final Map<Source, String> sourceFingerprints;
    private final Map<String, String> campaignFingerprints;
    private final int filesFromStore;
    private final Runnable release;

    /**
     * @param sourceFingerprints   see {@link #fingerprint}
     * @param campaignFingerprints see {@link #campaignFingerprints}
     * @param filesFromStore       how many files were not read: their checked rows were in the store
     * @param release              frees what the validated rows are kept in
     */
    ValidatedInputs(Map<Source, Dataset<Row>> validated, List<FileCounts> counts,
            Map<Source, String> sourceFingerprints, Map<String, String> campaignFingerprints, int filesFromStore,
            Runnable release) {
        this.sourceFingerprints = new EnumMap<>(sourceFingerprints);
        this.validated = new EnumMap<>(validated);
        this.counts = List.copyOf(counts);
        this.campaignFingerprints = Map.copyOf(campaignFingerprints);
        this.filesFromStore = filesFromStore;
        this.release = release;
    }

    /** The accepted rows of a source, typed, with their provenance ({@code fichier, ligne}). */
    public Dataset<Row> accepted(Source source) {
        return InputValidation.accepted(validated.get(source)).drop(Col.CODE_MOTIF, Col.MOTIF, Col.ENREGISTREMENT);
    }

    /**
     * A fingerprint of a source's accepted rows: their count and a 64-bit hash of their files' keys in the store,
     * paths, and the lines and keys of the rows accepted. With the same Vigie version, two runs whose fingerprints
     * of a source are equal have the same accepted rows.
     */
    public String fingerprint(Source source) {
        return sourceFingerprints.get(source);
    }

    /** For each autodiagnostics campaign, the fingerprint of its accepted rows (as {@link #fingerprint}). */
    public Map<String, String> campaignFingerprints() {
        return campaignFingerprints;
    }

    /** How many input files were not read, their checked rows being in the store already. */
    public int filesFromStore() {
        return filesFromStore;
    }

    /** The rejected rows of every source, in the layout of the {@code rejets} table. */
    public Dataset<Row> rejected(String runId) {
        Dataset<Row> all = null;
        for (Map.Entry<Source, Dataset<Row>> entry : validated.entrySet()) {
            Dataset<Row> rejected = entry.getValue().filter(col(Col.CODE_MOTIF).isNotNull())
                    .select(lit(runId).as(Col.RUN_ID), lit(entry.getKey().code()).as(Col.SOURCE), col(Col.FICHIER),
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

    /** Frees the rows kept in memory. */
    public void release() {
        release.run();
    }
}
