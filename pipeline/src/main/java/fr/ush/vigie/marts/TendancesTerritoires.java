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
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import fr.ush.vigie.model.Enumerations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            LIBELLE_TERRITOIRE, NB_SITES_ATTENDUS_EVALUES);

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
    private static final String N_COMPLEXES = "_complexes";
    /** Each score mean of the mart and the score of {@code scores_sites} it is the mean of. */
    private static final Map<String, String> MEANS = Map.of(SCORE_GLOBAL_MOYEN, SCORE_GLOBAL,
            SCORE_QS_MOYEN, SCORE_QUALITE_SERVICE, SCORE_FU_MOYEN, SCORE_FONCTIONNEMENT_URBAIN);
    /** Each situation and the mart's column counting its sites. */
    private static final Map<Situation, String> SITUATION_COUNTS = Map.of(
            Situation.HORS_SITUATION_COMPLEXE, NB_HORS_SITUATION, Situation.A_RISQUE, NB_A_RISQUE,
            Situation.CHRONIQUE, NB_CHRONIQUE, Situation.URGENCE_CRISE, NB_URGENCE_CRISE);

    private TendancesTerritoires() {
    }

    public static Dataset<Row> compute(Dataset<Row> scoresSites, Dataset<Row> sites) {
        return aggregate(territories(profiles(siteCampaigns(scoresSites, sites))));
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
        // The sites are one small file, read in one task: spread first, so that the rows of every campaign are
        // built and joined on every core.
        Dataset<Row> monitored = sites
                .select(SITE_ID, DATE_ENTREE, DATE_SORTIE, CODE_REGION, NOM_REGION, CODE_DEPARTEMENT, NOM_DEPARTEMENT,
                        QPV, MARCHE, FAMILLE)
                .repartition(sites.sparkSession().sparkContext().defaultParallelism())
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
     * Per campaign and combination of a site's territories (région, département, QPV, marché, famille: a few
     * thousand combinations for a hundred thousand sites), the counts and sums {@link #aggregate} adds up per
     * territory. Summing before a site's row is repeated in each of its seven territories keeps that repetition
     * to these few rows.
     */
    public static Dataset<Row> profiles(Dataset<Row> siteCampaigns) {
        Column attendu = col(ATTENDU);
        Column evalue = col(EVALUE);
        Column panelDelta = when(col(PANEL), col(DELTA_SCORE_GLOBAL));
        List<Column> partials = new ArrayList<>(List.of(
                Decimals.countWhere(attendu).as(NB_SITES_ATTENDUS),
                Decimals.countWhere(evalue).as(NB_SITES_EVALUES),
                Decimals.countWhere(attendu.and(evalue)).as(NB_SITES_ATTENDUS_EVALUES),
                Decimals.countWhere(col(SITUATION).isin(Situation.COMPLEXES.toArray())).as(N_COMPLEXES),
                Decimals.countWhere(col(PANEL)).as(NB_SITES_PANEL),
                sum(panelDelta).as(sumOf(DELTA_SCORE_PANEL)), count(panelDelta).as(countOf(DELTA_SCORE_PANEL))));
        for (Situation situation : SITUATION_COUNTS.keySet()) {
            partials.add(Decimals.countWhere(col(SITUATION).equalTo(situation.name())).as(countOf(situation.name())));
        }
        MEANS.forEach((mean, score) -> {
            partials.add(sum(col(score)).as(sumOf(mean)));
            partials.add(count(col(score)).as(countOf(mean)));
        });
        return siteCampaigns.groupBy(col(CAMPAGNE), col(CODE_REGION), col(NOM_REGION), col(CODE_DEPARTEMENT),
                        col(NOM_DEPARTEMENT), col(QPV), col(MARCHE), col(FAMILLE))
                .agg(partials.get(0), partials.subList(1, partials.size()).toArray(Column[]::new));
    }

    /**
     * One row per profile and territory it is in ({@code dimension, code_territoire, libelle_territoire}); a
     * profile whose value is unknown in a dimension (no marché, no région …) has no row there.
     */
    public static Dataset<Row> territories(Dataset<Row> profiles) {
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
        return profiles.withColumn(TERRITORY, explode(all))
                .withColumn(DIMENSION, col(TERRITORY + "." + DIMENSION))
                .withColumn(CODE_TERRITOIRE, col(TERRITORY + "." + CODE_TERRITOIRE))
                .withColumn(LIBELLE_TERRITOIRE, col(TERRITORY + "." + LIBELLE_TERRITOIRE))
                .drop(TERRITORY)
                .where(col(CODE_TERRITOIRE).isNotNull());
    }

    /** The mart: counts, means and shares per campaign and territory, from the {@link #profiles} of each. */
    public static Dataset<Row> aggregate(Dataset<Row> territories) {
        List<Column> aggregates = new ArrayList<>(List.of(
                sum(col(NB_SITES_ATTENDUS)).as(NB_SITES_ATTENDUS),
                sum(col(NB_SITES_EVALUES)).as(NB_SITES_EVALUES),
                sum(col(NB_SITES_ATTENDUS_EVALUES)).as(NB_SITES_ATTENDUS_EVALUES),
                Decimals.share4(sum(col(NB_SITES_ATTENDUS_EVALUES)), sum(col(NB_SITES_ATTENDUS)))
                        .as(TAUX_COMPLETUDE)));
        MEANS.keySet().forEach(mean -> aggregates.add(
                Decimals.mean1(sum(col(sumOf(mean))), sum(col(countOf(mean)))).as(mean)));
        SITUATION_COUNTS.forEach((situation, count) -> aggregates.add(
                sum(col(countOf(situation.name()))).as(count)));
        aggregates.add(Decimals.share4(sum(col(N_COMPLEXES)), sum(col(NB_SITES_EVALUES))).as(PART_SITUATION_COMPLEXE));
        aggregates.add(sum(col(NB_SITES_PANEL)).as(NB_SITES_PANEL));
        aggregates.add(Decimals.mean1(sum(col(sumOf(DELTA_SCORE_PANEL))), sum(col(countOf(DELTA_SCORE_PANEL))))
                .as(DELTA_SCORE_PANEL));
        // A territory's label follows from its code: grouping by it too keeps the aggregation free of string
        // buffers (hash, not sort, aggregation).
        return territories.groupBy(col(CAMPAGNE), col(DIMENSION), col(CODE_TERRITOIRE), col(LIBELLE_TERRITOIRE))
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
                .select(columns(COLUMNS))
                .orderBy(col(CAMPAGNE), col(DIMENSION), col(CODE_TERRITOIRE));
    }

    private static String sumOf(String column) {
        return "_somme_" + column;
    }

    private static String countOf(String column) {
        return "_nombre_" + column;
    }

    private static Column territory(Dimension dimension, Column code, Column label) {
        return struct(lit(dimension.name()).as(DIMENSION), code.as(CODE_TERRITOIRE), label.as(LIBELLE_TERRITOIRE));
    }
}
