package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.AppuiColumns.*;
import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Mart {@code appui_missions}: missions per year of start, volet of the demande and prestataire — days funded by
 * the Union and extension days at the organismes' expense, their costs, and what the evaluations say: mean
 * satisfaction, the four benefits named by the 2020 evaluation, recommendations made and implemented.
 */
public final class AppuiMissions {
    public static final String TABLE = "appui_missions";

    private AppuiMissions() {
    }

    public static Dataset<Row> compute(Dataset<Row> missions, Dataset<Row> demandes, Dataset<Row> evaluations) {
        return aggregate(MissionFacts.of(missions, demandes, evaluations));
    }

    /**
     * The measures per year of start, volet, prestataire and the given further columns of the facts.
     *
     * @param facts {@link MissionFacts}, with the further grouping columns joined
     */
    static Dataset<Row> aggregate(Dataset<Row> facts, String... further) {
        Column evaluee = col(MissionFacts.EVALUEE);
        Column prolongee = col(JOURS_PROLONGATION).gt(0);
        Column[] group = Stream.concat(Stream.of(ANNEE, VOLET, PRESTATAIRE_ID), Arrays.stream(further))
                .map(functions::col).toArray(Column[]::new);
        return facts
                .withColumn(ANNEE, year(col(DATE_DEBUT)))
                .groupBy(group)
                .agg(
                        count(lit(1)).as(NB_MISSIONS),
                        zeroWhenNone(sum(col(JOURS_FINANCES))).as(JOURS_FINANCES),
                        zeroWhenNone(sum(col(JOURS_PROLONGATION))).as(JOURS_PROLONGATION),
                        count_if(prolongee).as(NB_PROLONGEES),
                        // Exactly nb_prolongees / nb_missions: an unknown extension is no extension.
                        Estimators.written(Estimators.ratio(count_if(prolongee), count(lit(1))),
                                Estimators.SHARE_DECIMALS).as(TAUX_PROLONGATION),
                        Estimators.euros(zeroWhenNone(sum(col(JOURS_FINANCES).multiply(col(TARIF_JOUR_EUR)))))
                                .as(COUT_USH_EUR),
                        Estimators.euros(zeroWhenNone(sum(col(JOURS_PROLONGATION).multiply(col(TARIF_JOUR_EUR)))))
                                .as(COUT_ORGANISMES_EUR),
                        count_if(evaluee).as(NB_EVALUEES),
                        Estimators.written(avg(col(SATISFACTION)), Estimators.SATISFACTION_DECIMALS)
                                .as(SATISFACTION_MOYENNE),
                        benefitShare(REGARD_NEUF).as(PART_REGARD_NEUF),
                        benefitShare(RUPTURE_ROUTINES).as(PART_RUPTURE_ROUTINES),
                        benefitShare(DYNAMIQUE_PARTENARIALE).as(PART_DYNAMIQUE_PARTENARIALE),
                        benefitShare(SOUTIEN_METHODOLOGIQUE).as(PART_SOUTIEN_METHODOLOGIQUE),
                        zeroWhenNone(sum(col(NB_PRECONISATIONS))).as(NB_PRECONISATIONS),
                        zeroWhenNone(sum(col(NB_PRECONISATIONS_MISES_EN_OEUVRE)))
                                .as(NB_PRECONISATIONS_MISES_EN_OEUVRE),
                        // Exactly nb_preconisations_mises_en_oeuvre / nb_preconisations, the two sums above.
                        Estimators.written(Estimators.ratio(Recommendations.implemented(), Recommendations.made()),
                                Estimators.SHARE_DECIMALS).as(TAUX_MISE_EN_OEUVRE))
                .orderBy(group);
    }

    /** Share of evaluated missions naming that benefit (evaluation columns are null for the others). */
    private static Column benefitShare(String benefit) {
        return Estimators.written(Estimators.share(col(benefit)), Estimators.SHARE_DECIMALS);
    }

    /** A sum over nothing is 0, not unknown: these are totals of days, euros and recommendations. */
    private static Column zeroWhenNone(Column sum) {
        return coalesce(sum, lit(0));
    }
}
