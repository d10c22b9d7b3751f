package fr.ush.vigie.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.ingest.FileCounts;
import fr.ush.vigie.ingest.validate.ReasonCode;
import fr.ush.vigie.job.StageLog;
import fr.ush.vigie.job.ValidationReport;
import fr.ush.vigie.job.VigieJob;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.spark.TestSpark;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --bad-rows}: a small dataset in the mixed format (so that bad rows land in every file shape) goes
 * through the real validation, which must reject exactly the rows the generator says it injected, with the
 * reason it claims, and accept every other row.
 */
class GeneratorBadRowsTest {
    private static final double RATE = 0.1;

    @TempDir
    static Path out;
    @TempDir
    static Path clean;
    static GeneratorSummary summary;
    static GeneratorSummary cleanSummary;
    static ValidationReport report;

    @BeforeAll
    static void generateAndValidate() throws Exception {
        summary = new Generator().generate(new GeneratorConfig(out, 80, 4, 5).withBadRows(RATE));
        cleanSummary = new Generator().generate(new GeneratorConfig(clean, 80, 4, 5));
        VigieJob job = new VigieJob(TestSpark.session(), new StageLog(new PrintStream(OutputStream.nullOutputStream()),
                false), "test");
        report = job.validate(out.toString(), 1.0);
    }

    @Test
    void validationRejectsExactlyTheInjectedRowsForTheClaimedReasons() {
        Map<String, Long> claimed = new TreeMap<>();
        summary.badRows().forEach((source, byReason) -> byReason.forEach((reason, rows) ->
                claimed.put(source.code() + "/" + reason.name(), rows)));
        Map<String, Long> found = new TreeMap<>();
        for (ValidationReport.ReasonCount count : report.byReason()) {
            found.put(count.source() + "/" + count.codeMotif(), count.lignes());
        }
        assertEquals(claimed, found);
    }

    @Test
    void everyValidRowIsStillWrittenAndAccepted() {
        for (Source source : Source.values()) {
            FileCounts counts = report.bySource().get(source);
            assertEquals(cleanSummary.rows().get(source), counts.acceptees(), source.code());
            assertEquals(summary.rows().get(source), counts.lues(), source.code());
        }
    }

    /**
     * Every rule that can arise for a source is injected, at least in the sources with enough rows for each rule
     * to be drawn (communes: 35,000 rows; autodiagnostics: about 300 grids of 20 cells).
     */
    @Test
    void everyRuleOfASourceIsBroken() {
        for (Source source : Source.values()) {
            Set<ReasonCode> injected = summary.badRows().getOrDefault(source, Map.of()).keySet();
            assertTrue(BadRows.reasonsFor(source).containsAll(injected), source.code() + ": " + injected);
        }
        for (Source source : EnumSet.of(Source.COMMUNES, Source.AUTODIAGNOSTICS)) {
            assertEquals(Set.copyOf(BadRows.reasonsFor(source)), summary.badRows().get(source).keySet(),
                    source.code());
        }
        assertEquals(Set.of(ReasonCode.values()), Set.copyOf(BadRows.reasonsFor(Source.MISSIONS)));
    }

    /**
     * Each bad row follows a valid one with chance R, so bad rows are a share R of the rows give or take a
     * binomial error: within 4 standard errors sqrt(R(1 − R)/n). The unit drawn for autodiagnostics is a whole
     * grid, so there n is the number of grids, not of cells. Only the sources with at least 250 units are
     * checked; the others are too small for the share to mean much (5 prestataires, 20 grid rows).
     */
    @Test
    void eachSourceRejectsAboutTheShareAsked() {
        for (Source source : Source.values()) {
            FileCounts counts = report.bySource().get(source);
            long units = source == Source.AUTODIAGNOSTICS ? cleanSummary.autodiagnostics() : counts.lues();
            if (units < 250) {
                continue;
            }
            double share = (double) counts.rejetees() / counts.lues();
            double tolerance = 4 * Math.sqrt(RATE * (1 - RATE) / units);
            assertEquals(RATE, share, tolerance, source.code());
        }
    }
}
