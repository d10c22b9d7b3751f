package fr.ush.vigie.marts;

import fr.ush.vigie.model.Source;
import fr.ush.vigie.staging.StagingTables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The grid marts of CONTRACT section 5 (1–4), from the staging tables. {@code scores_sites} is the only one that
 * reads the long autodiagnostics table, once; it is persisted so that writing it and the three marts built on it
 * does not read that table again. Call {@link #release} once they are written.
 */
public final class GridMarts {
    public static final String SCORES_SITES = ScoresSites.TABLE;
    public static final String TENDANCES_TERRITOIRES = TendancesTerritoires.TABLE;
    public static final String TRANSITIONS_SITUATIONS = TransitionsSituations.TABLE;
    public static final String VEILLE_SITES = VeilleSites.TABLE;

    /** The marts' names, in the order {@link #compute} returns them. */
    public static final List<String> NAMES = List.of(SCORES_SITES, TENDANCES_TERRITOIRES, TRANSITIONS_SITUATIONS,
            VEILLE_SITES);

    private GridMarts() {
    }

    /** The four marts by name, in the order of {@link #NAMES}; nothing is computed until they are written. */
    public static LinkedHashMap<String, Dataset<Row>> compute(StagingSource staging, Thresholds thresholds) {
        return compute(staging, thresholds, CarriedScores.none());
    }

    /** As {@link #compute(StagingSource, Thresholds)}, the assessments of {@code carried} campaigns reused. */
    public static LinkedHashMap<String, Dataset<Row>> compute(StagingSource staging, Thresholds thresholds,
            CarriedScores carried) {
        Dataset<Row> sites = staging.table(StagingTables.SITES);
        Dataset<Row> demandes = staging.table(StagingTables.of(Source.DEMANDES));
        Dataset<Row> scores = ScoresSites.compute(staging.table(StagingTables.AUTODIAGNOSTICS),
                staging.table(StagingTables.of(Source.GRILLE)), sites, thresholds, carried)
                .persist(StorageLevel.MEMORY_AND_DISK());
        LinkedHashMap<String, Dataset<Row>> marts = new LinkedHashMap<>();
        marts.put(SCORES_SITES, scores);
        marts.put(TENDANCES_TERRITOIRES, TendancesTerritoires.compute(scores, sites));
        marts.put(TRANSITIONS_SITUATIONS, TransitionsSituations.compute(scores));
        marts.put(VEILLE_SITES, VeilleSites.compute(scores, sites, demandes,
                staging.table(StagingTables.of(Source.MISSIONS))));
        return marts;
    }

    /** Frees what {@link #compute} persisted. */
    public static void release(Map<String, Dataset<Row>> marts) {
        Dataset<Row> scores = marts.get(SCORES_SITES);
        if (scores != null) {
            scores.unpersist();
        }
    }
}
