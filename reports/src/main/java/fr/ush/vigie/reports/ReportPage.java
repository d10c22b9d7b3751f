package fr.ush.vigie.reports;

import java.util.List;

/**
 * Everything a report template shows, as plain values: no Dataset ever reaches a template.
 *
 * @param title     the report's title
 * @param subtitle  audience and campaign
 * @param homeHref  relative link to the index
 * @param dataHref  relative link to the {@code donnees/} folder, ending with {@code /}
 * @param sections  the sections, in order
 * @param stamp     the reproducibility stamp
 * @param related   links to the other reports of the same generation a reader of this one goes on to: from the
 *                  national report to each regional and famille report, from those back to the national one
 */
public record ReportPage(String title, String subtitle, String homeHref, String dataHref, List<Section> sections,
        Stamp stamp, List<IndexPage.Link> related) {
    public ReportPage {
        sections = List.copyOf(sections);
        related = List.copyOf(related);
    }

    public ReportPage(String title, String subtitle, String homeHref, String dataHref, List<Section> sections,
            Stamp stamp) {
        this(title, subtitle, homeHref, dataHref, sections, stamp, List.of());
    }

    /** This page with these links to related reports. */
    public ReportPage withRelated(List<IndexPage.Link> links) {
        return new ReportPage(title, subtitle, homeHref, dataHref, sections, stamp, links);
    }

    public List<DataTable> allTables() {
        return sections.stream().flatMap(s -> s.allTables().stream()).toList();
    }
}
