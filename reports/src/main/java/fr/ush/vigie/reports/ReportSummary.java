package fr.ush.vigie.reports;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation wrote.
 *
 * @param outDir    the reports folder
 * @param campagne  the campaign reported on
 * @param pages     the HTML reports written for that campaign (index excluded), relative to {@code outDir}
 * @param dataFiles the CSV files written, relative to {@code outDir}
 * @param pdfs      the PDFs written beside the pages (none without {@code --pdf}), relative to {@code outDir}
 */
public record ReportSummary(Path outDir, String campagne, List<Path> pages, List<Path> dataFiles, List<Path> pdfs) {
    public ReportSummary {
        pages = List.copyOf(pages);
        dataFiles = List.copyOf(dataFiles);
        pdfs = List.copyOf(pdfs);
    }
}
