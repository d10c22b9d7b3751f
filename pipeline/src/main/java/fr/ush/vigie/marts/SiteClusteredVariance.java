package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.PRESTATAIRE_ID;
import static fr.ush.vigie.model.Col.SITE_ID;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The variance of a provider's {@code effet_did} with sites as the independent units (clusters): its treated sites,
 * and the control sites whose changes make the control deltas. The contract's interval treats the n mission DiDs
 * as independent; they are not when missions share a stratum, hence the same control delta: its noise moves all
 * their DiDs together, which their spread (s²/n) does not see.
 *
 * <p>With d_i the mission DiDs, d̄ their mean, n their number:
 * <ul>
 *   <li>treated part: V_T = Σ over treated sites of (Σ of its missions' d_i − d̄)² / (n(n − 1)) — s²/n when
 *   each site has one mission;</li>
 *   <li>shared-control part: K = Σ over pairs of distinct missions of the covariance of their control deltas,
 *   / (n(n − 1)). With C̄_s the mean change of the m_s controls of stratum s, e_js = a control's change − C̄_s,
 *   n_s the provider's missions in s: ψ_j = Σ_s n_s · e_js / m_s over the strata of control site j, and
 *   K = (Σ_j ψ_j² − Σ_s n_s · Σ_j e_js² / m_s²) / (n(n − 1)): what V_T misses of the control deltas' noise
 *   (0 when no two missions share a stratum or a control site);</li>
 *   <li>V = V_T + max(K, 0): never below the contract's variance when each site has one mission.</li>
 * </ul>
 * Null under two missions, as the contract's interval.
 */
final class SiteClusteredVariance {
    static final String VARIANCE = "_variance_grappes";

    private static final String D = "_d";
    private static final String N = "_n";
    private static final String MEAN = "_d_moyen";
    private static final String N_STRATUM = "_n_strate";
    private static final String M_STRATUM = "_m_strate";
    private static final String CONTROL_MEAN = "_c_moyen";
    private static final String RESIDUAL = "_e";
    private static final String TREATED = "_v_traites";
    private static final String PSI = "_psi";
    private static final String PSI_SQUARES = "_psi2";
    private static final String OWN = "_propre";

    private SiteClusteredVariance() {
    }

    /** @return prestataire_id, {@link #VARIANCE} (null under two missions), for the providers with a mission */
    static Dataset<Row> of(DifferenceInDifferences.Parts parts) {
        String[] stratum = DifferenceInDifferences.STRATUM;
        Dataset<Row> missions = parts.missions().withColumn(D, col(DifferenceInDifferences.DID)
                .cast(DataTypes.DoubleType));
        Dataset<Row> perProvider = missions.groupBy(col(PRESTATAIRE_ID)).agg(count(lit(1)).as(N), avg(col(D)).as(MEAN));

        Dataset<Row> treated = missions.join(perProvider, PRESTATAIRE_ID)
                .groupBy(col(PRESTATAIRE_ID), col(SITE_ID)).agg(sum(col(D).minus(col(MEAN))).as(RESIDUAL))
                .groupBy(col(PRESTATAIRE_ID)).agg(sum(pow(col(RESIDUAL), 2)).as(TREATED));

        Dataset<Row> strataOfProvider = missions.groupBy(with(PRESTATAIRE_ID, stratum))
                .agg(count(lit(1)).as(N_STRATUM));
        Dataset<Row> controls = parts.controls().withColumn(D, col(DifferenceInDifferences.CHANGE)
                .cast(DataTypes.DoubleType));
        Dataset<Row> residuals = controls
                .join(controls.groupBy(DifferenceInDifferences.stratumColumns())
                        .agg(avg(col(D)).as(CONTROL_MEAN), count(lit(1)).as(M_STRATUM)), stratum)
                .withColumn(RESIDUAL, col(D).minus(col(CONTROL_MEAN)))
                .join(strataOfProvider, stratum);
        Dataset<Row> shared = residuals
                .groupBy(col(PRESTATAIRE_ID), col(SITE_ID))
                .agg(sum(col(N_STRATUM).multiply(col(RESIDUAL)).divide(col(M_STRATUM))).as(PSI))
                .groupBy(col(PRESTATAIRE_ID)).agg(sum(pow(col(PSI), 2)).as(PSI_SQUARES));
        Dataset<Row> own = residuals.groupBy(col(PRESTATAIRE_ID))
                .agg(sum(col(N_STRATUM).multiply(pow(col(RESIDUAL), 2)).divide(pow(col(M_STRATUM), 2))).as(OWN));

        Column pairs = col(N).multiply(col(N).minus(1)).cast(DataTypes.DoubleType);
        Column controlCovariance = coalesce(col(PSI_SQUARES), lit(0.0)).minus(coalesce(col(OWN), lit(0.0)))
                .divide(pairs);
        return perProvider.join(treated, PRESTATAIRE_ID)
                .join(shared, new String[] {PRESTATAIRE_ID}, "left")
                .join(own, new String[] {PRESTATAIRE_ID}, "left")
                .select(col(PRESTATAIRE_ID), when(col(N).geq(2), col(TREATED).divide(pairs)
                        .plus(greatest(controlCovariance, lit(0.0)))).as(VARIANCE));
    }

    private static Column[] with(String first, String[] others) {
        List<Column> all = new ArrayList<>();
        all.add(col(first));
        Arrays.stream(others).map(org.apache.spark.sql.functions::col).forEach(all::add);
        return all.toArray(Column[]::new);
    }
}
