package fr.ush.vigie.reports;

/**
 * One table cell: its text in the page and in the CSV file (where numbers carry no thousands separator nor unit, so
 * that French Excel reads them as numbers).
 *
 * @param text    as printed in the page
 * @param csv     as written in the CSV file
 * @param numeric right-aligned in the page
 * @param csvMore further CSV cells the page prints inside this one (an interval's bounds), each a number or empty
 */
public record Cell(String text, String csv, boolean numeric, java.util.List<String> csvMore) {

    public Cell {
        csvMore = java.util.List.copyOf(csvMore);
    }

    public Cell(String text, String csv, boolean numeric) {
        this(text, csv, numeric, java.util.List.of());
    }

    /** The CSV cells of this page cell: its value, then {@link #csvMore}. */
    public java.util.List<String> csvFields() {
        if (csvMore.isEmpty()) {
            return java.util.List.of(csv);
        }
        java.util.List<String> fields = new java.util.ArrayList<>(csvMore.size() + 1);
        fields.add(csv);
        fields.addAll(csvMore);
        return fields;
    }

    public static Cell text(String text) {
        return new Cell(text == null ? "" : text, text == null ? "" : text, false);
    }

    public static Cell integer(long value) {
        return new Cell(FrenchFormat.integer(value), Long.toString(value), true);
    }

    public static Cell number(double value, int decimals) {
        return new Cell(FrenchFormat.number(value, decimals), FrenchFormat.plainNumber(value, decimals), true);
    }

    /** A share in [0, 1], printed as a percentage; the CSV holds the percentage too (its header says « % »). */
    public static Cell percent(double share) {
        return new Cell(FrenchFormat.percent(share), FrenchFormat.plainNumber(share * 100, 1), true);
    }

    public static Cell signed(double value, int decimals) {
        return new Cell(FrenchFormat.signed(value, decimals), FrenchFormat.plainNumber(value, decimals), true);
    }

    public static Cell euros(double value) {
        return new Cell(FrenchFormat.euros(value), FrenchFormat.plainNumber(value, 0), true);
    }

    /** No value: an em dash in the page, empty in the CSV. */
    public static Cell missing() {
        return new Cell("—", "", true);
    }

    /** A measure under the secrecy threshold. */
    public static Cell secret(Secrecy secrecy) {
        return new Cell(secrecy.mask(), secrecy.mask(), true);
    }
}
