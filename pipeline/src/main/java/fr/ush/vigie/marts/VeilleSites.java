package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.CAMPAGNE;
import static fr.ush.vigie.model.Col.CODE_DEPARTEMENT;
import static fr.ush.vigie.model.Col.CODE_REGION;
import static fr.ush.vigie.model.Col.DATE_DEBUT;
import static fr.ush.vigie.model.Col.DATE_COMMISSION;
import static fr.ush.vigie.model.Col.DATE_FIN;
import static fr.ush.vigie.model.Col.DECISION;
import static fr.ush.vigie.model.Col.DATE_RECEPTION;
import static fr.ush.vigie.model.Col.DEMANDE_ID;
import static fr.ush.vigie.model.Col.FAMILLE;
import static fr.ush.vigie.model.Col.NOM;
import static fr.ush.vigie.model.Col.ORGANISME_ID;
import static fr.ush.vigie.model.Col.SITE_ID;
import static fr.ush.vigie.model.Col.STATUT;
import static fr.ush.vigie.marts.MartColumns.*;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Mart {@code veille_sites} (CONTRACT section 5.4): per campaign, every site in a complex situation or with an
 * alert, its alerts and whether a support mission is under way at the campaign's end. Built from
 * {@code scores_sites} and the small support tables. The site-campaign rows ({@code scores_sites}, hundreds of
 * thousands) meet the small tables by broadcast joins, rather than being shuffled to meet them.
 */
public final class VeilleSites {
    public static final String TABLE = "veille_sites";

    public static final List<String> COLUMNS = List.of(CAMPAGNE, SITE_ID, NOM_SITE, ORGANISME_ID, CODE_REGION,
            SITUATION, SCORE_GLOBAL, DELTA_SCORE_GLOBAL, ALERTES, APPUI_EN_COURS, NB_ALERTES, CODE_DEPARTEMENT,
            FAMILLE, DEMANDE_EN_ATTENTE);

    /** A chronic site is without support when no demande named it in the closed window of this many days. */
    public static final int APPUI_FENETRE_JOURS = 730;
    /** DEGRADATION_FORTE: global score up by at least this much since the previous retained autodiagnostic. */
    public static final BigDecimal DEGRADATION_FORTE_SEUIL = new BigDecimal("15");
    /** The decision of a demande the Commission has not examined yet. */
    public static final String DECISION_EN_ATTENTE = "EN_ATTENTE";
    /** The one mission status that is not support. */
    public static final String STATUT_ANNULEE = "ANNULEE";

    /** Per site and campaign, whether a demande named the site in the window before the campaign's end. */
    public static final String DEMANDE_RECENTE = "demande_recente";

    private static final String END = "_fin_campagne";
    private static final String OTHER_SITE = "_site_appui";

    private VeilleSites() {
    }

    /**
     * @param scoresSites the {@code scores_sites} mart, with its {@code situation_precedente} column
     * @param sites the staging sites (for {@code nom_site})
     * @param demandes the staging demandes (accepted rows)
     * @param missions the staging missions (accepted rows)
     */
    public static Dataset<Row> compute(Dataset<Row> scoresSites, Dataset<Row> sites, Dataset<Row> demandes,
            Dataset<Row> missions) {
        Dataset<Row> withEnd = scoresSites.withColumn(END, CampaignCalendar.end(col(CAMPAGNE)));
        Dataset<Row> watched = withAlerts(withRecentDemande(withEnd, demandes))
                .where(col(SITUATION).isin(Situation.COMPLEXES.toArray()).or(col(NB_ALERTES).gt(0)));
        return withPendingDemande(withOngoingSupport(watched, withEnd, demandes, missions), demandes)
                .join(broadcast(sites.select(col(SITE_ID), col(NOM).as(NOM_SITE))), new String[] {SITE_ID}, "left")
                .select(columns(COLUMNS))
                .orderBy(col(CAMPAGNE), col(SITE_ID));
    }

    /**
     * Adds {@code demande_recente} to chronic rows: a demande row naming the site, whatever its decision, received
     * in {@code [end − 730 days, end]}; false elsewhere (the alert only asks about chronic sites).
     */
    static Dataset<Row> withRecentDemande(Dataset<Row> rows, Dataset<Row> demandes) {
        Column end = col(END);
        Column received = col(DATE_RECEPTION);
        Dataset<Row> named = rows.where(col(SITUATION).equalTo(Situation.CHRONIQUE.name()))
                .select(col(SITE_ID), col(CAMPAGNE), end)
                .join(broadcast(demandes.select(col(SITE_ID).as(OTHER_SITE), received)),
                        col(SITE_ID).equalTo(col(OTHER_SITE))
                                .and(received.between(date_sub(end, APPUI_FENETRE_JOURS), end)))
                .select(col(SITE_ID), col(CAMPAGNE), lit(true).as(DEMANDE_RECENTE))
                .distinct();
        return rows.join(broadcast(named), new String[] {SITE_ID, CAMPAGNE}, "left")
                .withColumn(DEMANDE_RECENTE, coalesce(col(DEMANDE_RECENTE), lit(false)));
    }

