package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Every source validated ({@link InputValidation}): the verdict of each row read, kept once so that staging, rejects
 * and counts all read it, with what the run took from the published version in place of reading it again.
 */
public final class ValidatedInputs {
    private final SparkSession spark;
    private final Map<Source, Dataset<Row>> validated;
    private final List<FileCounts> counts;
    private final Set<String> campaignsRead;
    private final PublishedIngestion reused;
    private final PublishedIngestion carriedFrom;
    private final Materialiser materialiser;

    /**
     * @param reused      the published version whose autodiagnostics files stand in for reading them (a full
     *                    ingestion when none do)
     * @param carriedFrom the published version the run's plan took unchanged sources from
     */
    ValidatedInputs(SparkSession spark, Map<Source, Dataset<Row>> validated, List<FileCounts> counts,
            Set<String> campaignsRead, PublishedIngestion reused, PublishedIngestion carriedFrom,
            Materialiser materialiser) {
        this.spark = spark;
        this.validated = new EnumMap<>(validated);
        this.counts = List.copyOf(counts);
        this.campaignsRead = Set.copyOf(campaignsRead);
        this.reused = reused;
        this.carriedFrom = carriedFrom;
        this.materialiser = materialiser;
    }

    /**
     * The accepted rows of the files this run read (all of them unless autodiagnostics files were reused: see
     * {@link #acceptedAutodiagnostics}), typed, with their provenance ({@code fichier, ligne}).
     */
    public Dataset<Row> accepted(Source source) {
        return InputValidation.accepted(validated.get(source)).drop(Col.CODE_MOTIF, Col.MOTIF, Col.ENREGISTREMENT);
    }

    /**
     * The accepted autodiagnostics rows, read now or reused from the published version, but none of the
     * campaigns listed (staging carries those over from the published version untouched).
     */
    public Dataset<Row> acceptedAutodiagnostics(Set<String> excludedCampaigns) {
        Dataset<Row> read = accepted(Source.AUTODIAGNOSTICS);
        return reused.plan().reuses()
                ? read.unionByName(reused.acceptedAutodiagnostics(spark, excludedCampaigns)) : read;
    }

    /** The published version whose unchanged autodiagnostics files stand in for reading them, if any. */
    public Optional<PublishedIngestion> reused() {
        return reused.plan().reuses() ? Optional.of(reused) : Optional.empty();
    }

    /**
     * The sources this run took as published, every file of them unchanged (see {@link IncrementalPlan#carries}):
     * their staging tables are the published ones.
     */
    public Set<Source> carriedSources() {
        Set<Source> carried = EnumSet.noneOf(Source.class);
        for (Source source : Source.values()) {
            if (carriedFrom.plan().carries(source)) {
                carried.add(source);
            }
        }
        return carried;
    }

    /**
     * The rejected rows of every source, in the layout of the {@code rejets} table: those this run read, and the
     * published ones of the carried sources and reused autodiagnostics files.
     */
    public Dataset<Row> rejected(String runId) {
        Set<Source> carried = carriedSources();
        Dataset<Row> all = null;
        for (Map.Entry<Source, Dataset<Row>> entry : validated.entrySet()) {
            if (carried.contains(entry.getKey())) {
                continue;
            }
            Dataset<Row> rejected = rejectColumns(entry.getValue().filter(col(Col.CODE_MOTIF).isNotNull()),
                    lit(entry.getKey().code()));
            all = all == null ? rejected : all.unionByName(rejected);
        }
        Set<Source> published = EnumSet.noneOf(Source.class);
        published.addAll(carried);
        if (reused.plan().reuses()) {
            published.add(Source.AUTODIAGNOSTICS);
        }
        if (!published.isEmpty()) {
            all = all.unionByName(rejectColumns(carriedFrom.rejected(spark, published), col(Col.SOURCE)));
        }
        return all.select(lit(runId).as(Col.RUN_ID), col(Col.SOURCE), col(Col.FICHIER), col(Col.LIGNE),
                col(Col.CODE_MOTIF), col(Col.MOTIF), col(Col.ENREGISTREMENT));
    }

    private static Dataset<Row> rejectColumns(Dataset<Row> rows, Column source) {
        return rows.select(source.as(Col.SOURCE), col(Col.FICHIER), col(Col.LIGNE), col(Col.CODE_MOTIF),
                col(Col.MOTIF), col(Col.ENREGISTREMENT));
    }

    /**
     * When the run reuses published autodiagnostics files ({@link #reused}), the campaigns of those it read and
     * accepted; empty otherwise.
     */
    public Set<String> campaignsRead() {
        return campaignsRead;
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

    /** Frees the materialised rows and removes the scratch folder. */
    public void release() {
        materialiser.release();
    }
}
