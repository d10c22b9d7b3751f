package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.NB_PRECONISATIONS;
import static fr.ush.vigie.model.Col.NB_PRECONISATIONS_MISES_EN_OEUVRE;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * The implementation rate of recommendations, pooled over the evaluated missions: r = Σ implemented / Σ made, the
 * two sums as published (an unknown count adds nothing to its sum), so that the rate is exactly their ratio.
 *
 * <p>The recommendations of one mission are not independent draws, so the rate's interval is the ratio
 * estimator's clustered by mission (CONTRACT section 5, mart 7): over the m missions with x > 0 recommendations
 * made, y of them implemented, {@code SE = √(Σ(y − r·x)² / (m·(m − 1))) / x̄} and the interval is
 * {@code r ± t(m − 1)·SE}, clipped to [0, 1]; null when m < 2.
 */
final class Recommendations {
    static final String RATE = "_taux";
    static final String RATE_LOW = "_taux_bas";
    static final String RATE_HIGH = "_taux_haut";

    private static final String X = "_x";
    private static final String Y = "_y";
    private static final String R = "_r";

    private Recommendations() {
    }

    /** Recommendations made, summed over the evaluated missions that give the count. */
    static Column made() {
        return sum(col(NB_PRECONISATIONS));
    }

    /** Recommendations implemented, summed over the evaluated missions that give the count. */
    static Column implemented() {
        return sum(col(NB_PRECONISATIONS_MISES_EN_OEUVRE));
    }

    /**
     * Per group, the pooled rate and its clustered 95 % interval, unrounded.
     *
     * @param evaluated one row per evaluated mission, with the recommendation counts and the group column
     * @return the group column, {@link #RATE}, {@link #RATE_LOW}, {@link #RATE_HIGH}
     */
    static Dataset<Row> clusteredRate(Dataset<Row> evaluated, String group) {
        WindowSpec whole = Window.partitionBy(col(group));
        Column madeTotal = sum(col(X)).over(whole);
        Column implementedTotal = sum(col(Y)).over(whole);
        Dataset<Row> missions = evaluated
                .select(col(group), coalesce(col(NB_PRECONISATIONS), lit(0)).cast(DataTypes.LongType).as(X),
                        coalesce(col(NB_PRECONISATIONS_MISES_EN_OEUVRE), lit(0)).cast(DataTypes.LongType).as(Y))
                .withColumn(R, Estimators.ratio(implementedTotal, madeTotal));
        Column clustered = col(X).gt(0);
        Column residual = col(Y).minus(col(R).multiply(col(X)));
        Column m = count_if(clustered);
        Column squares = sum(when(clustered, residual.multiply(residual)));
        Column meanMade = sum(col(X)).cast(DataTypes.DoubleType).divide(m);
        Column se = sqrt(squares.divide(m.multiply(m.minus(1)))).divide(meanMade);
        Column half = Estimators.t95(m).multiply(se);
        Column rate = Estimators.ratio(sum(col(Y)), sum(col(X)));
        return missions.groupBy(col(group)).agg(
                rate.as(RATE),
                when(m.geq(2), greatest(lit(0.0), rate.minus(half))).as(RATE_LOW),
                when(m.geq(2), least(lit(1.0), rate.plus(half))).as(RATE_HIGH));
    }
}
