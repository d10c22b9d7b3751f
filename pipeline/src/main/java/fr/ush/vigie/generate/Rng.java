package fr.ush.vigie.generate;

import java.util.SplittableRandom;

/**
 * Seeded randomness for the generator. Every draw goes through here so that the output depends only on the
 * seed: {@link SplittableRandom} has a specified algorithm, and the Gaussian uses {@link StrictMath} because
 * {@link Math#log} may differ in its last bit between CPUs, which would break byte-identical output.
 *
 * <p>Independent streams are derived from the seed and a few keys ({@link #derive}), so that a site's draws
 * do not depend on how many draws other sites made: changing one part of the generator leaves the others'
 * numbers unchanged, and a pass can recompute a value instead of storing it.
 */
final class Rng {
    private final SplittableRandom random;
    private double spareGaussian = Double.NaN;

    Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A stream for one purpose ({@code stream}) and one entity (site, campaign, ...). */
    static Rng derive(long seed, Stream stream, long... keys) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L * (stream.ordinal() + 1));
        for (long key : keys) {
            h = mix(h + 0x9E3779B97F4A7C15L + key);
        }
        return new Rng(h);
    }

    /** SplitMix64's finaliser: a bijective scramble of 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The purposes of the derived streams; append new ones at the end (the ordinal is part of the seed). */
    enum Stream {
        QPV, ORGANISMES, SITES, SITE_NAME, LATENT, OFFSETS, SCHEDULE, LEVELS, APPUI, SHAPES, COMMENTS, BAD_ROWS
    }

    double nextDouble() {
        return random.nextDouble();
    }

    /** Uniform in {@code [0, bound)}. */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in {@code [min, max]}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Standard normal (Box–Muller in strict arithmetic). */
    double gaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double spare = spareGaussian;
            spareGaussian = Double.NaN;
            return spare;
        }
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        double radius = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
        double angle = 2.0 * StrictMath.PI * u2;
        spareGaussian = radius * StrictMath.sin(angle);
        return radius * StrictMath.cos(angle);
    }

    /** Log-uniform in {@code [min, max]}: sizes spread over orders of magnitude. */
    int logUniform(int min, int max) {
        double value = min * StrictMath.exp(random.nextDouble() * StrictMath.log((double) max / min));
        return (int) Math.min(max, Math.round(value));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** An index drawn with the given weights (not necessarily normalised). */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Fisher–Yates shuffle in place. */
    void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = values[i];
            values[i] = values[j];
            values[j] = tmp;
        }
    }
}
