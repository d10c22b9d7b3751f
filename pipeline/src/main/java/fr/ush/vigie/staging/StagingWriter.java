package fr.ush.vigie.staging;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import fr.ush.vigie.ingest.ValidatedInputs;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes the accepted rows as the staging tables of a warehouse version, so that the same input gives the same
 * files: small tables as one file sorted by key, autodiagnostics partitioned by campaign in input order.
 */
public final class StagingWriter {

    private StagingWriter() {
    }

    /**
     * The parts of the staging, each with a fingerprint of the rows it is made of: a source's table (for the sites,
     * enriched, the fingerprints of the sources it is enriched from too), or a campaign's partition of the
     * autodiagnostics ({@code autodiagnostics/campagne=2024-S1}). With the same Vigie version, a part whose
     * fingerprint is unchanged holds the same rows.
     */
    public static Map<String, String> fingerprints(ValidatedInputs inputs) {
        Map<String, String> parts = new TreeMap<>();
        for (Source source : Source.values()) {
            if (source == Source.AUTODIAGNOSTICS) {
                inputs.campaignFingerprints().forEach((campagne, print) -> parts.put(partition(campagne), print));
            } else {
                List<Source> from = new ArrayList<>(List.of(source));
                if (source == Source.SITES) {
                    from.addAll(SiteEnrichment.SOURCES);
                }
                parts.put(StagingTables.of(source), String.join(" ", from.stream()
                        .map(s -> s.code() + ":" + inputs.fingerprint(s)).toList()));
            }
        }
        return parts;
    }

    /** The autodiagnostics campaigns among parts of the staging (see {@link #fingerprints}), in calendar order. */
    public static SortedSet<String> campaigns(Set<String> parts) {
        SortedSet<String> campaigns = new TreeSet<>();
        for (String part : parts) {
            if (part.startsWith(StagingTables.AUTODIAGNOSTICS + "/")) {
                Campaigns.ofPartition(part.substring(StagingTables.AUTODIAGNOSTICS.length() + 1))
                        .ifPresent(campaigns::add);
            }
        }
        return campaigns;
    }

    private static String partition(String campagne) {
        return StagingTables.AUTODIAGNOSTICS + "/" + Col.CAMPAGNE + "=" + campagne;
    }

    /**
     * @param stagingDir   the {@code staging/} folder of the version being written (any Hadoop URI)
     * @param carriedParts parts of the staging already in {@code stagingDir} (see {@link #fingerprints}; carried
     *                     over from the published version, their rows unchanged): the others only are written
     */
    public static void write(ValidatedInputs inputs, String stagingDir, Set<String> carriedParts) {
        Set<String> carriedCampaigns = campaigns(carriedParts);
        boolean everyCampaignCarried = carriedCampaigns.containsAll(inputs.campaignFingerprints().keySet());
        for (Source source : Source.values()) {
            if (carriedParts.contains(StagingTables.of(source))
                    || source == Source.AUTODIAGNOSTICS && everyCampaignCarried && !carriedCampaigns.isEmpty()) {
                // Already in stagingDir, as published: nothing of it to write.
                continue;
            }
            String path = stagingDir + "/" + StagingTables.of(source);
            Dataset<Row> table = table(inputs, source, carriedCampaigns);
            if (source == Source.AUTODIAGNOSTICS) {
                // No shuffle of the indicator rows: each task writes its share of every campaign in the order of
                // the files it read (the sorted file list), so the same input gives the same files. Nor any sort: a
                // task keeps a file open per campaign it meets (spark.sql.maxConcurrentOutputFileWriters, see
                // SparkSessions) instead of copying its millions of rows into a sorter first; rows of one
                // autodiagnostic already sit together.
                table.write()
                        .mode(carriedCampaigns.isEmpty() ? SaveMode.ErrorIfExists : SaveMode.Append)
                        .partitionBy(Col.CAMPAGNE).parquet(path);
            } else {
                // One sorted file: reference tables are small, and a global sort would cost a sampling job.
                table.repartition(1).sortWithinPartitions(orderOf(source))
                        .write().mode(SaveMode.ErrorIfExists).parquet(path);
            }
        }
    }

    /**
     * The staging table of a source as a full ingestion writes it, not written: its accepted rows, enriched where
     * the contract says so (sites) and with the retained autodiagnostics marked.
     */
    public static Dataset<Row> table(ValidatedInputs inputs, Source source) {
        return table(inputs, source, Set.of());
    }

    /** The staging table of a source: its accepted rows, enriched where the contract says so. */
    private static Dataset<Row> table(ValidatedInputs inputs, Source source, Set<String> carriedCampaigns) {
        return switch (source) {
            case SITES -> SiteEnrichment.enrich(inputs.accepted(Source.SITES), inputs.accepted(Source.COMMUNES),
                    inputs.accepted(Source.DEPARTEMENTS), inputs.accepted(Source.REGIONS),
                    inputs.accepted(Source.ORGANISMES));
            // Which autodiagnostic is retained is chosen per site and campaign: leaving out whole campaigns before
            // the choice changes nothing in the others.
            case AUTODIAGNOSTICS -> RetainedAutodiagnostics.mark(carriedCampaigns.isEmpty() ? inputs.accepted(source)
                    : inputs.accepted(source).where(not(Campaigns.of(col(Col.DATE_AUTODIAGNOSTIC))
                            .isin(carriedCampaigns.toArray()))));
            default -> inputs.accepted(source);
        };
    }

    private static Column[] orderOf(Source source) {
        List<Column> order = new ArrayList<>();
        source.keyColumns().forEach(k -> order.add(col(k)));
        order.add(col(Col.FICHIER));
        order.add(col(Col.LIGNE));
        return order.toArray(Column[]::new);
    }
}
