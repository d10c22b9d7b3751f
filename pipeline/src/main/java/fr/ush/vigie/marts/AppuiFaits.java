package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The support pool row by row, for the reports that list a region's missions and compute lead times over any
 * group (national, volet, region, famille): each demande and each counted mission (all but ANNULEE, as in every
 * support-pool mart) placed in its region and famille by the same rule as {@code appui_demandes_territoires}.
 * Read from the staging tables at report time, as {@link OrganismeReturns} is; not a published mart.
 */
public final class AppuiFaits {
    /** True when the mission has an evaluation. */
    public static final String EVALUEE = "evaluee";

    private AppuiFaits() {
    }

    /**
     * @return {@code demande_id, volet, code_region, famille, date_reception, date_commission, decision}, one row
     *     per demande
     */
    public static Dataset<Row> demandes(Dataset<Row> demandes, Dataset<Row> sites, Dataset<Row> organismes) {
        return demandes.join(DemandeTerritories.of(demandes, sites, organismes), DEMANDE_ID, "left")
                .select(col(DEMANDE_ID), col(VOLET), col(CODE_REGION), col(FAMILLE), col(DATE_RECEPTION),
                        col(DATE_COMMISSION), col(DECISION));
    }

    /**
     * @return {@code mission_id, site_id, prestataire_id, volet, code_region, famille, date_commission, date_debut,
     *     date_fin, statut, evaluee, satisfaction}, one row per mission that is not cancelled
     */
    public static Dataset<Row> missions(Dataset<Row> missions, Dataset<Row> demandes, Dataset<Row> evaluations,
            Dataset<Row> sites, Dataset<Row> organismes) {
        return MissionFacts.of(missions, demandes, evaluations)
                .join(DemandeTerritories.of(demandes, sites, organismes), DEMANDE_ID, "left")
                .select(col(MISSION_ID), col(SITE_ID), col(PRESTATAIRE_ID), col(VOLET), col(CODE_REGION),
                        col(FAMILLE), col(DATE_COMMISSION), col(DATE_DEBUT), col(DATE_FIN), col(STATUT),
                        col(MissionFacts.EVALUEE).as(EVALUEE), col(SATISFACTION));
    }
}
