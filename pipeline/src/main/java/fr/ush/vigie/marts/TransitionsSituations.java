package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.CAMPAGNE;
import static fr.ush.vigie.marts.MartColumns.CAMPAGNE_PRECEDENTE;
import static fr.ush.vigie.marts.MartColumns.NB_SITES;
import static fr.ush.vigie.marts.MartColumns.SITUATION;
import static fr.ush.vigie.marts.MartColumns.SITUATION_PRECEDENTE;
import static fr.ush.vigie.marts.MartColumns.columns;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Mart {@code transitions_situations} (CONTRACT section 5.3): how many sites went from one situation to another
 * between two calendar-consecutive campaigns, counting only sites evaluated in both.
 */
public final class TransitionsSituations {
    public static final String TABLE = "transitions_situations";

    public static final List<String> COLUMNS = List.of(CAMPAGNE, CAMPAGNE_PRECEDENTE, SITUATION_PRECEDENTE,
            SITUATION, NB_SITES);

    private TransitionsSituations() {
    }

    /** @param scoresSites the {@code scores_sites} mart, with its {@code situation_precedente} column */
    public static Dataset<Row> compute(Dataset<Row> scoresSites) {
        // The latest earlier retained autodiagnostic is the calendar-previous one exactly when the site was
        // evaluated in both campaigns.
        return scoresSites.where(col(CAMPAGNE_PRECEDENTE).equalTo(CampaignCalendar.previous(col(CAMPAGNE))))
                .groupBy(col(CAMPAGNE), col(CAMPAGNE_PRECEDENTE), col(SITUATION_PRECEDENTE), col(SITUATION))
                .agg(count(lit(1)).as(NB_SITES))
                .select(columns(COLUMNS))
                .orderBy(col(CAMPAGNE), col(SITUATION_PRECEDENTE), col(SITUATION));
    }
}
