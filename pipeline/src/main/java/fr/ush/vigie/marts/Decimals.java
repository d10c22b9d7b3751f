package fr.ush.vigie.marts;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Exact arithmetic of CONTRACT section 4: values are decimals, rounded half away from zero ({@code round} on a
 * decimal) only when written. Operands are narrowed before dividing because Spark sizes a quotient from its
 * operands' precisions: narrow operands leave 18 or more decimals to the quotient, far below the smallest
 * distance between such a quotient and a rounding boundary, so rounding it is rounding the exact value.
 */
public final class Decimals {
    /** Scores, score means and deltas: one decimal, at most ±999.9. */
    public static final DataType SCORE = DataTypes.createDecimalType(4, 1);
    /** Shares and rates: four decimals, between 0 and 1. */
    public static final DataType SHARE = DataTypes.createDecimalType(5, 4);
    private static final DataType COUNT = DataTypes.createDecimalType(18, 0);
    private static final DataType SUM_OF_SCORES = DataTypes.createDecimalType(18, 1);

    private Decimals() {
    }

    /** A mean from the sum of scores or deltas and their number, rounded to one decimal; null over nothing. */
    public static Column mean1(Column sum, Column n) {
        return when(n.gt(0), round(sum.cast(SUM_OF_SCORES).divide(n.cast(COUNT)), 1).cast(SCORE));
    }

    /** {@code part / whole} of two counts, rounded to four decimals; null when the whole is zero. */
    public static Column share4(Column part, Column whole) {
        return when(whole.gt(0), round(part.cast(COUNT).divide(whole.cast(COUNT)), 4).cast(SHARE));
    }

    /** A count of the rows where a condition holds (null counts as false). */
    public static Column countWhere(Column condition) {
        return sum(when(condition, lit(1L)).otherwise(lit(0L)));
    }
}
