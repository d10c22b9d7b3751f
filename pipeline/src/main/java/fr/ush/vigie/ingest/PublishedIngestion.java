package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.staging.StagingTables;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The published version an ingestion takes unchanged autodiagnostics files from (see {@link IncrementalPlan}).
 *
 * @param plan       which files are reused
 * @param versionUri the published version's folder (its {@code staging/} and {@code rejets/})
 */
public record PublishedIngestion(IncrementalPlan plan, String versionUri) {

    public PublishedIngestion {
        versionUri = versionUri == null ? null : versionUri.replaceAll("/+$", "");
    }

    /** A full ingestion: nothing taken from a published version. */
    public static PublishedIngestion none(String why) {
        return new PublishedIngestion(IncrementalPlan.full(why), null);
    }

    public String autodiagnosticsTable() {
        return versionUri + "/staging/" + StagingTables.of(Source.AUTODIAGNOSTICS);
    }

    /** The published accepted rows, in the layout of the validation's accepted rows (no campagne, retenu). */
    Dataset<Row> acceptedAutodiagnostics(SparkSession spark) {
        return acceptedAutodiagnostics(spark, Set.of());
    }

    /** The same, but for the campaigns listed (read from their partitions only). */
    Dataset<Row> acceptedAutodiagnostics(SparkSession spark, Set<String> excludedCampaigns) {
        Dataset<Row> table = spark.read().parquet(autodiagnosticsTable());
        if (!excludedCampaigns.isEmpty()) {
            table = table.filter(not(col(Col.CAMPAGNE).isin(excludedCampaigns.toArray())));
        }
        return table.drop(Col.CAMPAGNE, Col.RETENU);
    }

    /** The published rejects of the reused autodiagnostics files, in the layout of the validation's output. */
    Dataset<Row> rejectedAutodiagnostics(SparkSession spark) {
        return spark.read().parquet(versionUri + "/rejets")
                .filter(col(Col.SOURCE).equalTo(Source.AUTODIAGNOSTICS.code()))
                .drop(Col.RUN_ID, Col.SOURCE);
    }
}
