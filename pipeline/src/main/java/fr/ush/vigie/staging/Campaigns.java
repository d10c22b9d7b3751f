package fr.ush.vigie.staging;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.time.LocalDate;
import org.apache.spark.sql.Column;

/** Campaigns are half-years: {@code YYYY-S1} (1 Jan–30 Jun) or {@code YYYY-S2} (1 Jul–31 Dec). */
public final class Campaigns {

    private Campaigns() {
    }

    /** The campaign of a date column. */
    public static Column of(Column date) {
        return concat(year(date).cast("string"), when(month(date).leq(6), lit("-S1")).otherwise(lit("-S2")));
    }

    /** The campaign of a date. */
    public static String of(LocalDate date) {
        return date.getYear() + (date.getMonthValue() <= 6 ? "-S1" : "-S2");
    }
}
