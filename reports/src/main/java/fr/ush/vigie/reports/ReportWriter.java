package fr.ush.vigie.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Renders the reports of a snapshot into the reports folder, their CSV files and the index, then swaps it in. */
final class ReportWriter {
    private final Labels labels;
    private final TemplateRenderer renderer;

    ReportWriter(Labels labels, TemplateRenderer renderer) {
        this.labels = labels;
        this.renderer = renderer;
    }

    ReportSummary write(WarehouseSnapshot data, Path outDir, ReportScope scope, Instant now) throws IOException {
        Stamp stamp = StampFactory.of(data.run(), now);
        Path campaign = Path.of(data.campagne());
        List<Path> pages = new ArrayList<>();
        Set<Path> csv = new LinkedHashSet<>();
        try (ReportFolder folder = new ReportFolder(outDir)) {
            if (scope.kind() == ReportScope.Kind.ALL) {
                // A full generation replaces the campaign: a region that lost its sites loses its report.
                folder.delete(campaign);
            }
            if (scope.includesNational()) {
                page(folder, campaign.resolve("national.html"), new NationalReport(data, labels).build(stamp), pages,
                        csv);
            }
            for (String region : data.regionsWithSites()) {
                if (scope.includesRegion(region)) {
                    page(folder, campaign.resolve("regions").resolve(region + ".html"),
                            ScopedReport.region(data, labels, region).build(stamp), pages, csv);
                }
            }
            for (String famille : data.famillesWithSites()) {
                if (scope.includesFamille(famille)) {
                    page(folder, campaign.resolve("familles").resolve(famille + ".html"),
                            ScopedReport.famille(data, labels, famille).build(stamp), pages, csv);
                }
            }
            if (pages.isEmpty()) {
                throw new IllegalArgumentException("périmètre « " + scope + " » : aucun site évalué en "
                        + data.campagne() + ", aucun rapport à produire");
            }
            IndexPage index = new ReportIndex(labels).scan(folder.root(), stamp);
            folder.write(Path.of("index.html"), renderer.render(TemplateRenderer.INDEX,
                    TemplateContexts.index(index, labels)));
            folder.commit();
        }
        return new ReportSummary(outDir, data.campagne(), pages, List.copyOf(csv));
    }

    private void page(ReportFolder folder, Path path, ReportPage page, List<Path> pages, Set<Path> csv)
            throws IOException {
        folder.write(path, renderer.render(TemplateRenderer.REPORT, TemplateContexts.report(page, labels)));
        pages.add(path);
        Path donnees = path.getName(0).resolve("donnees");
        for (DataTable table : page.allTables()) {
            Path file = donnees.resolve(table.csvName());
            folder.write(file, CsvFile.of(table));
            csv.add(file);
        }
    }
}
