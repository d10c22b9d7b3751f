package fr.ush.vigie.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A choropleth of shares by département, drawn as SVG by our own code (no charting library draws maps): fixed
 * classes so that two maps compare, a legend, the « n < 5 » grey for values under the secrecy threshold, and each
 * département's name and value as a tooltip.
 */
public final class ChoroplethMap {
    /** Upper bounds of the classes but the last, as shares. */
    private static final double[] BREAKS = {0.20, 0.40, 0.60, 0.80};
    private static final int LEGEND_WIDTH = 200;
    /** Room for the legend's seven rows. */
    private static final int LEGEND_HEIGHT = 200;
    private static final double MARGIN = 8;
    private static final double FRANCE_WIDTH = DepartementOutlines.FRANCE.maxX() - DepartementOutlines.FRANCE.minX();
    private static final double FRANCE_HEIGHT = DepartementOutlines.FRANCE.maxY() - DepartementOutlines.FRANCE.minY();

    private ChoroplethMap() {
    }

    /**
     * @param values  the value to colour each département with (its own, or its region's); absent = no site
     * @param visible the départements to draw; all when empty
     */
    public static TrustedHtml render(String id, String alt, Map<String, CategoryData.Point> values,
            Set<String> visible, Secrecy secrecy, String noDataLabel) {
        List<DepartementOutlines.Outline> drawn = DepartementOutlines.all().stream()
                .filter(o -> visible.isEmpty() || visible.contains(o.code())).toList();
        DepartementOutlines.Box box = visible.isEmpty() ? DepartementOutlines.FRANCE
                : drawn.stream().map(DepartementOutlines.Outline::box)
                        .reduce(DepartementOutlines.Box::union).orElse(DepartementOutlines.FRANCE);
        // The map is scaled into a canvas as wide as the whole of France, so that the legend beside it keeps one
        // size on every page: drawn in the outlines' own units, a small region's map came out tiny beside a legend
        // several times its size.
        double scale = Math.min(FRANCE_WIDTH / (box.maxX() - box.minX()), FRANCE_HEIGHT / (box.maxY() - box.minY()));
        double mapWidth = FRANCE_WIDTH + 2 * MARGIN;
        double height = Math.max((box.maxY() - box.minY()) * scale + 2 * MARGIN, LEGEND_HEIGHT);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(num(mapWidth + LEGEND_WIDTH)).append(' ').append(num(height))
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(alt)).append("\">\n");
        // Outlines keep a hairline whatever the scale: the stroke is set once, in the outlines' units.
        svg.append("<g transform=\"translate(").append(num(MARGIN)).append(' ').append(num(MARGIN))
                .append(") scale(").append(num(scale, 4)).append(") translate(").append(num(-box.minX())).append(' ')
                .append(num(-box.minY())).append(")\" stroke=\"#555555\" stroke-width=\"").append(num(0.6 / scale, 4))
                .append("\">\n");
        for (DepartementOutlines.Outline outline : drawn) {
            CategoryData.Point point = values.get(outline.code());
            svg.append("<path d=\"").append(outline.path()).append("\" fill=\"").append(fill(point))
                    .append("\"><title>")
                    .append(Html.escape(outline.nom() + " (" + outline.code() + ") : "
                            + label(point, secrecy, noDataLabel)))
                    .append("</title></path>\n");
        }
        svg.append("</g>\n");
        legend(svg, mapWidth + 10, MARGIN, secrecy, noDataLabel);
        return new TrustedHtml(svg.append("</svg>").toString());
    }

    static String fill(CategoryData.Point point) {
        if (point == null || point.value() == null && !point.secret()) {
            return Palette.NO_DATA_FILL;
        }
        if (point.secret()) {
            return Palette.SECRET_FILL;
        }
        int i = 0;
        while (i < BREAKS.length && point.value() >= BREAKS[i]) {
            i++;
        }
        return Palette.CHOROPLETH.get(i);
    }

    private static String label(CategoryData.Point point, Secrecy secrecy, String noDataLabel) {
        if (point == null || point.value() == null && !point.secret()) {
            return noDataLabel;
        }
        return point.secret() ? secrecy.mask() : FrenchFormat.percent(point.value());
    }

    private static void legend(StringBuilder svg, double x, double y, Secrecy secrecy, String noDataLabel) {
        String[] texts = new String[BREAKS.length + 1];
        for (int i = 0; i <= BREAKS.length; i++) {
            String from = i == 0 ? "0" : FrenchFormat.number(BREAKS[i - 1] * 100, 0);
            texts[i] = i == BREAKS.length ? from + " % et plus"
                    : from + " à moins de " + FrenchFormat.number(BREAKS[i] * 100, 0) + " %";
        }
        double row = y + 10;
        for (int i = 0; i < texts.length; i++) {
            swatch(svg, x, row, Palette.CHOROPLETH.get(i), texts[i]);
            row += 26;
        }
        swatch(svg, x, row, Palette.SECRET_FILL, secrecy.mask());
        swatch(svg, x, row + 26, Palette.NO_DATA_FILL, noDataLabel);
    }

    private static void swatch(StringBuilder svg, double x, double y, String fill, String text) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"18\" height=\"18\" fill=\"").append(fill)
                .append("\" stroke=\"#555555\" stroke-width=\"0.6\"/>")
                .append("<text x=\"").append(num(x + 24)).append("\" y=\"").append(num(y + 14))
                .append("\" font-family=\"sans-serif\" font-size=\"13\" fill=\"#1b1b1b\">")
                .append(Html.escape(text)).append("</text>\n");
    }

    private static String num(double value) {
        return num(value, 1);
    }

    private static String num(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
