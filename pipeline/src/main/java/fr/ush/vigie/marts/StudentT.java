package fr.ush.vigie.marts;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The quantile of Student's t distribution that bounds a two-sided 95 % confidence interval (CONTRACT section 4):
 * {@code t(df)} at probability 0.975, from Apache Commons Statistics. With {@code df = n − 1} it is 12.706 for
 * n = 2, 4.303 for n = 3, 2.262 for n = 10, and tends to the normal 1.960 as n grows.
 */
public final class StudentT {
    private static final double UPPER_TAIL_95 = 0.975;

    private StudentT() {
    }

    /**
     * @param degreesOfFreedom at least 1 (an interval needs two observations)
     * @return t such that P(T <= t) = 0.975 for T following Student's t with that many degrees of freedom
     */
    public static double quantile95(long degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrés de liberté : " + degreesOfFreedom + ", attendu au moins 1");
        }
        return TDistribution.of(degreesOfFreedom).inverseCumulativeProbability(UPPER_TAIL_95);
    }
}
