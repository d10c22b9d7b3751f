package fr.ush.vigie.job;

import fr.ush.vigie.io.ParquetFooters;
import fr.ush.vigie.marts.CarriedScores;
import fr.ush.vigie.marts.GridMarts;
import fr.ush.vigie.marts.Thresholds;
import fr.ush.vigie.staging.StagingWriter;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.WarehouseVersion;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;

/**
 * What a run takes from the published version: the parts of the staging whose rows are the same, as their
 * fingerprints tell, and the assessments of the autodiagnostics campaigns among them in {@code scores_sites}. Everything it takes is what computing it
 * again would give; when there is no published version, or its ledger says nothing usable, it takes nothing.
 */
final class PublishedReuse {
    private final SparkSession spark;
    private final StageLog log;
    private final Optional<WarehouseVersion> published;
    private final Optional<RunLedger> ledger;
    private final String version;

    /**
     * @param published the version published when the run started (the run holds the lock: it cannot change)
     * @param ledger    its ledger
     * @param version   this run's Vigie version: only a version written by the same one is taken from
     */
    PublishedReuse(SparkSession spark, StageLog log, Optional<WarehouseVersion> published, Optional<RunLedger> ledger,
            String version) {
        this.spark = spark;
        this.log = log;
        this.published = published;
        this.ledger = ledger;
        this.version = version;
    }

    /**
     * Gives the new version the published parts of the staging whose rows are unchanged (their fingerprints equal
     * to the published ledger's; hard links on a local disk): a source's table, or a campaign's partition of the
     * autodiagnostics, whose rows, and so which of them is retained, are the published ones. Returns those parts.
     *
     * @param parts this run's, see {@link StagingWriter#fingerprints}
     */
    SortedSet<String> carryStaging(Map<String, String> parts, WarehouseVersion versionDir) throws IOException {
        TreeSet<String> carried = new TreeSet<>();
        if (published.isEmpty() || ledger.isEmpty() || !version.equals(ledger.get().version())) {
            return carried;
        }
        WarehouseVersion from = published.get();
        Map<String, String> before = ledger.get().reuse().fingerprints();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            if (part.getValue().equals(before.get(part.getKey())) && from.has("staging/" + part.getKey())) {
                versionDir.copyFrom(from, "staging/" + part.getKey());
                carried.add(part.getKey());
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
