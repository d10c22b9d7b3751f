package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The missions that count in every support-pool mart: all but the cancelled ones (ANNULEE), each with its
 * demande's volet, site and commission date, and its evaluation when there is one ({@link #EVALUEE}).
 */
final class MissionFacts {
    static final String ANNULEE = "ANNULEE";
    static final String TERMINEE = "TERMINEE";

    /** True when the mission has an evaluation. */
    static final String EVALUEE = "_evaluee";

    private MissionFacts() {
    }

    static Dataset<Row> of(Dataset<Row> missions, Dataset<Row> demandes, Dataset<Row> evaluations) {
        Dataset<Row> demande = demandes.select(col(DEMANDE_ID), col(VOLET), col(SITE_ID), col(DATE_COMMISSION));
        Dataset<Row> evaluation = evaluations.select(col(MISSION_ID), lit(true).as(EVALUEE), col(SATISFACTION),
                col(REGARD_NEUF), col(RUPTURE_ROUTINES), col(DYNAMIQUE_PARTENARIALE), col(SOUTIEN_METHODOLOGIQUE),
                col(NB_PRECONISATIONS), col(NB_PRECONISATIONS_MISES_EN_OEUVRE));
        // Left joins: validation guarantees each mission's demande, and a mission must never vanish from a count.
        return missions
                .filter(col(STATUT).notEqual(lit(ANNULEE)))
                .select(col(MISSION_ID), col(DEMANDE_ID), col(PRESTATAIRE_ID), col(DATE_DEBUT), col(DATE_FIN),
                        col(JOURS_FINANCES), col(JOURS_PROLONGATION), col(TARIF_JOUR_EUR), col(STATUT))
                .join(demande, DEMANDE_ID, "left")
                .join(evaluation, MISSION_ID, "left")
                .na().fill(false, new String[] {EVALUEE});
    }
}
