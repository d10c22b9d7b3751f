package fr.ush.vigie.generate;

import java.util.Arrays;
import java.util.Locale;

/**
 * {@code vigie generate --format}: how the autodiagnostics files are written. Whatever the format, there is one
 * file per organisme and campaign ({@code autodiagnostics/<campagne>/<organisme_id>.csv|.xlsx}).
 */
public enum AutodiagnosticFormat {
    /** Every file a wide UTF-8 CSV ({@code ,}, ISO dates): the grid as typed, the lightest to read. */
    WIDE(AutodiagnosticShape.WIDE_CSV),
    /** Every file a long UTF-8 CSV, one row per assessed indicator, with the occasional comment. */
    LONG(AutodiagnosticShape.LONG_CSV),
    /** Every file an Excel workbook holding the wide grid. */
    XLSX(AutodiagnosticShape.WIDE_XLSX),
    /**
     * Each organisme keeps one of the six shapes of {@link AutodiagnosticShape} (most wide CSV; Excel exports in
     * Windows-1252 or UTF-8 with BOM, long files, workbooks): it exercises the reader. The sample's format.
     */
    MIXED(null);

    private final AutodiagnosticShape only;

    AutodiagnosticFormat(AutodiagnosticShape only) {
        this.only = only;
    }

    /** The option's value: {@code wide}, {@code long}, {@code xlsx}, {@code mixed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AutodiagnosticFormat fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equalsIgnoreCase(code.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "--format : wide, long, xlsx ou mixed attendu, lu « " + code + " »"));
    }

    /** The shape of each organisme's files. */
    AutodiagnosticShape[] shapes(int organismes, long seed) {
        if (only == null) {
            return AutodiagnosticWriter.mixedShapes(organismes, seed);
        }
        AutodiagnosticShape[] shapes = new AutodiagnosticShape[organismes];
        Arrays.fill(shapes, only);
        return shapes;
    }
}
