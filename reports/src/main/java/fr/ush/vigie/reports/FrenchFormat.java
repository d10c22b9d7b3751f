package fr.ush.vigie.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * French typography, the one formatter of every text the reports print (pages, charts, CSV headers): numbers and
 * dates (decimal comma, narrow no-break space between thousands and before « % »), and the spacing of any text
 * ({@link #typography}). Built by hand rather than from {@code Locale.FRANCE} so that the output does not depend on
 * the JDK's locale data.
 */
public final class FrenchFormat {
    /** Narrow no-break space: the French thousands separator and the space before « % ; ! ? ». */
    public static final char THIN_SPACE = '\u202F';
    /** No-break space: before « : », inside « », between a number and its unit. */
    public static final char NO_BREAK_SPACE = '\u00A0';
    private static final java.util.regex.Pattern BEFORE_COLON = java.util.regex.Pattern.compile("[ \t]+:");
    private static final java.util.regex.Pattern BEFORE_HIGH = java.util.regex.Pattern.compile("[ \t\u00A0]+([;!?%])");
    private static final java.util.regex.Pattern AFTER_OPENING = java.util.regex.Pattern.compile("«[ \t]*");
    private static final java.util.regex.Pattern BEFORE_CLOSING = java.util.regex.Pattern.compile("[ \t]*»");
    /** A number then an ordinary space then a unit: the two must not be split across lines. */
    private static final java.util.regex.Pattern NUMBER_UNIT = java.util.regex.Pattern.compile(
            "(\\d) (€|jours?|points?|mois|ans?|Gio|Mio)(?![\\p{L}])");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm",
            Locale.FRENCH);

    /**
     * The formats made so far on this thread, by decimals and grouping: pages are rendered side by side, and a
     * format is not safe to share between threads, but too costly to build for each of the thousands of numbers a
     * report prints.
     */
    private static final ThreadLocal<Map<Integer, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private FrenchFormat() {
    }

    /** {@code 12345.678, 1} → « 12 345,7 »; half-up rounding, as the marts round. */
    public static String number(double value, int decimals) {
        return format(value, decimals, true);
    }

    /** For CSV: decimal comma, no thousands separator, ASCII minus (French Excel reads it as a number). */
    public static String plainNumber(double value, int decimals) {
        return format(value, decimals, false);
    }

    public static String integer(long value) {
        return number(value, 0);
    }

    /** A share in [0, 1] as « 23,4 % ». */
    public static String percent(double share) {
        return number(share * 100, 1) + THIN_SPACE + "%";
    }

    /** A signed change: « +1,2 » or « −0,8 » (true minus sign), « 0,0 » for nothing. */
    public static String signed(double value, int decimals) {
        String text = number(Math.abs(value), decimals);
        if (text.equals(number(0, decimals))) {
            return text;
        }
        return (value > 0 ? "+" : "\u2212") + text;
    }

    public static String euros(double value) {
        return number(value, 0) + "\u00A0€";
    }

    /**
     * French spacing of a text: a no-break space before « : » and inside « », a narrow one before « ; ! ? % », a
     * no-break space between a number and its unit (« 12 jours », « 3 points », « 40 € »). Idempotent.
     */
    public static String typography(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = BEFORE_COLON.matcher(text).replaceAll(NO_BREAK_SPACE + ":");
        out = BEFORE_HIGH.matcher(out).replaceAll(THIN_SPACE + "$1");
        out = AFTER_OPENING.matcher(out).replaceAll("«" + NO_BREAK_SPACE);
        out = BEFORE_CLOSING.matcher(out).replaceAll(NO_BREAK_SPACE + "»");
        return NUMBER_UNIT.matcher(out).replaceAll("$1" + NO_BREAK_SPACE + "$2");
    }

    /** A day as « 05/03/2026 », which French Excel also reads as a date. */
    public static String date(java.time.LocalDate day) {
        return DATE.format(day);
    }

    /** An interval as « 3,2 [2,9 ; 3,5] ». */
    public static String interval(String value, String low, String high) {
        return value + " [" + low + THIN_SPACE + "; " + high + "]";
    }

    public static String dateTime(java.time.Instant instant) {
        return DATE_TIME.format(ZonedDateTime.ofInstant(instant, PARIS));
    }

    private static String format(double value, int decimals, boolean grouping) {
        // Rounded as a BigDecimal, which has no negative zero: -0.04 prints « 0,0 », not « −0,0 ».
        return FORMATS.get().computeIfAbsent(decimals * 2 + (grouping ? 1 : 0), key -> newFormat(decimals, grouping))
                .format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    private static DecimalFormat newFormat(int decimals, boolean grouping) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator(THIN_SPACE);
        // Pages print the true minus sign; CSV cells the ASCII hyphen-minus, the only one Excel reads as a number.
        symbols.setMinusSign(grouping ? '\u2212' : '-');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setGroupingUsed(grouping);
        return format;
    }
}
