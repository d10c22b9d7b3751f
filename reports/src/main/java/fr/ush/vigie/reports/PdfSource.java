package fr.ush.vigie.reports;

import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A report page read as the PDF renderer needs it: the HTML5 the templates write, parsed by jsoup into a W3C DOM
 * (the renderer reads XML only). The page's markup and print stylesheet are the layout; this class changes only
 * what the renderer would otherwise read differently from a browser, and adds nothing a reader sees but the key
 * figures' row ({@code pdf/rapport-pdf.css}: the renderer has no flexbox).
 */
final class PdfSource {
    private static final String PDF_CSS = load("pdf/rapport-pdf.css");

    static {
        // The renderer reports each CSS declaration it skips (flexbox, grid...) on the console: not the user's concern.
        XRLog.setLoggingEnabled(false);
    }

    private PdfSource() {
    }

    static org.w3c.dom.Document of(String html) {
        Document page = Jsoup.parse(html);
        PrintStyles styles = PrintStyles.of(page.select("style").stream().map(Element::data).toList());
        for (Element style : page.select("style")) {
            String css = styles.forPdf(style.data());
            style.empty().appendChild(new DataNode(css));
        }
        page.head().appendElement("style").appendChild(new DataNode(PDF_CSS));
        // A chart's text alternative is its aria-label; the renderer tags an SVG as a Figure with its alt.
        for (Element svg : page.select("svg[aria-label]")) {
            svg.attr("alt", svg.attr("aria-label"));
        }
        // A link's annotation needs a description (PDF/UA): the renderer takes the title of a link to another
        // document, here the link's own text. It gives none to a link within the page, so those stay text: the
        // PDF's bookmarks lead to the same headings.
        for (Element link : page.select("a[href^=#]")) {
            link.removeAttr("href");
        }
        for (Element link : page.select("a[href]:not([title])")) {
            link.attr("title", link.text());
        }
        PdfOutline.addBookmarks(page);
        return new W3CDom().fromJsoup(page);
    }

    private static String load(String resource) {
        try (InputStream in = PdfSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("ressource manquante : " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
