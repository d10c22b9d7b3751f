package fr.ush.vigie.job;

import fr.ush.vigie.ingest.ValidatedInputs;
import fr.ush.vigie.io.ParquetFooters;
import fr.ush.vigie.marts.CarriedScores;
import fr.ush.vigie.marts.GridMarts;
import fr.ush.vigie.marts.Thresholds;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.staging.Campaigns;
import fr.ush.vigie.staging.StagingTables;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.WarehouseVersion;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;

/**
 * What a run takes from the published version besides the rows of unchanged files: the staging tables and
 * autodiagnostics campaigns no file read touches, and the assessments of those campaigns in {@code scores_sites}.
 * Everything it takes is what computing it again would give; when there is no published version, or its ledger
 * says nothing usable, it takes nothing.
 */
final class PublishedReuse {
    private final SparkSession spark;
    private final StageLog log;
    private final Optional<WarehouseVersion> published;
    private final Optional<RunLedger> ledger;

    /**
     * @param published the version published when the run started (the run holds the lock: it cannot change)
     * @param ledger    its ledger
     */
    PublishedReuse(SparkSession spark, StageLog log, Optional<WarehouseVersion> published, Optional<RunLedger> ledger) {
        this.spark = spark;
        this.log = log;
        this.published = published;
        this.ledger = ledger;
    }

    /**
     * Gives the new version the staging tables of the sources the run took as published, and the autodiagnostics
     * campaigns that no file read touches (hard links on a local disk): their rows, and so which of them is
     * retained, are the published ones. Returns those campaigns, in calendar order.
     */
    SortedSet<String> carryStaging(ValidatedInputs inputs, WarehouseVersion versionDir) throws IOException {
        for (Source source : inputs.carriedSources()) {
            versionDir.copyFrom(published.orElseThrow(), "staging/" + StagingTables.of(source));
        }
        TreeSet<String> carried = new TreeSet<>();
        if (inputs.reused().isEmpty()) {
            return carried;
        }
        WarehouseVersion from = published.orElseThrow();
        Set<String> touched = inputs.campaignsRead();
        String table = "staging/" + StagingTables.of(Source.AUTODIAGNOSTICS);
        for (String partition : from.tables(table)) {
            Optional<String> campagne = Campaigns.ofPartition(partition);
            if (campagne.isPresent() && !touched.contains(campagne.get())) {
                versionDir.copyFrom(from, table + "/" + partition);
                carried.add(campagne.get());
            }
        }
        return carried;
    }

    /**
     * The assessments of the carried campaigns, from the published {@code scores_sites}, when it exists and was
     * computed with the same thresholds (the coverage threshold makes the scores); otherwise none.
     */
    CarriedScores scores(Set<String> carried, Thresholds thresholds, String seuilsPrefix) throws IOException {
        if (carried.isEmpty()) {
            return CarriedScores.none();
        }
        WarehouseVersion from = published.orElseThrow();
        boolean sameThresholds = ledger.isPresent() && thresholds.asProperties().entrySet().stream()
                .allMatch(t -> t.getValue().equals(ledger.get().parameters().get(seuilsPrefix + t.getKey())));
        String scores = "marts/" + GridMarts.SCORES_SITES;
        if (!sameThresholds || !from.has(scores)) {
            log.note("scores recalculés pour toutes les campagnes : " + (sameThresholds
                    ? "la version publiée n'a pas de " + GridMarts.SCORES_SITES : "seuils modifiés"));
            return CarriedScores.none();
        }
        log.note("scores de " + carried.size() + " campagne(s) repris de la version publiée");
        return CarriedScores.of(carried, ParquetFooters.read(spark, from.uri(scores)));
    }
}
