package fr.ush.vigie.marts;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * Campaign arithmetic as Spark columns. A campaign {@code YYYY-Sn} is numbered {@code 2·YYYY + n − 1}, so that
 * calendar-consecutive campaigns (2024-S2 then 2025-S1) are consecutive integers and "the k preceding campaigns"
 * is a plain range.
 */
public final class CampaignCalendar {

    private CampaignCalendar() {
    }

    /** The campaign's number: {@code 2024-S1} → 4048, {@code 2024-S2} → 4049, {@code 2025-S1} → 4050. */
    public static Column index(Column campagne) {
        return year(campagne).multiply(2).plus(half(campagne)).minus(1);
    }

    /** {@link #index} of one campaign, on the driver. */
    public static int number(String campagne) {
        return Integer.parseInt(campagne.substring(0, 4)) * 2 + Integer.parseInt(campagne.substring(6, 7)) - 1;
    }

    /** The campaign of a campaign number (inverse of {@link #index}). */
    public static Column name(Column index) {
        return concat(floor(index.divide(2)).cast("string"), lit("-S"), index.mod(2).plus(1).cast("string"));
    }

    /** The calendar-previous campaign: 2024-S2 for 2025-S1, whether or not anything was assessed then. */
    public static Column previous(Column campagne) {
        return name(index(campagne).minus(1));
    }

    /** First day of the campaign's half-year. */
    public static Column start(Column campagne) {
        return make_date(year(campagne), when(half(campagne).equalTo(1), lit(1)).otherwise(lit(7)), lit(1));
    }

    /** Last day of the campaign's half-year. */
    public static Column end(Column campagne) {
        Column firstHalf = half(campagne).equalTo(1);
        return make_date(year(campagne), when(firstHalf, lit(6)).otherwise(lit(12)),
                when(firstHalf, lit(30)).otherwise(lit(31)));
    }

    private static Column year(Column campagne) {
        return substring(campagne, 1, 4).cast("int");
    }

    private static Column half(Column campagne) {
        return substring(campagne, 7, 1).cast("int");
    }
}
