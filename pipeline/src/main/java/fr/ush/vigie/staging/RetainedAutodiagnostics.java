package fr.ush.vigie.staging;

import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Adds {@code campagne} and {@code retenu} to accepted autodiagnostic rows: per site and campaign the
 * autodiagnostic with the latest date (ties: the greatest id) is retained, the others stay with
 * {@code retenu = false}. Only accepted rows take part, so an autodiagnostic whose rows were all rejected
 * supersedes nothing.
 */
public final class RetainedAutodiagnostics {

    private RetainedAutodiagnostics() {
    }

    public static Dataset<Row> mark(Dataset<Row> acceptedAutodiagnostics) {
        Column rank = struct(col(DATE_AUTODIAGNOSTIC), col(AUTODIAGNOSTIC_ID));
        return acceptedAutodiagnostics
                .withColumn(CAMPAGNE, Campaigns.of(col(DATE_AUTODIAGNOSTIC)))
                .withColumn(RETENU, rank.equalTo(max(rank).over(Window.partitionBy(col(SITE_ID), col(CAMPAGNE)))));
    }
}
