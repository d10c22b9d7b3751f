package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.AppuiColumns.GRAVITE;
import static fr.ush.vigie.marts.AppuiColumns.SCORE_GLOBAL;
import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DecimalType;

/**
 * The difference-in-differences of {@code efficacite_prestataires} (CONTRACT section 5, mart 7), one row per
 * mission that enters it.
 *
 * <p>For a mission on a site, the baseline is the site's retained autodiagnostic with the latest date in
 * {@code [date_debut − 365 d, date_debut]}, the follow-up the earliest in {@code [date_fin + 180 d, date_fin +
 * 730 d]}. Its controls are the sites never named by a demande (whatever the decision), of the same marché and
 * QPV status, whose retained autodiagnostic of the baseline's campaign has the baseline's gravité, and which have
 * one in the follow-up's campaign too. Mission delta = follow-up − baseline global score; control delta = mean of
 * the controls' change between those two campaigns; mission DiD = their difference. A mission without both
 * scores or without a control with both scores is left out.
 *
 * <p>Only the missions are small: scores_sites (up to a million rows) is joined on equality keys only — by site
 * for the treated, and on the whole stratum for the controls of the few distinct (marché, QPV, gravité, baseline
 * campaign, follow-up campaign) strata the missions need. A control's marché and QPV status are read from its
 * scores_sites row (those of its site), so that each score row meets only the strata of its own marché and QPV:
 * matched on campaign and gravité alone, every row met the strata of every marché and status before being
 * placed, some twenty rows each.
 */
final class DifferenceInDifferences {
    static final String DELTA_TRAITE = "_delta_traite";
    static final String DELTA_TEMOINS = "_delta_temoins";
    static final String DID = "_did";
    /** A control's score change between the two campaigns of a stratum. */
    static final String CHANGE = "_evolution_temoin";

    static final int BASELINE_DAYS_BEFORE = 365;
    static final int FOLLOW_UP_FIRST_DAY = 180;
    static final int FOLLOW_UP_LAST_DAY = 730;

    /** Global scores are stored rounded to 1 decimal: differences of them are exact in decimal. */
    private static final DecimalType SCORE = new DecimalType(4, 1);

    private static final String SCORE_EXACT = "_score";
    private static final String BASE = "_base";
    private static final String SUIVI = "_suivi";
    private static final String CAMPAGNE_BASE = "_campagne_base";
    private static final String CAMPAGNE_SUIVI = "_campagne_suivi";
    private static final String SCORE_BASE = "_score_base";
    private static final String SCORE_SUIVI = "_score_suivi";
    private static final String GRAVITE_BASE = "_gravite_base";
    static final String[] STRATUM = {MARCHE, QPV, GRAVITE_BASE, CAMPAGNE_BASE, CAMPAGNE_SUIVI};

    private DifferenceInDifferences() {
    }

    /**
     * @param missionFacts {@link MissionFacts} (cancelled missions already out)
     * @param scoresSites  mart {@code scores_sites}: site_id, campagne, date_autodiagnostic, score_global, gravite,
     *                     marche, qpv
     * @param sites        staging sites (enriched): site_id, marche, qpv
     * @param demandes     staging demandes: every site they name is treated, never a control
     * @return mission_id, prestataire_id, {@link #DELTA_TRAITE}, {@link #DELTA_TEMOINS}, {@link #DID}
     */
    static Dataset<Row> perMission(Dataset<Row> missionFacts, Dataset<Row> scoresSites, Dataset<Row> sites,
            Dataset<Row> demandes) {
        return parts(missionFacts, scoresSites, sites, demandes).missions()
                .select(col(MISSION_ID), col(PRESTATAIRE_ID), col(DELTA_TRAITE), col(DELTA_TEMOINS), col(DID));
    }

    /**
     * The missions that enter, and the control changes their control deltas average.
     *
     * @param missions mission_id, prestataire_id, site_id, the stratum ({@link #STRATUM}), {@link #DELTA_TRAITE},
     *                 {@link #DELTA_TEMOINS}, {@link #DID}
     * @param controls per control site and stratum needed by a mission: site_id, the stratum, {@link #CHANGE}
     *                 (non-null): {@link #DELTA_TEMOINS} is their mean per stratum
     */
    record Parts(Dataset<Row> missions, Dataset<Row> controls) {
    }

