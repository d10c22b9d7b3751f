package fr.ush.vigie.reports;

import fr.ush.vigie.io.FileNames;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Renders the reports of a snapshot into the reports folder, their CSV files and the index, then swaps it in. */
final class ReportWriter {
    private final Labels labels;
    private final TemplateRenderer renderer;

    ReportWriter(Labels labels, TemplateRenderer renderer) {
        this.labels = labels;
        this.renderer = renderer;
    }

    /**
     * @param pdf whether each page also gets its PDF ({@code <page>.pdf} beside {@code <page>.html}); without it, a
     *            page written again loses the PDF an earlier generation left beside it, so that a PDF is always of
     *            the page beside it
     */
    ReportSummary write(WarehouseSnapshot data, Path outDir, ReportScope scope, Instant now, boolean pdf)
            throws IOException {
        Stamp stamp = StampFactory.of(data.run(), now);
        Path campaign = Path.of(FileNames.segment(data.campagne()));
        Map<Path, Supplier<ReportPage>> planned = new LinkedHashMap<>();
        ScoreScopes scopes = ScoreScopes.of(data.scores());
        Path national = campaign.resolve("national.html");
        if (scope.includesNational()) {
            planned.put(national, () -> new NationalReport(data, labels).build(stamp));
        }
        // The national report links to the regional and famille reports written with it, and they link back.
        Map<Path, String> scopedPages = new LinkedHashMap<>();
        // In the order of the regions' names, as a reader looks for one.
        java.text.Collator french = java.text.Collator.getInstance(java.util.Locale.FRENCH);
        for (String region : data.regionsWithSites().stream()
                .sorted(java.util.Comparator.comparing(r -> data.places().region(r), french)).toList()) {
            if (scope.includesRegion(region)) {
                Path page = campaign.resolve("regions").resolve(FileNames.segment(region) + ".html");
                planned.put(page, () -> ScopedReport.region(data, scopes, labels, region).build(stamp));
                scopedPages.put(page, labels.format("nav.region", data.places().region(region)));
            }
        }
        for (String famille : data.famillesWithSites()) {
            if (scope.includesFamille(famille)) {
                Path page = campaign.resolve("familles").resolve(FileNames.segment(famille) + ".html");
                planned.put(page, () -> ScopedReport.famille(data, scopes, labels, famille).build(stamp));
                scopedPages.put(page, labels.format("nav.famille", labels.code("famille", famille)));
            }
        }
        Map<Path, List<IndexPage.Link>> related = new LinkedHashMap<>();
        if (planned.containsKey(national)) {
            related.put(national, scopedPages.entrySet().stream().map(e -> new IndexPage.Link(
                    FileNames.href(campaign.relativize(e.getKey()).toString().replace('\\', '/')), e.getValue()))
                    .toList());
            scopedPages.keySet().forEach(page -> related.put(page,
                    List.of(new IndexPage.Link("../national.html", labels.get("nav.national")))));
        }
        for (String organisme : data.quality().organismes()) {
            if (scope.includesOrganisme(organisme)) {
                planned.put(campaign.resolve("organismes").resolve(FileNames.segment(organisme) + ".html"),
                        () -> new OrganismeReport(data, labels, organisme).build(stamp));
            }
        }
        if (planned.isEmpty()) {
            throw new IllegalArgumentException("périmètre « " + scope + " » : aucun site évalué en "
                    + data.campagne() + ", aucun rapport à produire");
        }
        List<Path> pages = new ArrayList<>();
        List<Path> pdfs = new ArrayList<>();
        Set<Path> csv = new LinkedHashSet<>();
        try (ReportFolder folder = new ReportFolder(outDir)) {
            if (scope.kind() == ReportScope.Kind.ALL) {
                // A full generation replaces the campaign: a region that lost its sites loses its report.
                folder.delete(campaign);
            }
            for (RenderedPage page : renderAll(planned, related, pdf)) {
                folder.write(page.path(), page.html());
                pages.add(page.path());
                Path pdfPath = pdfOf(page.path());
                if (page.pdf() != null) {
                    folder.write(pdfPath, page.pdf());
                    pdfs.add(pdfPath);
                } else {
                    folder.delete(pdfPath);
                }
                for (Map.Entry<Path, String> file : page.csv().entrySet()) {
                    folder.write(file.getKey(), file.getValue());
                    csv.add(file.getKey());
                }
            }
            IndexPage index = new ReportIndex(labels).scan(folder.root(), stamp);
            folder.write(Path.of("index.html"), renderer.render(TemplateRenderer.INDEX,
                    TemplateContexts.index(index, labels)));
            folder.commit();
        }
        return new ReportSummary(outDir, data.campagne(), pages, List.copyOf(csv), pdfs);
    }

    /** A page as written: its HTML, its PDF (null when not asked for) and its tables' CSV files, by path. */
    private record RenderedPage(Path path, String html, byte[] pdf, Map<Path, String> csv) {
    }

    /** {@code <page>.pdf} beside {@code <page>.html}. */
    static Path pdfOf(Path html) {
        String name = html.getFileName().toString();
        return html.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".pdf");
    }

    /**
     * Builds and renders the pages on every core (each page's charts and template are its own work, the snapshot
     * is only read), in the order planned.
     */
    private List<RenderedPage> renderAll(Map<Path, Supplier<ReportPage>> planned,
            Map<Path, List<IndexPage.Link>> related, boolean pdf) throws IOException {
        ExecutorService cores = Executors.newFixedThreadPool(
                Math.min(planned.size(), Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<RenderedPage>> rendering = new ArrayList<>();
            planned.forEach((path, page) -> rendering.add(cores.submit(
                    () -> render(path, page.get().withRelated(related.getOrDefault(path, List.of())), pdf))));
            List<RenderedPage> rendered = new ArrayList<>();
            for (Future<RenderedPage> page : rendering) {
                rendered.add(page.get());
            }
            return rendered;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("rendu des rapports interrompu", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IOException(e.getCause());
        } finally {
            cores.shutdownNow();
        }
    }

    private RenderedPage render(Path path, ReportPage page, boolean pdf) {
        Map<Path, String> csv = new LinkedHashMap<>();
        Path donnees = path.getName(0).resolve("donnees");
        for (DataTable table : page.allTables()) {
            csv.put(donnees.resolve(table.csvName()), CsvFile.of(table));
        }
        String html = renderer.render(TemplateRenderer.REPORT, TemplateContexts.report(page, labels));
        return new RenderedPage(path, html, pdf ? new PdfRenderer().render(html) : null, csv);
    }
}
