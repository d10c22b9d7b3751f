package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.spark.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Renders a full sample warehouse when one is named by {@code -Dvigie.sample.warehouse=DIR} (and
 * {@code -Dvigie.sample.out=DIR}): for looking at the reports, skipped otherwise.
 */
class SampleWarehouseTest {
    @Test
    void rendersTheSampleWarehouse() throws Exception {
        String warehouse = System.getProperty("vigie.sample.warehouse", "");
        Assumptions.assumeFalse(warehouse.isEmpty(), "pas d'entrepôt d'exemple indiqué");
        Path out = Path.of(System.getProperty("vigie.sample.out", "target/rapports-exemple"));
        ReportSummary summary = new ReportGenerator().generate(TestSpark.session(), Path.of(warehouse), out,
                Optional.empty(), ReportScope.all());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(summary.pages().size() > 2);
    }
}
