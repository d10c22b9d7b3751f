package fr.ush.vigie.reports;

import java.util.Locale;
import java.util.Map;

/**
 * A choropleth of shares, drawn as SVG by our own code (no charting library draws maps) on a {@link MapLayout}:
 * fixed classes so that two maps compare, a legend, and each département's shape titled with the territory whose
 * value colours it. « n < 5 » and « aucun site » are told apart from the classes and from each other by a pattern
 * (hatching, dots), the same in the legend, not by colour alone.
 */
public final class ChoroplethMap {
    /** Upper bounds of the classes but the last, as shares. */
    private static final double[] BREAKS = {0.20, 0.40, 0.60, 0.80};
    private static final String OUTLINE = "#555555";
    private static final String TEXT = "#1b1b1b";

    /**
     * What one département's shape shows: the value of the territory it belongs to on this map (itself, or its
     * region), named by that territory's code and name.
     *
     * @param point the value; null when the territory has no site
     */
    public record Shade(String code, String name, CategoryData.Point point) {
    }

    private ChoroplethMap() {
    }

    /**
     * @param shades each département's shade, by département code; a département without one is drawn as having no
     *               site, under its own name
     */
    static TrustedHtml render(String id, String alt, Map<String, Shade> shades, MapLayout layout,
            Secrecy secrecy, Labels labels) {
        Patterns patterns = new Patterns(id);
        String noSite = labels.get("carte.sans-site");
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(layout.width()))
                .append(' ').append(num(layout.height())).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(alt)).append("\">\n");
        patterns.define(svg);
        svg.append("<g stroke=\"").append(OUTLINE).append("\" stroke-width=\"0.6\" stroke-linejoin=\"round\">\n");
        for (MapLayout.Panel panel : layout.panels()) {
            for (DepartementOutlines.Outline outline : panel.outlines()) {
                Shade shade = shades.getOrDefault(outline.code(), new Shade(outline.code(), outline.nom(), null));
                svg.append("<path d=\"").append(outline.shape().svg(panel.projection())).append("\" fill=\"")
                        .append(fill(shade.point(), patterns)).append("\"><title>")
                        .append(Html.escape(labels.format("carte.info", shade.name(), shade.code(),
                                label(shade.point(), secrecy, noSite))))
                        .append("</title></path>\n");
            }
        }
        svg.append("</g>\n");
        for (MapLayout.Panel panel : layout.panels()) {
            if (panel.inset()) {
                frame(svg, panel);
            }
        }
        for (DepartementOutlines.Box locator : layout.locators()) {
            rect(svg, locator, TEXT, 1);
        }
        legend(svg, MapLayout.legendX(), MapLayout.legendY(), patterns, secrecy, labels, noSite);
        return new TrustedHtml(svg.append("</svg>").toString());
    }

    /** The fill of a value: its class's colour, or the pattern of « n < 5 » or of « aucun site ». */
    static String fill(CategoryData.Point point, Patterns patterns) {
        if (point == null || point.value() == null && !point.secret()) {
            return patterns.noSite();
        }
        if (point.secret()) {
            return patterns.secret();
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

    private static void frame(StringBuilder svg, MapLayout.Panel panel) {
        rect(svg, panel.frame(), "#8c8c8c", 0.8);
        text(svg, panel.frame().minX(), panel.frame().minY() - 7, panel.label());
    }

    private static void legend(StringBuilder svg, double x, double y, Patterns patterns, Secrecy secrecy,
            Labels labels, String noSite) {
        double row = y + 10;
        for (int i = 0; i <= BREAKS.length; i++) {
            String from = i == 0 ? "0" : FrenchFormat.number(BREAKS[i - 1] * 100, 0);
            String text = i == BREAKS.length ? labels.format("carte.legende.derniere", from)
                    : labels.format("carte.legende.classe", from, FrenchFormat.number(BREAKS[i] * 100, 0));
            swatch(svg, x, row, Palette.CHOROPLETH.get(i), text);
            row += 26;
        }
        swatch(svg, x, row, patterns.secret(), secrecy.mask());
        swatch(svg, x, row + 26, patterns.noSite(), noSite);
    }

    private static void swatch(StringBuilder svg, double x, double y, String fill, String text) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"18\" height=\"18\" fill=\"").append(fill)
                .append("\" stroke=\"").append(OUTLINE).append("\" stroke-width=\"0.6\"/>");
        text(svg, x + 24, y + 14, text);
    }

    private static void rect(StringBuilder svg, DepartementOutlines.Box box, String stroke, double width) {
        svg.append("<rect x=\"").append(num(box.minX())).append("\" y=\"").append(num(box.minY()))
                .append("\" width=\"").append(num(box.width())).append("\" height=\"").append(num(box.height()))
                .append("\" fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(num(width))
                .append("\"/>\n");
    }

    private static void text(StringBuilder svg, double x, double y, String text) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" font-family=\"sans-serif\" font-size=\"13\" fill=\"").append(TEXT).append("\">")
                .append(Html.escape(text)).append("</text>\n");
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * The two patterns of a map, with ids unique in the page: the figure's id, reduced to characters that need no
     * escaping in an attribute nor in {@code url(#…)}.
     */
    static final class Patterns {
        private final String prefix;

        Patterns(String figureId) {
            this.prefix = figureId.replaceAll("[^A-Za-z0-9_-]", "_");
        }

        String secret() {
            return "url(#" + prefix + "-motif-secret)";
        }

        String noSite() {
            return "url(#" + prefix + "-motif-sans-site)";
        }

        /** « n < 5 »: diagonal hatching on grey; « aucun site »: grey dots on white. */
        void define(StringBuilder svg) {
            svg.append("<defs>\n<pattern id=\"").append(prefix).append("-motif-secret\"")
                    .append(" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\"")
                    .append(" patternTransform=\"rotate(45)\">")
                    .append("<rect width=\"5\" height=\"5\" fill=\"").append(Palette.SECRET_FILL).append("\"/>")
                    .append("<line x1=\"1\" y1=\"0\" x2=\"1\" y2=\"5\" stroke=\"#666666\" stroke-width=\"1.4\"/>")
                    .append("</pattern>\n<pattern id=\"").append(prefix)
                    .append("-motif-sans-site\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\">")
                    .append("<rect width=\"5\" height=\"5\" fill=\"").append(Palette.NO_DATA_FILL).append("\"/>")
                    .append("<circle cx=\"2.5\" cy=\"2.5\" r=\"0.9\" fill=\"#737373\"/></pattern>\n</defs>\n");
        }
    }
}
