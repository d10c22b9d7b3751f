package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.CAMPAGNE;
import static fr.ush.vigie.model.Col.SITE_ID;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * What a site's earlier retained autodiagnostics say about the current one (CONTRACT section 4): its
 * {@code situation} (chronic needs the calendar-preceding campaigns, no gap) and its {@code tendance} (against the
 * latest earlier one, whatever the gap). Works on one row per site and campaign.
 */
public final class SiteHistory {
    private static final String INDEX = "_campagne_index";
    private static final WindowSpec BY_SITE = Window.partitionBy(col(SITE_ID)).orderBy(col(INDEX));

    private SiteHistory() {
    }

    /**
     * Adds {@code situation, campagne_precedente, situation_precedente, delta_score_global, tendance} to rows
     * holding {@code site_id, campagne, score_global, gravite}.
     */
    public static Dataset<Row> situate(Dataset<Row> graded, Thresholds thresholds) {
        return withHistory(graded, situation(BY_SITE, thresholds.chroniqueCampagnes()), thresholds);
    }

    private static Dataset<Row> withHistory(Dataset<Row> graded, Column situation, Thresholds thresholds) {
        Column previousScore = lag(col(MartColumns.SCORE_GLOBAL), 1).over(BY_SITE);
        return graded
                .withColumn(INDEX, CampaignCalendar.index(col(CAMPAGNE)))
                .withColumn(MartColumns.SITUATION, situation)
                .withColumn(MartColumns.CAMPAGNE_PRECEDENTE, lag(col(CAMPAGNE), 1).over(BY_SITE))
                .withColumn(MartColumns.SITUATION_PRECEDENTE, lag(col(MartColumns.SITUATION), 1).over(BY_SITE))
                .withColumn(MartColumns.DELTA_SCORE_GLOBAL,
                        col(MartColumns.SCORE_GLOBAL).minus(previousScore).cast(Decimals.SCORE))
                .withColumn(MartColumns.TENDANCE, tendance(thresholds))
                .drop(INDEX);
    }

    private static Column situation(WindowSpec bySite, int chronicCampaigns) {
        Column gravite = col(MartColumns.GRAVITE);
        return when(gravite.equalTo(Gravite.CRISE.name()), lit(Situation.URGENCE_CRISE.name()))
                .when(gravite.equalTo(Gravite.DEGRADEE.name()).and(severeBefore(bySite, chronicCampaigns - 1)),
                        lit(Situation.CHRONIQUE.name()))
                .when(gravite.isin(Gravite.VIGILANCE.name(), Gravite.DEGRADEE.name()), lit(Situation.A_RISQUE.name()))
                .otherwise(lit(Situation.HORS_SITUATION_COMPLEXE.name()));
    }

    /**
     * True when each of the {@code campaigns} calendar-preceding campaigns has a retained autodiagnostic that is
     * DEGRADEE or CRISE. There is at most one row per site and campaign, so counting the severe rows among the
     * campaign numbers just before this one is enough: a missing campaign makes the count fall short.
     */
    private static Column severeBefore(WindowSpec bySite, int campaigns) {
        if (campaigns <= 0) {
            return lit(true);
        }
        Column severe = col(MartColumns.GRAVITE).isin(Gravite.DEGRADEE.name(), Gravite.CRISE.name());
        return count(when(severe, lit(1))).over(bySite.rangeBetween(-campaigns, -1)).equalTo(campaigns);
    }

    /** Compares the exact (decimal) delta of rounded scores with the threshold. */
    private static Column tendance(Thresholds thresholds) {
        Column delta = col(MartColumns.DELTA_SCORE_GLOBAL);
        return when(col(MartColumns.CAMPAGNE_PRECEDENTE).isNull(), lit(Tendance.NOUVEAU.name()))
                .when(delta.leq(lit(thresholds.tendanceSeuil().negate())), lit(Tendance.AMELIORATION.name()))
                .when(delta.geq(lit(thresholds.tendanceSeuil())), lit(Tendance.DEGRADATION.name()))
                .when(delta.isNotNull(), lit(Tendance.STABLE.name()));
    }
}
