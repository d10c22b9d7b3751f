package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.AppuiColumns.*;
import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Mart {@code appui_demandes}: the request funnel per year of reception, volet and region — decisions, the
 * missions they led to, and the median lead times to a decision and to the start of a mission.
 */
public final class AppuiDemandes {
    public static final String TABLE = "appui_demandes";

    static final String ACCEPTEE = "ACCEPTEE";
    static final String REFUSEE = "REFUSEE";
    static final String REORIENTEE = "REORIENTEE";
    static final String EN_ATTENTE = "EN_ATTENTE";
    /** A demande is decided once the commission accepted, refused or redirected it. */
    static final List<String> DECIDEES = List.of(ACCEPTEE, REFUSEE, REORIENTEE);

    private static final String[] GROUP = {ANNEE, VOLET, CODE_REGION};
    private static final String DELAI_DECISION = "_delai_decision";
    private static final String DELAI_DEMARRAGE = "_delai_demarrage";
    private static final String IS_MISSION = "_mission";

    private AppuiDemandes() {
    }

    public static Dataset<Row> compute(Dataset<Row> demandes, Dataset<Row> missions, Dataset<Row> evaluations,
            Dataset<Row> sites, Dataset<Row> organismes) {
        Dataset<Row> placed = placed(demandes, sites, organismes);
        // Each mission takes its demande's group; demandes and missions then go through one aggregation, each
        // measure reading only the rows of its kind (the other kind's columns are null).
        Dataset<Row> missionsPlaced = MissionFacts.of(missions, demandes, evaluations)
                .select(col(DEMANDE_ID), col(STATUT), col(MissionFacts.EVALUEE),
                        datediff(col(DATE_DEBUT), col(DATE_COMMISSION)).as(DELAI_DEMARRAGE), lit(true).as(IS_MISSION))
                .join(placed.select(DEMANDE_ID, GROUP), DEMANDE_ID);
        return placed.withColumn(IS_MISSION, lit(false))
                .unionByName(missionsPlaced, true)
                .groupBy(groupColumns())
                .agg(
                        count_if(not(col(IS_MISSION))).as(NB_DEMANDES),
                        count_if(col(DECISION).isin(DECIDEES.toArray())).as(NB_DECIDEES),
                        count_if(col(DECISION).equalTo(ACCEPTEE)).as(NB_ACCEPTEES),
                        count_if(col(DECISION).equalTo(REFUSEE)).as(NB_REFUSEES),
                        count_if(col(DECISION).equalTo(REORIENTEE)).as(NB_REORIENTEES),
                        count_if(col(DECISION).equalTo(EN_ATTENTE)).as(NB_EN_ATTENTE),
                        count_if(col(IS_MISSION)).as(NB_MISSIONS),
                        count_if(col(STATUT).equalTo(MissionFacts.TERMINEE)).as(NB_MISSIONS_TERMINEES),
                        count_if(col(MissionFacts.EVALUEE)).as(NB_MISSIONS_EVALUEES),
                        Estimators.written(Estimators.median(col(DELAI_DECISION)), Estimators.SCORE_DECIMALS)
                                .as(DELAI_DECISION_MEDIAN_JOURS),
                        Estimators.written(Estimators.median(col(DELAI_DEMARRAGE)), Estimators.SCORE_DECIMALS)
                                .as(DELAI_DEMARRAGE_MEDIAN_JOURS))
                .orderBy(groupColumns());
    }

    /**
     * Each demande with its group: year of reception, volet, and the region of its site — or of its organisme
     * when the demande names no site (a request about a whole organisme). A site placed in no region stays
     * unplaced: the organisme's region is not the site's.
     */
    private static Dataset<Row> placed(Dataset<Row> demandes, Dataset<Row> sites, Dataset<Row> organismes) {
        Dataset<Row> siteRegion = sites.select(col(SITE_ID).as("_site"), col(CODE_REGION).as("_site_region"));
        Dataset<Row> organismeRegion = organismes.select(col(ORGANISME_ID).as("_organisme"),
                col(CODE_REGION).as("_organisme_region"));
        return demandes
                .join(siteRegion, col(SITE_ID).equalTo(col("_site")), "left")
                .join(organismeRegion, col(ORGANISME_ID).equalTo(col("_organisme")), "left")
                .select(col(DEMANDE_ID), col(DECISION),
                        year(col(DATE_RECEPTION)).as(ANNEE),
                        col(VOLET),
                        when(col(SITE_ID).isNull(), col("_organisme_region")).otherwise(col("_site_region"))
                                .as(CODE_REGION),
                        when(col(DECISION).isin(DECIDEES.toArray()),
                                datediff(col(DATE_COMMISSION), col(DATE_RECEPTION))).as(DELAI_DECISION));
    }

    private static Column[] groupColumns() {
        return Arrays.stream(GROUP).map(functions::col).toArray(Column[]::new);
    }
}
