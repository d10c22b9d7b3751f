package fr.ush.vigie.reports;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a JFreeChart into Batik's {@code SVGGraphics2D} (Apache-2.0) and returns inline SVG markup: scalable, with
 * {@code role="img"}, the text alternative as {@code aria-label} and ids prefixed by the figure's id, since several
 * charts share one page.
 */
public final class SvgChart {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private SvgChart() {
    }

    public static TrustedHtml render(JFreeChart chart, String id, String alt, int width, int height) {
        Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setIDGenerator(new PrefixedIds(id));
        context.setComment(null);
        SVGGraphics2D graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        Element root = graphics.getRoot();
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.removeAttribute("width");
        root.removeAttribute("height");
        root.removeAttribute("contentScriptType");
        root.removeAttribute("contentStyleType");
        root.removeAttribute("zoomAndPan");
        root.removeAttribute("version");
        // Batik names every document's <defs> "genericDefs": several charts in one page would repeat that id.
        org.w3c.dom.NodeList defs = root.getElementsByTagNameNS(SVG_NS, "defs");
        for (int i = 0; i < defs.getLength(); i++) {
            ((Element) defs.item(i)).setAttribute("id", id + "-defs" + (i == 0 ? "" : "-" + i));
        }
        root.setAttribute("role", "img");
        root.setAttribute("aria-label", alt);
        StringWriter out = new StringWriter();
        try {
            graphics.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TrustedHtml(stripProlog(out.toString()));
    }

    private static String stripProlog(String svg) {
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start).strip();
    }

    /** Ids unique in the page: the figure's id, then Batik's own per-document counter. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String prefix;

        PrefixedIds(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String base) {
            return prefix + "-" + super.generateID(base);
        }
    }
}
