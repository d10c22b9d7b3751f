package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.AppuiColumns.*;
import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.stddev_samp;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Mart {@code efficacite_prestataires}: per referenced prestataire, over its missions not cancelled — satisfaction
 * with its 95 % Student interval, the pooled implementation rate of recommendations with its interval clustered by
 * mission ({@link Recommendations}), and the difference-in-differences effect of its missions on the grid's global
 * score ({@link DifferenceInDifferences}) with its Student interval. Every accepted prestataire has a row; without
 * missions its counts are 0 and its measures null. {@code effectif_suffisant} is true from
 * {@code efficacite.effectif_min} missions with follow-up. Beyond the contract's columns, {@code
 * effet_ic95_bas_grappes} and {@code effet_ic95_haut_grappes}: the effect's interval with sites as clusters
 * ({@link SiteClusteredVariance}), which also counts the noise of the control deltas that missions share.
 */
public final class EfficacitePrestataires {
    public static final String TABLE = "efficacite_prestataires";

    private static final String SATISFACTION_MEAN = "_satisfaction";
    private static final String SATISFACTION_SD = "_satisfaction_sd";
    private static final String SATISFACTION_N = "_satisfaction_n";
    private static final String TREATED_MEAN = "_delta_traites";
    private static final String CONTROL_MEAN = "_delta_temoins";
    private static final String EFFECT_MEAN = "_effet";
    private static final String EFFECT_SD = "_effet_sd";

    private EfficacitePrestataires() {
    }

    /**
     * @param effectifMin fewest missions with follow-up for {@code effectif_suffisant}
     *                    ({@code efficacite.effectif_min})
     */
    public static Dataset<Row> compute(Dataset<Row> prestataires, Dataset<Row> missions, Dataset<Row> demandes,
            Dataset<Row> evaluations, Dataset<Row> scoresSites, Dataset<Row> sites, int effectifMin) {
        Dataset<Row> facts = MissionFacts.of(missions, demandes, evaluations);
        Dataset<Row> outcomes = facts.groupBy(col(PRESTATAIRE_ID)).agg(
                count(lit(1)).as(NB_MISSIONS),
                count_if(col(MissionFacts.EVALUEE)).as(NB_EVALUEES),
                avg(col(SATISFACTION)).as(SATISFACTION_MEAN),
                stddev_samp(col(SATISFACTION)).as(SATISFACTION_SD),
                count(col(SATISFACTION)).as(SATISFACTION_N));
        Dataset<Row> recommendations = Recommendations.clusteredRate(facts.filter(col(MissionFacts.EVALUEE)),
                PRESTATAIRE_ID);
        DifferenceInDifferences.Parts did = DifferenceInDifferences.parts(facts, scoresSites, sites, demandes);
        Dataset<Row> effects = did.missions()
                .groupBy(col(PRESTATAIRE_ID)).agg(
                        count(lit(1)).as(NB_MISSIONS_AVEC_SUIVI),
                        Estimators.exactMean(col(DifferenceInDifferences.DELTA_TRAITE)).as(TREATED_MEAN),
                        Estimators.exactMean(col(DifferenceInDifferences.DELTA_TEMOINS)).as(CONTROL_MEAN),
                        Estimators.exactMean(col(DifferenceInDifferences.DID)).as(EFFECT_MEAN),
                        stddev_samp(col(DifferenceInDifferences.DID).cast(DataTypes.DoubleType)).as(EFFECT_SD));

        return prestataires.select(col(PRESTATAIRE_ID), col(NOM), col(POLE))
                .join(outcomes, new String[] {PRESTATAIRE_ID}, "left")
                .join(recommendations, new String[] {PRESTATAIRE_ID}, "left")
                .join(effects, new String[] {PRESTATAIRE_ID}, "left")
                .join(SiteClusteredVariance.of(did), new String[] {PRESTATAIRE_ID}, "left")
                .select(
                        col(PRESTATAIRE_ID), col(NOM), col(POLE),
                        coalesce(col(NB_MISSIONS), lit(0L)).as(NB_MISSIONS),
                        coalesce(col(NB_EVALUEES), lit(0L)).as(NB_EVALUEES),
                        Estimators.written(col(SATISFACTION_MEAN), Estimators.SATISFACTION_DECIMALS)
                                .as(SATISFACTION_MOYENNE),
                        Estimators.written(Estimators.meanCiLow(col(SATISFACTION_MEAN), col(SATISFACTION_SD),
                                col(SATISFACTION_N)), Estimators.SATISFACTION_DECIMALS).as(SATISFACTION_IC95_BAS),
                        Estimators.written(Estimators.meanCiHigh(col(SATISFACTION_MEAN), col(SATISFACTION_SD),
                                col(SATISFACTION_N)), Estimators.SATISFACTION_DECIMALS).as(SATISFACTION_IC95_HAUT),
                        Estimators.written(col(Recommendations.RATE), Estimators.SHARE_DECIMALS)
                                .as(TAUX_MISE_EN_OEUVRE),
                        Estimators.written(col(Recommendations.RATE_LOW), Estimators.SHARE_DECIMALS)
                                .as(TAUX_MISE_EN_OEUVRE_IC95_BAS),
                        Estimators.written(col(Recommendations.RATE_HIGH), Estimators.SHARE_DECIMALS)
                                .as(TAUX_MISE_EN_OEUVRE_IC95_HAUT),
                        coalesce(col(NB_MISSIONS_AVEC_SUIVI), lit(0L)).as(NB_MISSIONS_AVEC_SUIVI),
                        Estimators.written(col(TREATED_MEAN), Estimators.SCORE_DECIMALS).as(DELTA_SCORE_TRAITES),
                        Estimators.written(col(CONTROL_MEAN), Estimators.SCORE_DECIMALS).as(DELTA_SCORE_TEMOINS),
                        Estimators.written(col(EFFECT_MEAN), Estimators.SCORE_DECIMALS).as(EFFET_DID),
                        Estimators.written(Estimators.meanCiLow(col(EFFECT_MEAN), col(EFFECT_SD),
                                col(NB_MISSIONS_AVEC_SUIVI)), Estimators.SCORE_DECIMALS).as(EFFET_IC95_BAS),
                        Estimators.written(Estimators.meanCiHigh(col(EFFECT_MEAN), col(EFFECT_SD),
                                col(NB_MISSIONS_AVEC_SUIVI)), Estimators.SCORE_DECIMALS).as(EFFET_IC95_HAUT),
                        coalesce(col(NB_MISSIONS_AVEC_SUIVI), lit(0L)).geq(effectifMin).as(EFFECTIF_SUFFISANT),
                        Estimators.written(Estimators.ciLow(col(EFFECT_MEAN), col(SiteClusteredVariance.VARIANCE),
                                col(NB_MISSIONS_AVEC_SUIVI)), Estimators.SCORE_DECIMALS).as(EFFET_IC95_BAS_GRAPPES),
                        Estimators.written(Estimators.ciHigh(col(EFFECT_MEAN), col(SiteClusteredVariance.VARIANCE),
                                col(NB_MISSIONS_AVEC_SUIVI)), Estimators.SCORE_DECIMALS).as(EFFET_IC95_HAUT_GRAPPES))
                .orderBy(col(PRESTATAIRE_ID));
    }
}
