package fr.ush.vigie.reports;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The PDF's bookmarks, from the page's headings in their order: the title and each section ({@code h1}, {@code h2})
 * at the first level, their {@code h3} under them. Headings of the table of contents (a list of the same links)
 * and of folded {@code <details>} (not printed) are left out, so that every bookmark leads to a printed heading.
 * The renderer reads bookmarks from a {@code <bookmarks>} element of the head, each pointing at an id: a heading
 * without one gets {@code pdf-titre-N}, in the PDF's copy of the page only.
 */
final class PdfOutline {
    private PdfOutline() {
    }

    static void addBookmarks(Document page) {
        Element bookmarks = page.head().appendElement("bookmarks");
        Deque<Element> open = new ArrayDeque<>();
        int n = 0;
        for (Element heading : page.body().select("h1, h2, h3")) {
            if (heading.closest("nav, details") != null || heading.text().isBlank()) {
                continue;
            }
            if (heading.id().isEmpty()) {
                heading.id("pdf-titre-" + ++n);
            }
            int level = heading.normalName().equals("h3") ? 2 : 1;
            while (open.size() >= level) {
                open.pop();
            }
            Element parent = open.isEmpty() ? bookmarks : open.peek();
            Element bookmark = parent.appendElement("bookmark").attr("name", heading.text())
                    .attr("href", "#" + heading.id());
            open.push(bookmark);
        }
    }
}
