package fr.ush.vigie.reports;

import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.Warehouse;
import fr.ush.vigie.warehouse.WarehouseVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point of {@code vigie report} and of the report stage of {@code vigie run} (CONTRACT section 6): reads the
 * published warehouse once, then writes the reports of one campaign and the index.
 */
public final class ReportGenerator {
    private final Clock clock;

    public ReportGenerator() {
        this(Clock.systemUTC());
    }

    /** With a fixed clock, so that tests get the same stamp every time. */
    public ReportGenerator(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param warehouseLocation the warehouse's local folder or URI (any Hadoop file system)
     * @param outDir a local folder: the pages are written by this process
     * @param campagne the campaign to report on; the latest of {@code scores_sites} when empty
     * @param pdf whether each page also gets its accessible PDF beside it (CONTRACT section 7)
     * @throws IllegalStateException when nothing is published or the campaign has no assessment
     */
    public ReportSummary generate(SparkSession spark, String warehouseLocation, Path outDir,
            Optional<String> campagne, ReportScope scope, boolean pdf) throws IOException {
        Warehouse warehouse = new Warehouse(warehouseLocation, spark.sparkContext().hadoopConfiguration());
        WarehouseVersion published = warehouse.publishedVersion().orElseThrow(() -> new IllegalStateException(
                "l'entrepôt " + warehouse + " n'a encore rien publié : lancez d'abord vigie run ou compute"));
        String runId = published.runId();
        RunLedger ledger = warehouse.ledger(runId).orElseThrow(() -> new IllegalStateException(
                "journal du run " + runId + " introuvable dans " + warehouse.ledgerUri(runId)));
        MartCollector collector = new MartCollector(spark, published);
        List<String> campagnes = collector.campagnes();
        if (campagnes.isEmpty()) {
            throw new IllegalStateException("scores_sites est vide : aucun rapport à produire");
        }
        String chosen = campagne.orElse(campagnes.get(campagnes.size() - 1));
        if (!campagnes.contains(chosen)) {
            throw new IllegalArgumentException("campagne « " + chosen + " » inconnue ; campagnes disponibles : "
                    + String.join(", ", campagnes));
        }
        WarehouseSnapshot snapshot = collector.collect(chosen, campagnes, ledger);
        return new ReportWriter(new Labels(), new TemplateRenderer()).write(snapshot, outDir, scope,
                clock.instant(), pdf);
    }
}
