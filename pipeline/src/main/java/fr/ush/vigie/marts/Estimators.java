package fr.ush.vigie.marts;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * The estimators of the support-pool marts as Spark expressions (CONTRACT section 4): nulls are left out of
 * every mean, share and median and of their denominators, an estimate over nothing is null, and values are
 * rounded half away from zero only when written (Spark's {@code round} is HALF_UP on the decimal value, which is
 * away from zero for both signs).
 */
final class Estimators {
    private static final UserDefinedFunction T95 = functions.udf(
            (UDF1<Long, Double>) n -> n == null || n < 2 ? null : StudentT.quantile95(n - 1), DataTypes.DoubleType);

    static final int SCORE_DECIMALS = 1;
    static final int SATISFACTION_DECIMALS = 2;
    static final int EURO_DECIMALS = 2;
    static final int SHARE_DECIMALS = 4;

    /** Room for any count as a decimal divisor, so that a decimal mean stays decimal. */
    private static final DecimalType COUNT_AS_DECIMAL = new DecimalType(20, 0);

    private Estimators() {
    }

    /**
     * Exact median (Spark's {@code percentile}, not the approximate one): the mean of the two middle values for an
     * even count.
     */
    static Column median(Column value) {
        return functions.median(value);
    }

    /** Share of true among the non-null values of a boolean. */
    static Column share(Column condition) {
        return avg(condition.cast(DataTypes.DoubleType));
    }

    /** {@code numerator / denominator} as a double; null when the denominator is 0 or null. */
    static Column ratio(Column numerator, Column denominator) {
        return when(denominator.gt(0), numerator.cast(DataTypes.DoubleType).divide(denominator));
    }

    /**
     * Mean of a decimal column computed in decimal: score differences are exact to one decimal (CONTRACT section
     * 4), and a mean that lands exactly on a rounding boundary (−0.25) must not drift to −0.2499… as it would in
     * binary floating point. The quotient keeps 22 decimals.
     */
    static Column exactMean(Column decimalValue) {
        return when(count(decimalValue).gt(0), sum(decimalValue).divide(count(decimalValue).cast(COUNT_AS_DECIMAL)));
    }

    /** Lower bound of mean ± t(n−1)·s/√n (s the sample standard deviation); null when n < 2. */
    static Column meanCiLow(Column mean, Column sampleSd, Column n) {
        return when(n.geq(2), mean.cast(DataTypes.DoubleType).minus(halfWidth(sampleSd, n)));
    }

    /** Upper bound of mean ± t(n−1)·s/√n; null when n < 2. */
    static Column meanCiHigh(Column mean, Column sampleSd, Column n) {
        return when(n.geq(2), mean.cast(DataTypes.DoubleType).plus(halfWidth(sampleSd, n)));
    }

    /** Lower bound of estimate ± t(n−1)·√variance; null when n < 2 or the variance is null. */
    static Column ciLow(Column estimate, Column variance, Column n) {
        return when(n.geq(2), estimate.cast(DataTypes.DoubleType).minus(t95(n).multiply(sqrt(variance))));
    }

    /** Upper bound of estimate ± t(n−1)·√variance; null when n < 2 or the variance is null. */
    static Column ciHigh(Column estimate, Column variance, Column n) {
        return when(n.geq(2), estimate.cast(DataTypes.DoubleType).plus(t95(n).multiply(sqrt(variance))));
    }

    private static Column halfWidth(Column sampleSd, Column n) {
        return t95(n).multiply(sampleSd).divide(sqrt(n.cast(DataTypes.DoubleType)));
    }

    /** Student's quantile {@code t(n−1)} of a 95 % interval over n observations ({@link StudentT}); null when n < 2. */
    static Column t95(Column n) {
        return T95.apply(n.cast(DataTypes.LongType));
    }

    /** A measure as written: rounded half away from zero, as a double. */
    static Column written(Column value, int decimals) {
        return round(value, decimals).cast(DataTypes.DoubleType);
    }

    /** A sum of euros as written: decimal, rounded half away from zero to the cent. */
    static Column euros(Column decimalSum) {
        return round(decimalSum, EURO_DECIMALS).cast(new DecimalType(20, EURO_DECIMALS));
    }
}