    /**
     * {@link #perMission}'s rows with their site and stratum, and the controls behind them, both computed here and
     * kept (Spark's local checkpoint: in memory, spilled to disk if need be). Both are small, and the mart reads
     * each several times (the effect, its two variances): kept, each reading is a small plan over their rows
     * instead of the whole difference-in-differences planned and run again.
     */
    static Parts parts(Dataset<Row> missionFacts, Dataset<Row> scoresSites, Dataset<Row> sites,
            Dataset<Row> demandes) {
        Dataset<Row> scores = scoresSites.select(col(SITE_ID), col(CAMPAGNE), col(DATE_AUTODIAGNOSTIC),
                col(SCORE_GLOBAL).cast(SCORE).as(SCORE_EXACT), col(GRAVITE), col(MARCHE), col(QPV));
        Dataset<Row> placement = sites.select(col(SITE_ID), col(MARCHE), col(QPV));
        Dataset<Row> treated = missionFacts
                .filter(col(SITE_ID).isNotNull().and(col(DATE_DEBUT).isNotNull()).and(col(DATE_FIN).isNotNull()))
                .select(col(MISSION_ID), col(PRESTATAIRE_ID), col(SITE_ID), col(DATE_DEBUT), col(DATE_FIN));

        Dataset<Row> assessed = baseline(treated, scores).join(followUp(treated, scores), MISSION_ID)
                .join(treated.select(MISSION_ID, PRESTATAIRE_ID, SITE_ID), MISSION_ID)
                .join(placement, SITE_ID)
                .filter(col(SCORE_BASE).isNotNull().and(col(SCORE_SUIVI).isNotNull()))
                .withColumn(DELTA_TRAITE, col(SCORE_SUIVI).minus(col(SCORE_BASE)));

        Dataset<Row> controls = controlChanges(assessed, scores, demandes).localCheckpoint();
        Dataset<Row> missions = assessed.join(controlDeltas(controls), STRATUM)
                .withColumn(DID, col(DELTA_TRAITE).minus(col(DELTA_TEMOINS)))
                .select(col(MISSION_ID), col(PRESTATAIRE_ID), col(SITE_ID), col(MARCHE), col(QPV), col(GRAVITE_BASE),
                        col(CAMPAGNE_BASE), col(CAMPAGNE_SUIVI), col(DELTA_TRAITE), col(DELTA_TEMOINS), col(DID))
                .localCheckpoint();
        return new Parts(missions, controls);
    }

    /** Per mission, the site's latest retained autodiagnostic in [date_debut − 365 d, date_debut]. */
    private static Dataset<Row> baseline(Dataset<Row> treated, Dataset<Row> scores) {
        Column window = col(DATE_AUTODIAGNOSTIC).between(date_sub(col(DATE_DEBUT), BASELINE_DAYS_BEFORE),
                col(DATE_DEBUT));
        Column chosen = max_by(assessment(), col(DATE_AUTODIAGNOSTIC));
        return broadcast(treated).join(scores, SITE_ID).filter(window)
                .groupBy(col(MISSION_ID)).agg(chosen.as(BASE))
                .select(col(MISSION_ID), col(BASE + "." + CAMPAGNE).as(CAMPAGNE_BASE),
                        col(BASE + "." + SCORE_EXACT).as(SCORE_BASE), col(BASE + "." + GRAVITE).as(GRAVITE_BASE));
    }

    /** Per mission, the site's earliest retained autodiagnostic in [date_fin + 180 d, date_fin + 730 d]. */
    private static Dataset<Row> followUp(Dataset<Row> treated, Dataset<Row> scores) {
        Column window = col(DATE_AUTODIAGNOSTIC).between(date_add(col(DATE_FIN), FOLLOW_UP_FIRST_DAY),
                date_add(col(DATE_FIN), FOLLOW_UP_LAST_DAY));
        Column chosen = min_by(assessment(), col(DATE_AUTODIAGNOSTIC));
        return broadcast(treated).join(scores, SITE_ID).filter(window)
                .groupBy(col(MISSION_ID)).agg(chosen.as(SUIVI))
                .select(col(MISSION_ID), col(SUIVI + "." + CAMPAGNE).as(CAMPAGNE_SUIVI),
                        col(SUIVI + "." + SCORE_EXACT).as(SCORE_SUIVI));
    }

    private static Column assessment() {
        return struct(col(CAMPAGNE), col(SCORE_EXACT), col(GRAVITE));
    }

    /**
     * Per control site and stratum needed by a mission, its score change between the stratum's two campaigns: the
     * controls with both scores only.
     */
    private static Dataset<Row> controlChanges(Dataset<Row> assessed, Dataset<Row> scores, Dataset<Row> demandes) {
        Dataset<Row> strata = assessed.select(stratumColumns()).distinct();
        Dataset<Row> named = demandes.filter(col(SITE_ID).isNotNull()).select(col(SITE_ID)).distinct();
        Dataset<Row> neverNamed = scores.join(broadcast(named), new String[] {SITE_ID}, "left_anti");
        Dataset<Row> atBaseline = neverNamed
                .select(col(SITE_ID), col(MARCHE), col(QPV), col(GRAVITE).as(GRAVITE_BASE),
                        col(CAMPAGNE).as(CAMPAGNE_BASE), col(SCORE_EXACT).as(SCORE_BASE))
                .join(broadcast(strata), new String[] {MARCHE, QPV, GRAVITE_BASE, CAMPAGNE_BASE});
        Dataset<Row> atFollowUp = neverNamed.select(col(SITE_ID), col(CAMPAGNE).as(CAMPAGNE_SUIVI),
                col(SCORE_EXACT).as(SCORE_SUIVI));
        return atBaseline.join(atFollowUp, new String[] {SITE_ID, CAMPAGNE_SUIVI})
                .withColumn(CHANGE, col(SCORE_SUIVI).minus(col(SCORE_BASE)))
                .filter(col(CHANGE).isNotNull())
                .select(col(SITE_ID), col(MARCHE), col(QPV), col(GRAVITE_BASE), col(CAMPAGNE_BASE), col(CAMPAGNE_SUIVI),
                        col(CHANGE));
    }

    /** Per stratum with a control, the mean of its controls' changes. */
    private static Dataset<Row> controlDeltas(Dataset<Row> controls) {
        return controls.groupBy(stratumColumns()).agg(Estimators.exactMean(col(CHANGE)).as(DELTA_TEMOINS));
    }

    /** The stratum's columns: marché, QPV, baseline gravité, baseline and follow-up campaigns. */
    static Column[] stratumColumns() {
        return Arrays.stream(STRATUM).map(functions::col).toArray(Column[]::new);
    }
}
