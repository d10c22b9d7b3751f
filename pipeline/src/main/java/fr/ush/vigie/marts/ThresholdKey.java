package fr.ush.vigie.marts;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys of {@code reference/seuils.properties}: CONTRACT section 4 (scores, situations, the missions a
 * provider's estimates need), section 6 (statistical secrecy) and mart 9 (atypical assessments), each with its
 * default and what a value must be.
 */
enum ThresholdKey {
    COUVERTURE_MIN("score.couverture_min", "0.5", Kind.DECIMAL, BigDecimal.ZERO, BigDecimal.ONE),
    GRAVITE_CRISE("gravite.crise", "60", Kind.DECIMAL, BigDecimal.ZERO, BigDecimal.valueOf(100)),
    GRAVITE_DEGRADEE("gravite.degradee", "35", Kind.DECIMAL, BigDecimal.ZERO, BigDecimal.valueOf(100)),
    GRAVITE_VIGILANCE("gravite.vigilance", "15", Kind.DECIMAL, BigDecimal.ZERO, BigDecimal.valueOf(100)),
    CHRONIQUE_CAMPAGNES("chronique.campagnes", "3", Kind.INTEGER, BigDecimal.ONE,
            BigDecimal.valueOf(Integer.MAX_VALUE)),
    TENDANCE_SEUIL("tendance.seuil", "5", Kind.DECIMAL, BigDecimal.ZERO, BigDecimal.valueOf(100), true),
    EFFECTIF_MIN("efficacite.effectif_min", "10", Kind.INTEGER, BigDecimal.ONE, BigDecimal.valueOf(Integer.MAX_VALUE)),
    SECRET_SEUIL("secret.seuil", "5", Kind.INTEGER, BigDecimal.ONE, BigDecimal.valueOf(Integer.MAX_VALUE)),
    ATYPIQUE_Z("atypique.z", "3.5", Kind.DECIMAL, BigDecimal.ZERO, BigDecimal.valueOf(1000), true);

    private enum Kind {
        /** Digits with an optional decimal part, written with "." or "," like every decimal of the inputs. */
        DECIMAL(Pattern.compile("\\d+([.,]\\d+)?")),
        INTEGER(Pattern.compile("\\d+"));

        private final Pattern syntax;

        Kind(Pattern syntax) {
            this.syntax = syntax;
        }
    }

    private final String key;
    private final String defaultValue;
    private final Kind kind;
    private final BigDecimal min;
    private final BigDecimal max;
    /** True when the minimum itself is not allowed (a zero tendance threshold would leave no STABLE). */
    private final boolean minExcluded;

    ThresholdKey(String key, String defaultValue, Kind kind, BigDecimal min, BigDecimal max) {
        this(key, defaultValue, kind, min, max, false);
    }

    ThresholdKey(String key, String defaultValue, Kind kind, BigDecimal min, BigDecimal max, boolean minExcluded) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.minExcluded = minExcluded;
    }

    String key() {
        return key;
    }

    BigDecimal defaultValue() {
        return normalized(new BigDecimal(defaultValue));
    }

    /** Keys are matched like the column names of the inputs: trimmed and case-insensitive. */
    static Optional<ThresholdKey> of(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.key.equals(wanted)).findFirst();
    }

    static String knownKeys() {
        return String.join(", ", Arrays.stream(values()).map(ThresholdKey::key).toList());
    }

    /** The value written in the file, or empty when it is not what this key expects. */
    Optional<BigDecimal> parse(String raw) {
        String value = raw.trim();
        if (!kind.syntax.matcher(value).matches()) {
            return Optional.empty();
        }
        BigDecimal number = normalized(new BigDecimal(value.replace(',', '.')));
        boolean aboveMin = minExcluded ? number.compareTo(min) > 0 : number.compareTo(min) >= 0;
        boolean belowMax = number.compareTo(max) <= 0;
        return aboveMin && belowMax ? Optional.of(number) : Optional.empty();
    }

    /** One spelling per number ({@code 60.0} and {@code 60} are the same threshold), never in exponent form. */
    private static BigDecimal normalized(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** What a value of this key must be, in French, for the error message. */
    String expected() {
        if (kind == Kind.INTEGER) {
            return "un entier supérieur ou égal à " + min.toPlainString();
        }
        return minExcluded
                ? "un nombre strictement supérieur à " + min.toPlainString() + " et au plus " + max.toPlainString()
                : "un nombre entre " + min.toPlainString() + " et " + max.toPlainString();
    }
}
