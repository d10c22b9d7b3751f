package fr.ush.vigie.reports;

/**
 * A chart or a map: the inline SVG our code drew, its text alternative and the data behind it.
 *
 * @param id     unique in the page (anchors, SVG ids)
 * @param title  shown above the figure
 * @param alt    the text alternative, also the SVG's {@code aria-label}
 * @param svg    the drawing
 * @param data   its data, shown in {@code <details>} and written as CSV
 * @param credit a source line to print under it (the map's licence), or empty
 */
public record Figure(String id, String title, String alt, TrustedHtml svg, DataTable data, String credit) {
    /** The texts around the drawing are spaced the French way, whoever wrote them. */
    public Figure {
        title = FrenchFormat.typography(title);
        alt = FrenchFormat.typography(alt);
        credit = FrenchFormat.typography(credit);
    }
}
