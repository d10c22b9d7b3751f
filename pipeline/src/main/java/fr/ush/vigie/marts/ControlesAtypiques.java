package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.AUTODIAGNOSTIC_ID;
import static fr.ush.vigie.model.Col.CAMPAGNE;
import static fr.ush.vigie.model.Col.CODE_REGION;
import static fr.ush.vigie.model.Col.NIVEAU;
import static fr.ush.vigie.model.Col.ORGANISME_ID;
import static fr.ush.vigie.model.Col.RETENU;
import static fr.ush.vigie.model.Col.SITE_ID;
import static fr.ush.vigie.marts.MartColumns.DELTA_SCORE_GLOBAL;
import static fr.ush.vigie.marts.MartColumns.MOTIFS;
import static fr.ush.vigie.marts.MartColumns.SCORE_GLOBAL;
import static fr.ush.vigie.marts.MartColumns.Z_MODIFIE;
import static fr.ush.vigie.marts.MartColumns.columns;
import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Mart {@code controles_atypiques} (CONTRACT section 5, mart 9): the retained assessments an organisme should
 * confirm, as the data-quality checks of DHIS2 and of the WHO tool flag valid but implausible values.
 * <ul>
 * <li>{@link Motif#VARIATION_ATYPIQUE}: the site's score change is an outlier among its campaign's changes, by the
 * modified z-score of Iglewicz and Hoaglin, {@code 0.6745 · (d − median) / MAD}, robust to the outliers it
 * looks for (a mean and standard deviation would be pulled by them). Not computed (null) when the campaign has
 * fewer than {@value #MIN_DELTAS} changes or a MAD of zero: there the scale is unknown.</li>
 * <li>{@link Motif#GRILLE_UNIFORME}: at least {@value #MIN_UNIFORM} assessed indicators, all at one level, as a
 * grid filled in by copying one value down would be.</li>
 * </ul>
 * Medians interpolate (Spark's exact {@code median}); the median and the MAD of one-decimal changes are exact at
 * two and three decimals, so they are rounded there and z is computed in decimals, then rounded half away from
 * zero to two decimals and compared, as written, with {@code atypique.z}. Each row depends on its own campaign's
 * rows only.
 */
public final class ControlesAtypiques {
    public static final String TABLE = "controles_atypiques";
    public static final List<String> COLUMNS = List.of(CAMPAGNE, SITE_ID, ORGANISME_ID, CODE_REGION,
            AUTODIAGNOSTIC_ID, SCORE_GLOBAL, DELTA_SCORE_GLOBAL, Z_MODIFIE, MOTIFS);

    /** Fewest non-null changes in a campaign for its modified z-scores. */
    public static final int MIN_DELTAS = 10;
    /** Fewest assessed indicators for a grid at one level to be flagged. */
    public static final int MIN_UNIFORM = 10;
    /** 0.6745, the normal distribution's third quartile: makes the MAD comparable to a standard deviation. */
    static final BigDecimal CONSISTENCY = new BigDecimal("0.6745");
    static final DataType Z_TYPE = DataTypes.createDecimalType(9, 2);

    /** The flags, declared in the order {@code motifs} lists them (alphabetical). */
    public enum Motif {
        GRILLE_UNIFORME,
        VARIATION_ATYPIQUE
    }

    private static final String N = "_n";
    private static final String MEDIAN = "_mediane";
    private static final String MAD = "_mad";
    private static final String UNIFORM = "_uniforme";
    private static final DataType MEDIAN_TYPE = DataTypes.createDecimalType(6, 2);
    private static final DataType MAD_TYPE = DataTypes.createDecimalType(7, 3);

    private ControlesAtypiques() {
    }

    /**
     * @param scoresSites     the {@code scores_sites} mart (or some campaigns of it)
     * @param autodiagnostics the staging autodiagnostics, long: one row per indicator, with {@code retenu}
     * @param zThreshold      {@code atypique.z}
     */
    public static Dataset<Row> compute(Dataset<Row> scoresSites, Dataset<Row> autodiagnostics,
            BigDecimal zThreshold) {
        Dataset<Row> rows = withModifiedZ(scoresSites)
                .join(uniformGrids(autodiagnostics), new String[] {CAMPAGNE, AUTODIAGNOSTIC_ID}, "left");
        Column variation = abs(col(Z_MODIFIE)).geq(lit(zThreshold));
        Column motifs = concat_ws(",", when(col(UNIFORM), lit(Motif.GRILLE_UNIFORME.name())),
                when(variation, lit(Motif.VARIATION_ATYPIQUE.name())));
        return rows.withColumn(MOTIFS, motifs)
                .where(col(MOTIFS).notEqual(lit("")))
                .select(columns(COLUMNS))
                .orderBy(col(CAMPAGNE), col(SITE_ID));
    }

    /** Adds {@code z_modifie}: the modified z-score of {@code delta_score_global} within its campaign. */
    static Dataset<Row> withModifiedZ(Dataset<Row> scoresSites) {
        Column delta = col(DELTA_SCORE_GLOBAL);
        Dataset<Row> deltas = scoresSites.where(delta.isNotNull()).select(col(CAMPAGNE), delta);
        Dataset<Row> medians = deltas.groupBy(CAMPAGNE)
                .agg(count(delta).as(N), round(median(delta), 2).cast(MEDIAN_TYPE).as(MEDIAN));
        Dataset<Row> mads = deltas.join(broadcast(medians), CAMPAGNE)
                .groupBy(CAMPAGNE)
                .agg(round(median(abs(delta.minus(col(MEDIAN)))), 3).cast(MAD_TYPE).as(MAD));
        Dataset<Row> scale = medians.join(mads, CAMPAGNE);
        Column z = lit(CONSISTENCY).multiply(delta.minus(col(MEDIAN))).divide(col(MAD));
        return scoresSites.join(broadcast(scale), new String[] {CAMPAGNE}, "left")
                .withColumn(Z_MODIFIE, when(col(N).geq(MIN_DELTAS).and(col(MAD).gt(0)), round(z, 2).cast(Z_TYPE)));
    }

    /** The retained autodiagnostics with at least {@value #MIN_UNIFORM} assessed indicators, all at one level. */
    static Dataset<Row> uniformGrids(Dataset<Row> autodiagnostics) {
        Column niveau = col(NIVEAU);
        return autodiagnostics.where(col(RETENU).and(niveau.isNotNull()))
                .groupBy(CAMPAGNE, AUTODIAGNOSTIC_ID)
                .agg(count(niveau).as(N), min(niveau).as("_min"), max(niveau).as("_max"))
                .where(col(N).geq(MIN_UNIFORM).and(col("_min").equalTo(col("_max"))))
                .select(col(CAMPAGNE), col(AUTODIAGNOSTIC_ID), lit(true).as(UNIFORM));
    }
}
