package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.CAMPAGNE;
import static org.apache.spark.sql.functions.col;

import fr.ush.vigie.staging.Campaigns;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/**
 * The assessments of the campaigns an incremental run carried over untouched, taken from the published
 * {@code scores_sites} rather than aggregated again from millions of indicator rows.
 *
 * <p>Sound only when what they were computed from is the same: the campaigns' staging rows (carried as they are,
 * so the retained autodiagnostic too), the grid (the plan reuses files only when every reference file is
 * unchanged) and the thresholds (the caller checks the published run's). Gravité, situation and tendance are
 * computed again for every campaign, since a campaign inserted before carried ones changes their history.
 */
public final class CarriedScores {
    private final Set<String> campaigns;
    private final Dataset<Row> published;

    private CarriedScores(Set<String> campaigns, Dataset<Row> published) {
        this.campaigns = Set.copyOf(campaigns);
        this.published = published;
    }

    /** Every campaign aggregated from staging. */
    public static CarriedScores none() {
        return new CarriedScores(Set.of(), null);
    }

    /**
     * @param campaigns        the campaigns carried over
     * @param publishedScores  the published {@code scores_sites} mart
     */
    public static CarriedScores of(Set<String> campaigns, Dataset<Row> publishedScores) {
        return campaigns.isEmpty() ? none() : new CarriedScores(campaigns, publishedScores);
    }

    /** The campaigns whose rows are the published ones, in calendar order. */
    public java.util.List<String> campaigns() {
        return campaigns.stream().sorted().toList();
    }

    /** Whether no campaign is carried. */
    public boolean isEmpty() {
        return campaigns.isEmpty();
    }

    /** The rows (with {@code campagne}) of the campaigns not carried: staging rows still to aggregate, marts. */
    public Dataset<Row> notCarried(Dataset<Row> rows) {
        return Campaigns.except(rows, campaigns);
    }

    /** {@code computed} (columns {@link ScoresSites#ASSESSMENT_COLUMNS}) with the carried campaigns' rows. */
    Dataset<Row> addTo(Dataset<Row> computed) {
        if (campaigns.isEmpty()) {
            return computed;
        }
        return computed.unionByName(published.where(inCarried()).select(typedAs(computed.schema().fields())));
    }

    private static Column[] typedAs(StructField[] fields) {
        Column[] sameTypes = new Column[fields.length];
        for (int i = 0; i < fields.length; i++) {
            sameTypes[i] = col(fields[i].name()).cast(fields[i].dataType()).as(fields[i].name());
        }
        return sameTypes;
    }

    private Column inCarried() {
        return col(CAMPAGNE).isin(campaigns.toArray());
    }
}
