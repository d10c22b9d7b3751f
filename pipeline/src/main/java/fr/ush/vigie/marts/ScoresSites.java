package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.AUTODIAGNOSTIC_ID;
import static fr.ush.vigie.model.Col.CAMPAGNE;
import static fr.ush.vigie.model.Col.CODE_DEPARTEMENT;
import static fr.ush.vigie.model.Col.CODE_REGION;
import static fr.ush.vigie.model.Col.DATE_AUTODIAGNOSTIC;
import static fr.ush.vigie.model.Col.FAMILLE;
import static fr.ush.vigie.model.Col.MARCHE;
import static fr.ush.vigie.model.Col.ORGANISME_ID;
import static fr.ush.vigie.model.Col.QPV;
import static fr.ush.vigie.model.Col.SITE_ID;
import static fr.ush.vigie.marts.MartColumns.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Mart {@code scores_sites}: one row per site and campaign with a retained autodiagnostic, its scores, gravité,
 * situation and tendance (CONTRACT sections 4 and 5.1).
 */
public final class ScoresSites {
    public static final String TABLE = "scores_sites";

    /** The contract's columns in the contract's order, then the extra ones. */
    public static final List<String> COLUMNS = List.of(SITE_ID, ORGANISME_ID, CAMPAGNE, AUTODIAGNOSTIC_ID,
            DATE_AUTODIAGNOSTIC, CODE_REGION, CODE_DEPARTEMENT, QPV, MARCHE, FAMILLE, SCORE_GLOBAL,
            SCORE_QUALITE_SERVICE, SCORE_FONCTIONNEMENT_URBAIN, NB_INDICATEURS_EVALUES, NB_NIVEAU_2_PLUS, NB_NIVEAU_3,
            CRITIQUE_NIVEAU_3, GRAVITE, SITUATION, CAMPAGNE_PRECEDENTE, DELTA_SCORE_GLOBAL, TENDANCE,
            SITUATION_PRECEDENTE);

    private ScoresSites() {
    }

    /**
     * What one retained autodiagnostic alone gives, before gravité and history: for given staging rows, grid
     * and coverage threshold, these columns of the mart can be taken as they are (see {@link CarriedScores}).
     */
    public static final List<String> ASSESSMENT_COLUMNS = List.of(SITE_ID, CAMPAGNE, AUTODIAGNOSTIC_ID,
            DATE_AUTODIAGNOSTIC, SCORE_GLOBAL, SCORE_QUALITE_SERVICE, SCORE_FONCTIONNEMENT_URBAIN,
            NB_INDICATEURS_EVALUES, NB_NIVEAU_2_PLUS, NB_NIVEAU_3, CRITIQUE_NIVEAU_3);

    /**
     * @param autodiagnostics the staging table (long, with {@code campagne} and {@code retenu})
     * @param grille the staging grid
     * @param sites the enriched staging sites
     */
    public static Dataset<Row> compute(Dataset<Row> autodiagnostics, Dataset<Row> grille, Dataset<Row> sites,
            Thresholds thresholds) {
        return compute(autodiagnostics, grille, sites, thresholds, CarriedScores.none());
    }

    /**
     * As {@link #compute(Dataset, Dataset, Dataset, Thresholds)}, the campaigns of {@code carried} taken from the
     * published mart instead of being aggregated again from their indicator rows.
     */
    public static Dataset<Row> compute(Dataset<Row> autodiagnostics, Dataset<Row> grille, Dataset<Row> sites,
            Thresholds thresholds, CarriedScores carried) {
        Dataset<Row> scored = AssessmentScores.score(AssessmentScores.aggregate(carried.notCarried(autodiagnostics),
                grille), thresholds).select(columns(ASSESSMENT_COLUMNS));
        Dataset<Row> all = carried.addTo(scored);
        Dataset<Row> situated = SiteHistory.situate(GravityRule.grade(all, thresholds), thresholds);
        return placed(situated, sites);
    }

    /** Adds the site's organisme and territories (those of its commune) and keeps the mart's columns. */
    static Dataset<Row> placed(Dataset<Row> situated, Dataset<Row> sites) {
        Dataset<Row> placement = sites.select(SITE_ID, ORGANISME_ID, CODE_REGION, CODE_DEPARTEMENT, QPV, MARCHE,
                FAMILLE);
        return situated.join(placement, new String[] {SITE_ID}, "left")
                .select(columns(COLUMNS));
    }
}
