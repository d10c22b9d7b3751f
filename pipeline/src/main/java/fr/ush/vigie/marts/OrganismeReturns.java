package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.CAMPAGNE;
import static fr.ush.vigie.model.Col.DATE_ENTREE;
import static fr.ush.vigie.model.Col.DATE_SORTIE;
import static fr.ush.vigie.model.Col.DEMANDE_ID;
import static fr.ush.vigie.model.Col.ENREGISTREMENT;
import static fr.ush.vigie.model.Col.MISSION_ID;
import static fr.ush.vigie.model.Col.NOM;
import static fr.ush.vigie.model.Col.ORGANISME_ID;
import static fr.ush.vigie.model.Col.SITE_ID;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.when;

import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What each organisme's data-quality return is made of (CONTRACT section 6): whose a rejected line is, and which
 * of its sites were expected in a campaign.
 */
public final class OrganismeReturns {
    private static final String SITE_OWNER = "_organisme_du_site";
    private static final String KNOWN_ORGANISME = "_organisme_connu";
    private static final String DEMANDE_OWNER = "_organisme_de_la_demande";
    private static final String MISSION_OWNER = "_organisme_de_la_mission";
    private static final String NAMED = "_nomme_";

    private OrganismeReturns() {
    }

    /**
     * Adds {@code organisme_id} to rejected lines: the organisme of the accepted site the line names, else the
     * accepted organisme it names, else the organisme of the accepted demande it names, else that of the accepted
     * mission it names; null when it names none. The ids are read from {@code enregistrement}
     * ({@code colonne=valeur ; …}), whatever the source of the line.
     *
     * @param sites, organismes, demandes, missions the accepted staging rows
     */
    public static Dataset<Row> withOwner(Dataset<Row> rejets, Dataset<Row> sites, Dataset<Row> organismes,
            Dataset<Row> demandes, Dataset<Row> missions) {
        Dataset<Row> named = rejets.withColumn(NAMED + SITE_ID, named(SITE_ID))
                .withColumn(NAMED + ORGANISME_ID, named(ORGANISME_ID))
                .withColumn(NAMED + DEMANDE_ID, named(DEMANDE_ID))
                .withColumn(NAMED + MISSION_ID, named(MISSION_ID));
        Dataset<Row> missionOwners = missions.select(col(MISSION_ID), col(DEMANDE_ID))
                .join(demandes.select(col(DEMANDE_ID), col(ORGANISME_ID).as(MISSION_OWNER)), DEMANDE_ID)
                .select(col(MISSION_ID).as("_mission"), col(MISSION_OWNER));
        Column owner = coalesce(col(SITE_OWNER), col(KNOWN_ORGANISME), col(DEMANDE_OWNER), col(MISSION_OWNER));
        return named
                .join(broadcast(sites.select(col(SITE_ID).as("_site"), col(ORGANISME_ID).as(SITE_OWNER))),
                        col(NAMED + SITE_ID).equalTo(col("_site")), "left")
                .join(broadcast(organismes.select(col(ORGANISME_ID).as(KNOWN_ORGANISME))),
                        col(NAMED + ORGANISME_ID).equalTo(col(KNOWN_ORGANISME)), "left")
                .join(broadcast(demandes.select(col(DEMANDE_ID).as("_demande"), col(ORGANISME_ID).as(DEMANDE_OWNER))),
                        col(NAMED + DEMANDE_ID).equalTo(col("_demande")), "left")
                .join(broadcast(missionOwners), col(NAMED + MISSION_ID).equalTo(col("_mission")), "left")
                .select(rejetsColumns(rejets, owner));
    }

    /**
     * The sites expected in {@code campagne} (their {@code [date_entree, date_sortie]}, null ends open, meets the
     * campaign's half-year) with no row in {@code scores}: {@code site_id, organisme_id, nom}.
     *
     * @param scores {@code scores_sites}, any campaigns
     */
    public static Dataset<Row> expectedWithoutAssessment(Dataset<Row> sites, Dataset<Row> scores, String campagne) {
        Dataset<Row> assessed = scores.where(col(CAMPAGNE).equalTo(campagne)).select(col(SITE_ID));
        return expected(sites, campagne).join(assessed, new String[] {SITE_ID}, "left_anti")
                .select(col(SITE_ID), col(ORGANISME_ID), col(NOM))
                .orderBy(col(ORGANISME_ID), col(NOM), col(SITE_ID));
    }

    /** The sites expected in {@code campagne}, every column of {@code sites}. */
    public static Dataset<Row> expected(Dataset<Row> sites, String campagne) {
        Column start = CampaignCalendar.start(lit(campagne));
        Column end = CampaignCalendar.end(lit(campagne));
        return sites.where(col(DATE_ENTREE).isNull().or(col(DATE_ENTREE).leq(end))
                .and(col(DATE_SORTIE).isNull().or(col(DATE_SORTIE).geq(start))));
    }

    /** The value of {@code column} in an {@code enregistrement}, null when absent or empty. */
    private static Column named(String column) {
        Column value = regexp_extract(col(ENREGISTREMENT), "(?:^|; )" + Pattern.quote(column + "=") + "(.*?)(?: ;|$)",
                1);
        return when(value.notEqual(lit("")), value);
    }

    private static Column[] rejetsColumns(Dataset<Row> rejets, Column owner) {
        Column[] columns = new Column[rejets.columns().length + 1];
        for (int i = 0; i < rejets.columns().length; i++) {
            columns[i] = col(rejets.columns()[i]);
        }
        columns[columns.length - 1] = owner.as(ORGANISME_ID);
        return columns;
    }
}
