package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.NB_PRECONISATIONS;
import static fr.ush.vigie.model.Col.NB_PRECONISATIONS_MISES_EN_OEUVRE;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * The implementation rate of recommendations, pooled over the evaluated missions: Σ implemented / Σ made. An
 * evaluation that gives only one of the two counts cannot say what share was implemented, so it is left out of
 * both sums of the rate (and of its interval).
 */
final class Recommendations {

    private Recommendations() {
    }

    /** Recommendations made, over the evaluations that give both counts. */
    static Column made() {
        return sum(when(bothCounts(), col(NB_PRECONISATIONS)));
    }

    /** Recommendations implemented, over the evaluations that give both counts. */
    static Column implemented() {
        return sum(when(bothCounts(), col(NB_PRECONISATIONS_MISES_EN_OEUVRE)));
    }

    /** The pooled ratio; null when no recommendation was made. */
    static Column implementationRate() {
        return Estimators.ratio(implemented(), made());
    }

    private static Column bothCounts() {
        return col(NB_PRECONISATIONS).isNotNull().and(col(NB_PRECONISATIONS_MISES_EN_OEUVRE).isNotNull());
    }
}
