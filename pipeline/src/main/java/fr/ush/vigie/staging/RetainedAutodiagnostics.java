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
        return mark(acceptedAutodiagnostics, retained(acceptedAutodiagnostics));
    }

    /**
     * As {@link #mark(Dataset)}, the retained autodiagnostics known already.
     *
     * @param retained {@code site_id, campagne, autodiagnostic_id}: the retained autodiagnostic of each site and
     *                 campaign among {@code acceptedAutodiagnostics}
     */
    public static Dataset<Row> mark(Dataset<Row> acceptedAutodiagnostics, Dataset<Row> retained) {
        Dataset<Row> withCampaign = acceptedAutodiagnostics
                .withColumn(CAMPAGNE, Campaigns.of(col(DATE_AUTODIAGNOSTIC)));
        Dataset<Row> keys = retained.select(col(SITE_ID).as(RETAINED_SITE), col(CAMPAGNE).as(RETAINED_CAMPAGNE),
                col(AUTODIAGNOSTIC_ID).as(RETAINED_ID));
        Column sameSiteAndCampaign = col(SITE_ID).equalTo(col(RETAINED_SITE))
                .and(col(CAMPAGNE).equalTo(col(RETAINED_CAMPAGNE)));
        return withCampaign.join(broadcast(keys), sameSiteAndCampaign, "left")
                .withColumn(RETENU, col(AUTODIAGNOSTIC_ID).equalTo(col(RETAINED_ID)))
                .drop(RETAINED_SITE, RETAINED_CAMPAGNE, RETAINED_ID);
    }

    /** {@code site_id, campagne, autodiagnostic_id}: the retained autodiagnostic of each site and campaign. */
    static Dataset<Row> retained(Dataset<Row> acceptedAutodiagnostics) {
        // The latest per site and campaign by a window over the distinct autodiagnostics, not by the maximum of a
        // struct: a maximum ignores repeated rows, so Spark's optimizer dropped the distinct beneath it, and the
        // maximum of a struct holding text, aggregated by sorting, sorted all the indicator rows (a tenth of the
        // staging of 17 million rows).
        return acceptedAutodiagnostics
                .select(col(SITE_ID), col(DATE_AUTODIAGNOSTIC), col(AUTODIAGNOSTIC_ID))
                .distinct()
                .withColumn(CAMPAGNE, Campaigns.of(col(DATE_AUTODIAGNOSTIC)))
                .withColumn(RANK, row_number().over(Window.partitionBy(col(SITE_ID), col(CAMPAGNE))
                        .orderBy(col(DATE_AUTODIAGNOSTIC).desc(), col(AUTODIAGNOSTIC_ID).desc())))
                .where(col(RANK).equalTo(1))
                .select(col(SITE_ID), col(CAMPAGNE), col(AUTODIAGNOSTIC_ID));
    }
}
