package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.AUTODIAGNOSTIC_ID;
import static fr.ush.vigie.model.Col.AXE;
import static fr.ush.vigie.model.Col.CAMPAGNE;
import static fr.ush.vigie.model.Col.CODE_INDICATEUR;
import static fr.ush.vigie.model.Col.CRITIQUE;
import static fr.ush.vigie.model.Col.DATE_AUTODIAGNOSTIC;
import static fr.ush.vigie.model.Col.NIVEAU;
import static fr.ush.vigie.model.Col.POIDS;
import static fr.ush.vigie.model.Col.RETENU;
import static fr.ush.vigie.model.Col.SITE_ID;
import static fr.ush.vigie.model.Col.VERSION_GRILLE;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RelationalGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Per retained autodiagnostic, its scores (CONTRACT section 4). {@link #aggregate} is the one pass over the long
 * autodiagnostics table: retained rows only, the grid's weights (and totals) joined by broadcast, one row out per
 * site and campaign, with aggregation buffers a hash aggregation updates in place (no string maximum, which would
 * turn the aggregation of millions of rows into a sort). Everything after it works on that small table.
 */
public final class AssessmentScores {
    /**
     * Sum of {@code poids · niveau} and of {@code poids} over the assessed indicators of a scope, the weights in
     * units (see {@link #units}).
     */
    public static final String POINTS_PREFIX = "points_";
    public static final String POIDS_EVALUE_PREFIX = "poids_evalue_";
    /** Total weight of a scope in the autodiagnostic's grid version, assessed or not. */
    public static final String POIDS_TOTAL_PREFIX = "poids_total_";
    private static final String POIDS_UNITES = "_poids_unites";
    private static final long WEIGHT_UNITS_PER_ONE = 10_000L;

    /** What a score is computed over: the whole grid, or one axis of it (named as the grid's {@code axe}). */
    public enum Scope {
        GLOBAL(true, MartColumns.SCORE_GLOBAL),
        QUALITE_SERVICE(false, MartColumns.SCORE_QUALITE_SERVICE),
        FONCTIONNEMENT_URBAIN(false, MartColumns.SCORE_FONCTIONNEMENT_URBAIN);

        private final boolean wholeGrid;
        private final String scoreColumn;

        Scope(boolean wholeGrid, String scoreColumn) {
            this.wholeGrid = wholeGrid;
            this.scoreColumn = scoreColumn;
        }

        public String points() {
            return POINTS_PREFIX + name().toLowerCase(Locale.ROOT);
        }

        public String assessedWeight() {
            return POIDS_EVALUE_PREFIX + name().toLowerCase(Locale.ROOT);
        }

        public String totalWeight() {
            return POIDS_TOTAL_PREFIX + name().toLowerCase(Locale.ROOT);
        }

        public String score() {
            return scoreColumn;
        }

        /** True on the grid rows (or indicator rows carrying {@code axe}) that belong to this scope. */
        Column contains() {
            return wholeGrid ? lit(true) : col(AXE).equalTo(lit(name()));
        }
    }

    private AssessmentScores() {
    }

    /**
     * One row per retained autodiagnostic: {@code site_id, campagne, autodiagnostic_id, date_autodiagnostic}, per
     * scope its points, assessed weight and total weight (in units, see {@link #units}), and the level counts.
     */
    public static Dataset<Row> aggregate(Dataset<Row> autodiagnostics, Dataset<Row> grille) {
        Dataset<Row> indicators = autodiagnostics.where(col(RETENU).equalTo(true))
                .select(col(SITE_ID), col(CAMPAGNE), col(AUTODIAGNOSTIC_ID), col(DATE_AUTODIAGNOSTIC),
                        col(VERSION_GRILLE), col(CODE_INDICATEUR), col(NIVEAU))
                .join(broadcast(weights(grille)), new String[] {VERSION_GRILLE, CODE_INDICATEUR});
        Column niveau = col(NIVEAU);
        Column weightedLevel = col(POIDS_UNITES).multiply(niveau.cast(DataTypes.LongType));
        List<Column> sums = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            sums.add(unitSum(when(scope.contains(), weightedLevel)).as(scope.points()));
            sums.add(unitSum(when(scope.contains(), col(POIDS_UNITES))).as(scope.assessedWeight()));
            // Every row of an autodiagnostic carries the same totals, those of its grid version.
            sums.add(max(col(scope.totalWeight())).as(scope.totalWeight()));
        }
        sums.add(count(lit(1)).as(MartColumns.NB_INDICATEURS_EVALUES));
        sums.add(Decimals.countWhere(niveau.geq(2)).as(MartColumns.NB_NIVEAU_2_PLUS));
        sums.add(Decimals.countWhere(niveau.equalTo(3)).as(MartColumns.NB_NIVEAU_3));
        sums.add(max(coalesce(col(CRITIQUE), lit(false)).and(niveau.equalTo(3))).as(MartColumns.CRITIQUE_NIVEAU_3));
        // The retained rows of a site and campaign all share one id and date: that is what makes them retained.
        return aggregated(indicators.groupBy(col(SITE_ID), col(CAMPAGNE), col(AUTODIAGNOSTIC_ID),
                col(DATE_AUTODIAGNOSTIC)), sums);
    }

    /**
     * Adds {@code score_global, score_qualite_service, score_fonctionnement_urbain}: null when the assessed weight
     * is below {@code score.couverture_min} of the scope's total weight in the grid version. Computed in integer
     * arithmetic on the weights in units, exactly: decimal division costs a {@code BigDecimal} per value.
     */
    public static Dataset<Row> score(Dataset<Row> assessments, Thresholds thresholds) {
        BigDecimal coverage = thresholds.couvertureMin().setScale(Math.max(thresholds.couvertureMin().scale(), 0));
        Column coverageUnscaled = lit(coverage.unscaledValue().longValueExact());
        Column coverageOne = lit(BigDecimal.ONE.movePointRight(coverage.scale()).longValueExact());
        Dataset<Row> scored = assessments;
        for (Scope scope : Scope.values()) {
            Column assessed = col(scope.assessedWeight());
            Column covered = assessed.multiply(coverageOne)
                    .geq(col(scope.totalWeight()).multiply(coverageUnscaled));
            scored = scored.withColumn(scope.score(), when(covered, score(col(scope.points()), assessed)));
        }
        return scored;
    }

    /**
     * {@code round(100 · points / (3 · weight), 1)}, half up, from sums in units; null when the weight is zero.
     * For a non-negative x, rounding half up to an integer is {@code floor(x + 1/2)}: ten times the score is
     * {@code floor((2000 · points + 3 · weight) / (6 · weight))}, an exact integer division.
     */
    private static Column score(Column points, Column weight) {
        Column tenths = call_function("div", points.multiply(2000L).plus(weight.multiply(3L)), weight.multiply(6L));
        return when(weight.gt(0), tenths.cast(DataTypes.createDecimalType(18, 0))
                .divide(lit(BigDecimal.TEN)).cast(Decimals.SCORE));
    }

    /**
     * The grid's rows with, on each, the total weight of every scope in its version: the coverage rule compares
     * with what the grid holds, not with what was assessed. A small table, broadcast to the indicator rows.
     */
    static Dataset<Row> weights(Dataset<Row> grille) {
        Dataset<Row> withUnits = grille.withColumn(POIDS_UNITES, units(col(POIDS)));
        List<Column> totals = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            totals.add(unitSum(when(scope.contains(), col(POIDS_UNITES))).as(scope.totalWeight()));
        }
        Dataset<Row> totalWeights = aggregated(withUnits.groupBy(col(VERSION_GRILLE)), totals);
        return withUnits.select(col(VERSION_GRILLE), col(CODE_INDICATEUR), col(AXE), col(POIDS_UNITES),
                        col(CRITIQUE))
                .join(totalWeights, new String[] {VERSION_GRILLE});
    }

    /**
     * A weight in ten-thousandths, as a long: weights have four decimals, so sums of weights and of weighted
     * levels over millions of rows are exact in integer arithmetic, an order of magnitude cheaper than decimal
     * arithmetic per row; scores are computed from them exactly ({@link #score(Column, Column)}).
     */
    private static Column units(Column weight) {
        return weight.multiply(lit(WEIGHT_UNITS_PER_ONE)).cast(DataTypes.LongType);
    }

    /** A sum of weights in units, zero over no row. */
    private static Column unitSum(Column value) {
        return coalesce(sum(value), lit(0L));
    }

    private static Dataset<Row> aggregated(RelationalGroupedDataset groups, List<Column> aggregates) {
        return groups.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
    }

}
