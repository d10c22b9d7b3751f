package fr.ush.vigie.ingest.validate;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import fr.ush.vigie.model.ColumnSpec;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Spark expressions reading a raw text cell as its contract type (reference.md section 2). Every expression is
 * total: it yields null for text it cannot read (try_ functions behind a strict pattern), so a parse failure
 * is "raw not null and typed null" and never aborts the job whatever the ANSI setting.
 */
public final class TypedParsing {
    /** Decimals are kept exact: weights and day rates. */
    public static final DataType DECIMAL_TYPE = DataTypes.createDecimalType(18, 4);

    static final List<String> TRUE_WORDS = List.of("oui", "o", "true", "1", "vrai");
    static final List<String> FALSE_WORDS = List.of("non", "n", "false", "0", "faux");

    private static final String ISO_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private static final String FRENCH_DATE = "^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}$";
    private static final String INTEGER = "^[+-]?[0-9]+$";
    private static final String DECIMAL = "^[+-]?[0-9]+([.,][0-9]+)?$";

    private TypedParsing() {
    }

    /** The typed value of {@code raw}, null when empty or unreadable. */
    public static Column parse(ColumnSpec spec, Column raw) {
        return switch (spec.type()) {
            case TEXT -> raw;
            case DATE -> when(raw.rlike(ISO_DATE), raw.try_cast(DataTypes.DateType))
                    .when(raw.rlike(FRENCH_DATE), isoOfFrenchDate(raw).try_cast(DataTypes.DateType));
            case INTEGER -> when(raw.rlike(INTEGER), raw.try_cast(DataTypes.IntegerType));
            case DECIMAL -> when(raw.rlike(DECIMAL), regexp_replace(raw, ",", ".").try_cast(DECIMAL_TYPE));
            case BOOLEAN -> when(lower(raw).isin(TRUE_WORDS.toArray()), lit(true))
                    .when(lower(raw).isin(FALSE_WORDS.toArray()), lit(false));
            case ENUM -> canonicalEnum(spec.allowed(), raw);
        };
    }

    /** What a cell of this type should look like, for the reject's motif. */
    public static String expected(ColumnSpec spec) {
        return switch (spec.type()) {
            case TEXT -> "texte";
            case DATE -> "date attendue (AAAA-MM-JJ ou JJ/MM/AAAA)";
            case INTEGER -> "nombre entier attendu";
            case DECIMAL -> "nombre décimal attendu (séparateur . ou ,)";
            case BOOLEAN -> "booléen attendu (oui/non, o/n, true/false, 1/0, vrai/faux)";
            case ENUM -> "valeur attendue parmi " + String.join(", ", spec.allowed());
        };
    }

    /** « column : expected, lu « raw » », the motif of a value that breaks a rule. */
    public static Column motif(String column, String expected, Column raw) {
        return concat(lit(column + " : " + expected + ", lu « "), raw, lit(" »"));
    }

    /** Spark's result type of {@link #parse}. */
    public static DataType sparkType(ColumnSpec spec) {
        return switch (spec.type()) {
            case TEXT, ENUM -> DataTypes.StringType;
            case DATE -> DataTypes.DateType;
            case INTEGER -> DataTypes.IntegerType;
            case DECIMAL -> DECIMAL_TYPE;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    /**
     * {@code d/M/yyyy} rewritten as {@code yyyy-MM-dd}. Dates are read by casting that ISO text, not by a date
     * pattern: the cast parses without a formatter (a formatter costed a fifth of the validation of millions of
     * autodiagnostic rows) and, like the pattern, yields null for a day the calendar lacks (30 February).
     */
    private static Column isoOfFrenchDate(Column raw) {
        Column day = substring_index(raw, "/", 1);
        Column month = substring_index(substring_index(raw, "/", 2), "/", -1);
        Column year = substring_index(raw, "/", -1);
        return concat(year, lit("-"), lpad(month, 2, "0"), lit("-"), lpad(day, 2, "0"));
    }

    /** Case-insensitive, accent-sensitive match returning the canonical spelling ({@code abis} → {@code Abis}). */
    private static Column canonicalEnum(List<String> allowed, Column raw) {
        Column upperRaw = upper(raw);
        Column result = null;
        for (String value : allowed) {
            Column matches = upperRaw.equalTo(lit(value.toUpperCase(java.util.Locale.ROOT)));
            result = result == null ? when(matches, lit(value)) : result.when(matches, lit(value));
        }
        return result;
    }
}
