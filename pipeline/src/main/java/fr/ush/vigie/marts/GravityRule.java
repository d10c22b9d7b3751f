package fr.ush.vigie.marts;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code gravite} of an autodiagnostic (CONTRACT section 4), from its global score and its level counts. A null
 * score takes part in no score test; the level tests still apply.
 */
public final class GravityRule {

    private GravityRule() {
    }

    /** Adds {@code gravite} to rows holding {@code score_global, nb_niveau_2_plus, nb_niveau_3, critique_niveau_3}. */
    public static Dataset<Row> grade(Dataset<Row> scored, Thresholds thresholds) {
        return scored.withColumn(MartColumns.GRAVITE, gravite(thresholds));
    }

    static Column gravite(Thresholds thresholds) {
        Column crise = coalesce(col(MartColumns.CRITIQUE_NIVEAU_3), lit(false))
                .or(scoreAtLeast(thresholds.graviteCrise()));
        Column degradee = col(MartColumns.NB_NIVEAU_3).gt(0).or(scoreAtLeast(thresholds.graviteDegradee()));
        Column vigilance = col(MartColumns.NB_NIVEAU_2_PLUS).gt(0).or(scoreAtLeast(thresholds.graviteVigilance()));
        return when(crise, lit(Gravite.CRISE.name()))
                .when(degradee, lit(Gravite.DEGRADEE.name()))
                .when(vigilance, lit(Gravite.VIGILANCE.name()))
                .otherwise(lit(Gravite.NORMALE.name()));
    }

    private static Column scoreAtLeast(BigDecimal threshold) {
        return coalesce(col(MartColumns.SCORE_GLOBAL).geq(lit(threshold)), lit(false));
    }
}
