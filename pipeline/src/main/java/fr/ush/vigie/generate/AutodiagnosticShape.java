package fr.ush.vigie.generate;

/** The shapes an autodiagnostics file comes in (reference.md section 2), as the generator mixes them. */
public enum AutodiagnosticShape {
    /** Wide, UTF-8, {@code ,}, ISO dates: an export from the organisme's information system. */
    WIDE_CSV(CsvFormat.STANDARD, true),
    /** Wide, Excel « CSV UTF-8 »: BOM, {@code ;}, {@code DD/MM/YYYY}. */
    WIDE_CSV_EXCEL_UTF8(CsvFormat.EXCEL_FR_UTF8, true),
    /** Wide, Excel on a French Windows: Windows-1252, {@code ;}, {@code DD/MM/YYYY}. */
    WIDE_CSV_WINDOWS_1252(CsvFormat.EXCEL_FR_1252, true),
    /** Long with comments, UTF-8, {@code ,}, ISO dates. */
    LONG_CSV(CsvFormat.STANDARD, false),
    /** Long with comments, Windows-1252, {@code ;}, {@code DD/MM/YYYY}, columns reordered and capitalised. */
    LONG_CSV_WINDOWS_1252(CsvFormat.EXCEL_FR_1252, false),
    /** Wide, an Excel workbook: real date cells, numeric levels. */
    WIDE_XLSX(null, true);

    private final CsvFormat csvFormat;
    private final boolean wide;

    AutodiagnosticShape(CsvFormat csvFormat, boolean wide) {
        this.csvFormat = csvFormat;
        this.wide = wide;
    }

    CsvFormat csvFormat() {
        return csvFormat;
    }

    public boolean wide() {
        return wide;
    }

    public String extension() {
        return this == WIDE_XLSX ? ".xlsx" : ".csv";
    }
}
