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

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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

    private static final String DELAI_DECISION = "_delai_decision";
    private static final String DELAI_DEMARRAGE = "_delai_demarrage";
    private static final String IS_MISSION = "_mission";

    private AppuiDemandes() {
    }

    public static Dataset<Row> compute(Dataset<Row> demandes, Dataset<Row> missions, Dataset<Row> evaluations,
            Dataset<Row> sites, Dataset<Row> organismes) {
        return byTerritory(demandes, missions, evaluations, DemandeTerritories.of(demandes, sites, organismes),
                CODE_REGION);
    }

    /**
     * The funnel per year of reception, volet and one column of the demande's territory.
     *
     * @param territories {@link DemandeTerritories} of the demandes
     * @param territory   {@code code_region} or {@code famille}
     */
    static Dataset<Row> byTerritory(Dataset<Row> demandes, Dataset<Row> missions, Dataset<Row> evaluations,
            Dataset<Row> territories, String territory) {
        Column[] group = {col(ANNEE), col(VOLET), col(territory)};
        Dataset<Row> placed = placed(demandes, territories, territory);
        // Each mission takes its demande's group; demandes and missions then go through one aggregation, each
        // measure reading only the rows of its kind (the other kind's columns are null).
        Dataset<Row> missionsPlaced = MissionFacts.of(missions, demandes, evaluations)
                .select(col(DEMANDE_ID), col(STATUT), col(MissionFacts.EVALUEE),
                        datediff(col(DATE_DEBUT), col(DATE_COMMISSION)).as(DELAI_DEMARRAGE), lit(true).as(IS_MISSION))
                .join(placed.select(col(DEMANDE_ID), col(ANNEE), col(VOLET), col(territory)), DEMANDE_ID);
        return placed.withColumn(IS_MISSION, lit(false))
                .unionByName(missionsPlaced, true)
                .groupBy(group)
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
                .orderBy(group);
    }

    /** Each demande with its group (year of reception, volet, territory) and its decision delay. */
    private static Dataset<Row> placed(Dataset<Row> demandes, Dataset<Row> territories, String territory) {
        return demandes
                .join(territories.select(DEMANDE_ID, territory), DEMANDE_ID, "left")
                .select(col(DEMANDE_ID), col(DECISION),
                        year(col(DATE_RECEPTION)).as(ANNEE),
                        col(VOLET),
                        col(territory),
                        when(col(DECISION).isin(DECIDEES.toArray()),
                                datediff(col(DATE_COMMISSION), col(DATE_RECEPTION))).as(DELAI_DECISION));
    }
}
