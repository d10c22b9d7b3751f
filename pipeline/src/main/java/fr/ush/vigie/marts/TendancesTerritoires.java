package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.CAMPAGNE;
import static fr.ush.vigie.model.Col.CODE_DEPARTEMENT;
import static fr.ush.vigie.model.Col.CODE_REGION;
import static fr.ush.vigie.model.Col.DATE_ENTREE;
import static fr.ush.vigie.model.Col.DATE_SORTIE;
import static fr.ush.vigie.model.Col.FAMILLE;
import static fr.ush.vigie.model.Col.MARCHE;
import static fr.ush.vigie.model.Col.NOM_DEPARTEMENT;
import static fr.ush.vigie.model.Col.NOM_REGION;
import static fr.ush.vigie.model.Col.QPV;
import static fr.ush.vigie.model.Col.SITE_ID;
import static fr.ush.vigie.marts.MartColumns.*;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import fr.ush.vigie.model.Enumerations;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Mart {@code tendances_territoires} (CONTRACT section 5.2): per campaign and territory of each of the seven
 * dimensions, completeness against the sites <em>attendus</em>, score means, situation counts and the like-for-like
 * panel delta. Built from {@code scores_sites} (one row per site and campaign) and the sites; never from the long
 * autodiagnostics table.
 */
public final class TendancesTerritoires {
    public static final String TABLE = "tendances_territoires";

    public static final List<String> COLUMNS = List.of(CAMPAGNE, DIMENSION, CODE_TERRITOIRE, NB_SITES_ATTENDUS,
            NB_SITES_EVALUES, TAUX_COMPLETUDE, SCORE_GLOBAL_MOYEN, SCORE_QS_MOYEN, SCORE_FU_MOYEN, NB_HORS_SITUATION,
            NB_A_RISQUE, NB_CHRONIQUE, NB_URGENCE_CRISE, PART_SITUATION_COMPLEXE, NB_SITES_PANEL, DELTA_SCORE_PANEL,
            LIBELLE_TERRITOIRE);

    /** Per site and campaign: whether the site was expected, evaluated, and evaluated in the previous campaign too. */
    public static final String ATTENDU = "attendu";
    public static final String EVALUE = "evalue";
    public static final String PANEL = "panel";

    public static final String CODE_NATIONAL = "FR";
    public static final String CODE_QPV = "QPV";
    public static final String CODE_HORS_QPV = "HORS_QPV";

    private static final String START = "_debut_campagne";
    private static final String END = "_fin_campagne";
    private static final String TERRITORY = "_territoire";

    private TendancesTerritoires() {
    }

    public static Dataset<Row> compute(Dataset<Row> scoresSites, Dataset<Row> sites) {
        return aggregate(territories(siteCampaigns(scoresSites, sites)));
    }

    /**
     * One row per site and campaign (among those having a retained autodiagnostic) where the site is expected or
     * evaluated, with its territories, {@code attendu, evalue, panel} and its scores when evaluated. The campaigns
     * are a handful: they are broadcast to every site, which is how the expectation of each is known. Every evaluated
     * site is a staged site (an unknown one is rejected at ingestion), so starting from the sites loses none.
     */
    public static Dataset<Row> siteCampaigns(Dataset<Row> scoresSites, Dataset<Row> sites) {
        Dataset<Row> campaigns = scoresSites.select(col(CAMPAGNE)).distinct()
                .withColumn(START, CampaignCalendar.start(col(CAMPAGNE)))
                .withColumn(END, CampaignCalendar.end(col(CAMPAGNE)));
        Column entered = col(DATE_ENTREE).isNull().or(col(DATE_ENTREE).leq(col(END)));
        Column notLeft = col(DATE_SORTIE).isNull().or(col(DATE_SORTIE).geq(col(START)));
        Dataset<Row> monitored = sites
                .select(SITE_ID, DATE_ENTREE, DATE_SORTIE, CODE_REGION, NOM_REGION, CODE_DEPARTEMENT, NOM_DEPARTEMENT,
                        QPV, MARCHE, FAMILLE)
                .crossJoin(broadcast(campaigns))
                .withColumn(ATTENDU, entered.and(notLeft))
                .drop(START, END, DATE_ENTREE, DATE_SORTIE);
        Dataset<Row> evaluated = scoresSites
                .select(col(SITE_ID), col(CAMPAGNE), col(SCORE_GLOBAL), col(SCORE_QUALITE_SERVICE),
                        col(SCORE_FONCTIONNEMENT_URBAIN), col(SITUATION), col(DELTA_SCORE_GLOBAL),
                        lit(true).as(EVALUE),
                        col(CAMPAGNE_PRECEDENTE).equalTo(CampaignCalendar.previous(col(CAMPAGNE))).as(PANEL));
        return monitored.join(evaluated, new String[] {SITE_ID, CAMPAGNE}, "left")
                .withColumn(EVALUE, coalesce(col(EVALUE), lit(false)))
                .withColumn(PANEL, coalesce(col(PANEL), lit(false)))
                .where(col(ATTENDU).or(col(EVALUE)));
    }

