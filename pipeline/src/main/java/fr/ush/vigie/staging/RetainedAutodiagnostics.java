package fr.ush.vigie.staging;

import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Adds {@code campagne} and {@code retenu} to accepted autodiagnostic rows: per site and campaign the
 * autodiagnostic with the latest date (ties: the greatest id) is retained, the others stay with
 * {@code retenu = false}. Only accepted rows take part, so an autodiagnostic whose rows were all rejected
 * supersedes nothing.
 *
 * <p>The choice is made on one row per autodiagnostic (a distinct, a hash aggregation that shrinks the indicator
 * rows twentyfold where they are, before any shuffle), then per site and campaign, and broadcast back, so the
 * indicator rows themselves are never shuffled nor sorted.
 */
public final class RetainedAutodiagnostics {
    private static final String RETAINED_ID = "_retenu_id";
    private static final String RETAINED_SITE = "_retenu_site";
    private static final String RETAINED_CAMPAGNE = "_retenu_campagne";
    private static final String RANK = "_rang";

    private RetainedAutodiagnostics() {
    }

    public static Dataset<Row> mark(Dataset<Row> acceptedAutodiagnostics) {
        Dataset<Row> withCampaign = acceptedAutodiagnostics
                .withColumn(CAMPAGNE, Campaigns.of(col(DATE_AUTODIAGNOSTIC)));
        // The latest per site and campaign by a window over the distinct autodiagnostics, not by the maximum of a
        // struct: a maximum ignores repeated rows, so Spark's optimizer dropped the distinct beneath it, and the
        // maximum of a struct holding text, aggregated by sorting, sorted all the indicator rows (a tenth of the
        // staging of 17 million rows).
        Dataset<Row> retained = acceptedAutodiagnostics
                .select(col(SITE_ID).as(RETAINED_SITE), col(DATE_AUTODIAGNOSTIC), col(AUTODIAGNOSTIC_ID))
                .distinct()
                .withColumn(RETAINED_CAMPAGNE, Campaigns.of(col(DATE_AUTODIAGNOSTIC)))
                .withColumn(RANK, row_number().over(Window.partitionBy(col(RETAINED_SITE), col(RETAINED_CAMPAGNE))
                        .orderBy(col(DATE_AUTODIAGNOSTIC).desc(), col(AUTODIAGNOSTIC_ID).desc())))
                .where(col(RANK).equalTo(1))
                .select(col(RETAINED_SITE), col(RETAINED_CAMPAGNE), col(AUTODIAGNOSTIC_ID).as(RETAINED_ID));
        Column sameSiteAndCampaign = col(SITE_ID).equalTo(col(RETAINED_SITE))
                .and(col(CAMPAGNE).equalTo(col(RETAINED_CAMPAGNE)));
        return withCampaign.join(broadcast(retained), sameSiteAndCampaign, "left")
                .withColumn(RETENU, col(AUTODIAGNOSTIC_ID).equalTo(col(RETAINED_ID)))
                .drop(RETAINED_SITE, RETAINED_CAMPAGNE, RETAINED_ID);
    }
}
