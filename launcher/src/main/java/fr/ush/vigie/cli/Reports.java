package fr.ush.vigie.cli;

import fr.ush.vigie.job.UsageException;
import fr.ush.vigie.reports.ReportGenerator;
import fr.ush.vigie.reports.ReportScope;
import fr.ush.vigie.reports.ReportSummary;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/** Renders the reports of a published warehouse: the {@code report} command and the last stage of {@code run}. */
final class Reports {

    private Reports() {
    }

    /**
     * @param pdf whether each page also gets its PDF ({@code --pdf})
     * @return the number of files written (pages, PDFs and CSV)
     */
    static long render(SparkSession spark, String warehouse, Path out, Optional<String> campagne, ReportScope scope,
            boolean pdf) throws Exception {
        try {
            ReportSummary summary = new ReportGenerator().generate(spark, warehouse, out, campagne, scope, pdf);
            return summary.pages().size() + summary.pdfs().size() + summary.dataFiles().size();
        } catch (IllegalArgumentException e) {
            // An unknown campaign or a scope without sites: the arguments, not the data, are wrong.
            throw new UsageException(e.getMessage());
        }
    }

    static ReportScope scope(String option) throws UsageException {
        try {
            return ReportScope.parse(option);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--scope : " + e.getMessage());
        }
    }
}
