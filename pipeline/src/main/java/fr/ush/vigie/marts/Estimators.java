package fr.ush.vigie.marts;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
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
    static final double Z95 = 1.96;

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

    /** Lower bound of mean ± 1.96·s/√n (s the sample standard deviation); null when n < 2. */
    static Column meanCiLow(Column mean, Column sampleSd, Column n) {
        return when(n.geq(2), mean.cast(DataTypes.DoubleType).minus(halfWidth(sampleSd, n)));
    }

    /** Upper bound of mean ± 1.96·s/√n; null when n < 2. */
    static Column meanCiHigh(Column mean, Column sampleSd, Column n) {
        return when(n.geq(2), mean.cast(DataTypes.DoubleType).plus(halfWidth(sampleSd, n)));
    }

    private static Column halfWidth(Column sampleSd, Column n) {
        return lit(Z95).multiply(sampleSd).divide(sqrt(n.cast(DataTypes.DoubleType)));
    }

    /**
     * Lower bound of the Wilson score interval for {@code successes} out of {@code trials}:
     * {@code (p + z²/2n − z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n)}; null when there is no trial.
     */
    static Column wilsonLow(Column successes, Column trials) {
        return when(trials.gt(0), wilsonCentre(successes, trials).minus(wilsonHalfWidth(successes, trials)));
    }

    /** Upper bound of the Wilson score interval; null when there is no trial. */
    static Column wilsonHigh(Column successes, Column trials) {
        return when(trials.gt(0), wilsonCentre(successes, trials).plus(wilsonHalfWidth(successes, trials)));
    }

    private static Column wilsonCentre(Column successes, Column trials) {
        Column n = trials.cast(DataTypes.DoubleType);
        Column p = successes.cast(DataTypes.DoubleType).divide(n);
        return p.plus(lit(Z95 * Z95).divide(n.multiply(2))).divide(wilsonDenominator(n));
    }

    private static Column wilsonHalfWidth(Column successes, Column trials) {
        Column n = trials.cast(DataTypes.DoubleType);
        Column p = successes.cast(DataTypes.DoubleType).divide(n);
        Column variance = p.multiply(lit(1).minus(p)).divide(n).plus(lit(Z95 * Z95).divide(pow(n, 2).multiply(4)));
        return lit(Z95).multiply(sqrt(variance)).divide(wilsonDenominator(n));
    }

    private static Column wilsonDenominator(Column n) {
        return lit(1).plus(lit(Z95 * Z95).divide(n));
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