    /**
     * Adds {@code alertes} (sorted, {@code ;}-joined, null when none) and {@code nb_alertes}. The alerts are
     * joined in {@link Alerte}'s declaration order, which is alphabetical: sorting an array per row is a
     * higher-order function Spark evaluates row by row without generated code (a tenth of the marts' CPU).
     */
    static Dataset<Row> withAlerts(Dataset<Row> rows) {
        Column situation = col(SITUATION);
        Column crisis = lit(Situation.URGENCE_CRISE.name());
        Map<Alerte, Column> raised = new EnumMap<>(Alerte.class);
        raised.put(Alerte.CHRONIQUE_SANS_APPUI,
                situation.equalTo(Situation.CHRONIQUE.name()).and(not(col(DEMANDE_RECENTE))));
        raised.put(Alerte.DEGRADATION_FORTE, col(DELTA_SCORE_GLOBAL).geq(lit(DEGRADATION_FORTE_SEUIL)));
        raised.put(Alerte.NOUVELLE_CRISE, situation.equalTo(crisis)
                .and(col(SITUATION_PRECEDENTE).isNull().or(col(SITUATION_PRECEDENTE).notEqual(crisis))));
        Column[] names = raised.entrySet().stream()
                .map(alert -> when(alert.getValue(), lit(alert.getKey().name()))).toArray(Column[]::new);
        Column count = raised.values().stream()
                .map(condition -> when(condition, lit(1)).otherwise(lit(0)))
                .reduce(Column::plus).orElseThrow();
        Column joined = concat_ws(";", names);
        return rows.withColumn(NB_ALERTES, count)
                .withColumn(ALERTES, when(joined.notEqual(lit("")), joined));
    }

    /**
     * Adds {@code demande_en_attente}: a demande naming the site, received on or before the campaign's end, that the
     * Commission had not decided by then (still {@code EN_ATTENTE}, or decided after that end).
     */
    static Dataset<Row> withPendingDemande(Dataset<Row> rows, Dataset<Row> demandes) {
        Column end = col(END);
        Dataset<Row> pending = rows.select(col(SITE_ID), col(CAMPAGNE), end)
                .join(broadcast(demandes.select(col(SITE_ID).as(OTHER_SITE), col(DATE_RECEPTION),
                                col(DATE_COMMISSION), col(DECISION))),
                        col(SITE_ID).equalTo(col(OTHER_SITE)).and(col(DATE_RECEPTION).leq(end))
                                .and(col(DECISION).equalTo(DECISION_EN_ATTENTE).or(col(DATE_COMMISSION).gt(end))))
                .select(col(SITE_ID), col(CAMPAGNE), lit(true).as(DEMANDE_EN_ATTENTE))
                .distinct();
        return rows.join(broadcast(pending), new String[] {SITE_ID, CAMPAGNE}, "left")
                .withColumn(DEMANDE_EN_ATTENTE, coalesce(col(DEMANDE_EN_ATTENTE), lit(false)));
    }

    /**
     * Adds {@code appui_en_cours}: a mission of a demande naming the site, not ANNULEE, started on or before the
     * campaign's end and without a {@code date_fin} or with one after that end.
     *
     * @param candidates site-campaign rows (with the campaign's end) including every one of {@code rows}: the
     *                   supported pairs are looked up among them, so that the lookup does not compute {@code rows}
     *                   (their alerts and joins) a second time
     */
    static Dataset<Row> withOngoingSupport(Dataset<Row> rows, Dataset<Row> candidates, Dataset<Row> demandes,
            Dataset<Row> missions) {
        Column end = col(END);
        Dataset<Row> missionSites = missions.where(col(STATUT).notEqual(STATUT_ANNULEE))
                .select(col(DEMANDE_ID), col(DATE_DEBUT), col(DATE_FIN))
                .join(demandes.select(col(DEMANDE_ID), col(SITE_ID).as(OTHER_SITE)), new String[] {DEMANDE_ID});
        Dataset<Row> supported = candidates.select(col(SITE_ID), col(CAMPAGNE), end)
                .join(broadcast(missionSites), col(SITE_ID).equalTo(col(OTHER_SITE))
                        .and(col(DATE_DEBUT).leq(end))
                        .and(col(DATE_FIN).isNull().or(col(DATE_FIN).gt(end))))
                .select(col(SITE_ID), col(CAMPAGNE), lit(true).as(APPUI_EN_COURS))
                .distinct();
        return rows.join(broadcast(supported), new String[] {SITE_ID, CAMPAGNE}, "left")
                .withColumn(APPUI_EN_COURS, coalesce(col(APPUI_EN_COURS), lit(false)));
    }
}
