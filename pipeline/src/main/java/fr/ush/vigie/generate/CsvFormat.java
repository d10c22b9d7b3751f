package fr.ush.vigie.generate;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How a text file is written: the variants of reference.md section 2 that offices actually produce.
 *
 * @param charset       UTF-8 or Windows-1252
 * @param bom           a UTF-8 byte-order mark first (Excel's « CSV UTF-8 »)
 * @param separator     {@code ,} or {@code ;}
 * @param frenchDates   {@code DD/MM/YYYY} rather than {@code YYYY-MM-DD}
 * @param decimalComma  {@code 1080,50} rather than {@code 1080.50}
 * @param ouiNon        booleans {@code oui/non} rather than {@code true/false}
 * @param lineEnd       {@code \n} or {@code \r\n}
 */
record CsvFormat(Charset charset, boolean bom, char separator, boolean frenchDates, boolean decimalComma,
                 boolean ouiNon, String lineEnd) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What a script or a database export writes. */
    static final CsvFormat STANDARD = new CsvFormat(StandardCharsets.UTF_8, false, ',', false, false, false, "\n");
    /** Excel « CSV (séparateur : point-virgule) » on a French Windows: the legacy code page. */
    static final CsvFormat EXCEL_FR_1252 = new CsvFormat(WINDOWS_1252, false, ';', true, true, true, "\r\n");
    /** Excel « CSV UTF-8 » on a French Windows: a BOM, then the same French conventions. */
    static final CsvFormat EXCEL_FR_UTF8 = new CsvFormat(StandardCharsets.UTF_8, true, ';', true, true, true, "\r\n");

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    CsvFormat withOuiNon() {
        return new CsvFormat(charset, bom, separator, frenchDates, decimalComma, true, lineEnd);
    }

    /** Empty for a null date. */
    String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return frenchDates ? FRENCH_DATE.format(date) : date.toString();
    }

    /** Reads back a date written by {@link #date}. */
    LocalDate parseDate(String text) {
        return frenchDates ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
    }

    String decimal(BigDecimal value) {
        String plain = value.toPlainString();
        return decimalComma ? plain.replace('.', ',') : plain;
    }

    String bool(boolean value) {
        if (ouiNon) {
            return value ? "oui" : "non";
        }
        return value ? "true" : "false";
    }
}
