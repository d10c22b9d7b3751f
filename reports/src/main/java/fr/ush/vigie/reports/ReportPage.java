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
 */
public record ReportPage(String title, String subtitle, String homeHref, String dataHref, List<Section> sections, Stamp stamp) {
    public ReportPage {
        sections = List.copyOf(sections);
    }

    public List<DataTable> allTables() {
        return sections.stream().flatMap(s -> s.allTables().stream()).toList();
    }
}
