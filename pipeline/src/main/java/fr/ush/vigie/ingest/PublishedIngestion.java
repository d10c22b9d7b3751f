package fr.ush.vigie.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import fr.ush.vigie.ingest.validate.DuplicateKeys.KeyRange;
import fr.ush.vigie.io.ParquetFooters;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.staging.Campaigns;
import fr.ush.vigie.staging.StagingTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The published version an ingestion takes unchanged autodiagnostics files and unchanged sources from (see
 * {@link IncrementalPlan}).
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
        return Campaigns.except(ParquetFooters.read(spark, autodiagnosticsTable()), excludedCampaigns)
                .drop(Col.CAMPAGNE, Col.RETENU);
    }

    /**
     * Whether the published autodiagnostics may hold a row whose {@code column} lies within {@code range}, as
     * their files' footers tell (read on the driver): false only when none can.
     */
    boolean mayHoldAutodiagnostics(SparkSession spark, String column, KeyRange range) {
        return !range.isEmpty() && (!(range.min() instanceof String min && range.max() instanceof String max)
                || ParquetFooters.mayHoldWithin(spark.sparkContext().hadoopConfiguration(), autodiagnosticsTable(),
                        column, min, max));
    }

    /**
     * The published rejects of some sources (for autodiagnostics: of the reused files), read in one pass, in the
     * layout of the {@code rejets} table but for its {@code run_id}.
     */
    Dataset<Row> rejected(SparkSession spark, Set<Source> sources) {
        return ParquetFooters.read(spark, versionUri + "/rejets")
                .filter(col(Col.SOURCE).isin(sources.stream().map(Source::code).toArray()))
                .drop(Col.RUN_ID);
    }

    /**
     * The validated rows of a source the plan {@linkplain IncrementalPlan#carries carries}, as validating its
     * unchanged files again would give them, but for the rejected ones ({@link #rejected}): its published staging
     * table is its accepted rows (the enriched sites keep their own columns as they were read).
     */
    Dataset<Row> validated(SparkSession spark, Source source) {
        List<Column> columns = new ArrayList<>(List.of(col(Col.FICHIER), col(Col.LIGNE)));
        source.columnNames().forEach(name -> columns.add(col(name)));
        for (String verdict : List.of(Col.CODE_MOTIF, Col.MOTIF, Col.ENREGISTREMENT)) {
            columns.add(lit(null).cast(DataTypes.StringType).as(verdict));
        }
        return ParquetFooters.read(spark, versionUri + "/staging/" + StagingTables.of(source))
                .select(columns.toArray(Column[]::new));
    }
}
