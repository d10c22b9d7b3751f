package fr.ush.vigie.marts;

import fr.ush.vigie.model.Source;
import fr.ush.vigie.staging.StagingTables;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The grid marts of CONTRACT section 5 (1–4), from the staging tables. {@code scores_sites} is the only one that
 * reads the long autodiagnostics table, once; the three others are built on it ({@link #onScores}): the job writes
 * it first and builds them on what it wrote, so that table is never read again.
 */
public final class GridMarts {
    public static final String SCORES_SITES = ScoresSites.TABLE;
    public static final String TENDANCES_TERRITOIRES = TendancesTerritoires.TABLE;
    public static final String TRANSITIONS_SITUATIONS = TransitionsSituations.TABLE;
    public static final String VEILLE_SITES = VeilleSites.TABLE;
    public static final String CONTROLES_ATYPIQUES = ControlesAtypiques.TABLE;

    /**
     * The marts {@link #onScores} returns. Each row of them depends on the {@code scores_sites} rows of its own
     * campaign only (and the small staging tables): computed on some campaigns' rows, they give exactly those
     * campaigns' rows.
     */
    public static final List<String> ON_SCORES = List.of(TENDANCES_TERRITOIRES, TRANSITIONS_SITUATIONS, VEILLE_SITES,
            CONTROLES_ATYPIQUES);

    /** The marts' names, in the order {@link #compute} returns them. */
    public static final List<String> NAMES = List.of(SCORES_SITES, TENDANCES_TERRITOIRES, TRANSITIONS_SITUATIONS,
            VEILLE_SITES, CONTROLES_ATYPIQUES);

    private GridMarts() {
    }

    /** Mart {@code scores_sites}, the assessments of {@code carried} campaigns reused. */
    public static Dataset<Row> scoresSites(StagingSource staging, Thresholds thresholds, CarriedScores carried) {
        return ScoresSites.compute(staging.table(StagingTables.AUTODIAGNOSTICS),
                staging.table(StagingTables.of(Source.GRILLE)), staging.table(StagingTables.SITES), thresholds,
                carried);
    }

    /** The grid marts built on {@code scores_sites}, by name, in the order of {@link #NAMES}. */
    public static LinkedHashMap<String, Dataset<Row>> onScores(Dataset<Row> scoresSites, StagingSource staging,
            Thresholds thresholds) {
        Dataset<Row> sites = staging.table(StagingTables.SITES);
        LinkedHashMap<String, Dataset<Row>> marts = new LinkedHashMap<>();
        marts.put(TENDANCES_TERRITOIRES, TendancesTerritoires.compute(scoresSites, sites));
        marts.put(TRANSITIONS_SITUATIONS, TransitionsSituations.compute(scoresSites));
        marts.put(VEILLE_SITES, VeilleSites.compute(scoresSites, sites,
                staging.table(StagingTables.of(Source.DEMANDES)), staging.table(StagingTables.of(Source.MISSIONS))));
        marts.put(CONTROLES_ATYPIQUES, ControlesAtypiques.compute(scoresSites,
                staging.table(StagingTables.AUTODIAGNOSTICS), thresholds.atypiqueZ()));
        return marts;
    }

}
