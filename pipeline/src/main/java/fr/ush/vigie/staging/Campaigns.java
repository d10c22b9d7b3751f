package fr.ush.vigie.staging;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import fr.ush.vigie.model.Col;
import java.time.LocalDate;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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

    /**
     * The campaign a partition folder of a table partitioned by campaign holds ({@code campagne=2022-S1}), if it
     * is one.
     */
    public static java.util.Optional<String> ofPartition(String folder) {
        String prefix = Col.CAMPAGNE + "=";
        return folder.startsWith(prefix) ? java.util.Optional.of(folder.substring(prefix.length()))
                : java.util.Optional.empty();
    }

    /**
     * {@code rows} (with a {@code campagne} column) but those of {@code campaigns}: a condition on the partition
     * column of a table partitioned by campaign, so that only the other campaigns' files are read.
     */
    public static Dataset<Row> except(Dataset<Row> rows, Set<String> campaigns) {
        return campaigns.isEmpty() ? rows : rows.where(not(col(Col.CAMPAGNE).isin(campaigns.toArray())));
    }
}