    /**
     * One row per site, campaign and territory the site is in ({@code dimension, code_territoire,
     * libelle_territoire}); a site whose value is unknown in a dimension (no marché, no région …) has no row there.
     */
    public static Dataset<Row> territories(Dataset<Row> siteCampaigns) {
        Column qpv = when(col(QPV).equalTo(true), lit(CODE_QPV)).when(col(QPV).equalTo(false), lit(CODE_HORS_QPV));
        Column qpvLabel = when(col(QPV).equalTo(true), lit("QPV")).when(col(QPV).equalTo(false), lit("Hors QPV"));
        Column marcheLabel = when(col(MARCHE).equalTo(Enumerations.MARCHE_TENDU), lit("Marché tendu"))
                .when(col(MARCHE).equalTo(Enumerations.MARCHE_DETENDU), lit("Marché détendu"));
        Column all = array(
                territory(Dimension.NATIONAL, lit(CODE_NATIONAL), lit("France")),
                territory(Dimension.REGION, col(CODE_REGION), col(NOM_REGION)),
                territory(Dimension.DEPARTEMENT, col(CODE_DEPARTEMENT), col(NOM_DEPARTEMENT)),
                territory(Dimension.QPV, qpv, qpvLabel),
                territory(Dimension.MARCHE, col(MARCHE), marcheLabel),
                territory(Dimension.FAMILLE, col(FAMILLE), col(FAMILLE)),
                territory(Dimension.QPV_MARCHE, concat(qpv, lit("_"), col(MARCHE)),
                        concat(qpvLabel, lit(", "), marcheLabel)));
        return siteCampaigns.withColumn(TERRITORY, explode(all))
                .withColumn(DIMENSION, col(TERRITORY + "." + DIMENSION))
                .withColumn(CODE_TERRITOIRE, col(TERRITORY + "." + CODE_TERRITOIRE))
                .withColumn(LIBELLE_TERRITOIRE, col(TERRITORY + "." + LIBELLE_TERRITOIRE))
                .drop(TERRITORY)
                .where(col(CODE_TERRITOIRE).isNotNull());
    }

    /** The mart: counts, means and shares per campaign and territory (unrounded until written). */
    public static Dataset<Row> aggregate(Dataset<Row> territories) {
        Column attendu = col(ATTENDU);
        Column evalue = col(EVALUE);
        Column situation = col(SITUATION);
        // A territory's label follows from its code: grouping by it too keeps the aggregation free of string
        // buffers (hash, not sort, aggregation).
        return territories.groupBy(col(CAMPAGNE), col(DIMENSION), col(CODE_TERRITOIRE), col(LIBELLE_TERRITOIRE))
                .agg(Decimals.countWhere(attendu).as(NB_SITES_ATTENDUS),
                        Decimals.countWhere(evalue).as(NB_SITES_EVALUES),
                        Decimals.share4(Decimals.countWhere(attendu.and(evalue)), Decimals.countWhere(attendu))
                                .as(TAUX_COMPLETUDE),
                        Decimals.mean1(col(SCORE_GLOBAL)).as(SCORE_GLOBAL_MOYEN),
                        Decimals.mean1(col(SCORE_QUALITE_SERVICE)).as(SCORE_QS_MOYEN),
                        Decimals.mean1(col(SCORE_FONCTIONNEMENT_URBAIN)).as(SCORE_FU_MOYEN),
                        countSituation(Situation.HORS_SITUATION_COMPLEXE).as(NB_HORS_SITUATION),
                        countSituation(Situation.A_RISQUE).as(NB_A_RISQUE),
                        countSituation(Situation.CHRONIQUE).as(NB_CHRONIQUE),
                        countSituation(Situation.URGENCE_CRISE).as(NB_URGENCE_CRISE),
                        Decimals.share4(Decimals.countWhere(situation.isin(Situation.COMPLEXES.toArray())),
                                Decimals.countWhere(evalue)).as(PART_SITUATION_COMPLEXE),
                        Decimals.countWhere(col(PANEL)).as(NB_SITES_PANEL),
                        Decimals.mean1(when(col(PANEL), col(DELTA_SCORE_GLOBAL))).as(DELTA_SCORE_PANEL))
                .select(columns(COLUMNS))
                .orderBy(col(CAMPAGNE), col(DIMENSION), col(CODE_TERRITOIRE));
    }

    private static Column territory(Dimension dimension, Column code, Column label) {
        return struct(lit(dimension.name()).as(DIMENSION), code.as(CODE_TERRITOIRE), label.as(LIBELLE_TERRITOIRE));
    }

    private static Column countSituation(Situation wanted) {
        return Decimals.countWhere(col(SITUATION).equalTo(wanted.name()));
    }
}
