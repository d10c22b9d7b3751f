package fr.ush.vigie.staging;

import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Adds {@code campagne} and {@code retenu} to accepted autodiagnostic rows: per site and campaign the
 * autodiagnostic with the latest date (ties: the greatest id) is retained, the others stay with
 * {@code retenu = false}. Only accepted rows take part, so an autodiagnostic whose rows were all rejected
 * supersedes nothing.
 *
 * <p>The choice is made on one row per autodiagnostic (an aggregate that shrinks twentyfold before any
 * shuffle), then per site and campaign, and broadcast back, so the indicator rows themselves are never shuffled.
 */
public final class RetainedAutodiagnostics {
    private static final String RETAINED_ID = "_retenu_id";
    private static final String RETAINED_SITE = "_retenu_site";
    private static final String RETAINED_CAMPAGNE = "_retenu_campagne";

    private RetainedAutodiagnostics() {
    }

    public static Dataset<Row> mark(Dataset<Row> acceptedAutodiagnostics) {
        Dataset<Row> withCampaign = acceptedAutodiagnostics
                .withColumn(CAMPAGNE, Campaigns.of(col(DATE_AUTODIAGNOSTIC)));
        // The candidates first, one row per autodiagnostic: a distinct is a hash aggregation that shrinks the
        // indicator rows where they are, whereas the maximum of a struct holding a string needs sorted input, and
        // sorting millions of indicator rows by text keys was a fifth of staging. The campaign follows.
        Dataset<Row> retained = acceptedAutodiagnostics
                .select(col(SITE_ID).as(RETAINED_SITE), col(DATE_AUTODIAGNOSTIC), col(AUTODIAGNOSTIC_ID))
                .distinct()
                .withColumn(RETAINED_CAMPAGNE, Campaigns.of(col(DATE_AUTODIAGNOSTIC)))
                .groupBy(col(RETAINED_SITE), col(RETAINED_CAMPAGNE))
                .agg(max(struct(col(DATE_AUTODIAGNOSTIC), col(AUTODIAGNOSTIC_ID))).as("_dernier"))
                .select(col(RETAINED_SITE), col(RETAINED_CAMPAGNE),
                        col("_dernier." + AUTODIAGNOSTIC_ID).as(RETAINED_ID));
        Column sameSiteAndCampaign = col(SITE_ID).equalTo(col(RETAINED_SITE))
                .and(col(CAMPAGNE).equalTo(col(RETAINED_CAMPAGNE)));
        return withCampaign.join(broadcast(retained), sameSiteAndCampaign, "left")
                .withColumn(RETENU, col(AUTODIAGNOSTIC_ID).equalTo(col(RETAINED_ID)))
                .drop(RETAINED_SITE, RETAINED_CAMPAGNE, RETAINED_ID);
    }
}
