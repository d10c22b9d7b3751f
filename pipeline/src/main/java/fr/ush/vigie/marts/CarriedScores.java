package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.MartColumns.GRAVITE;
import static fr.ush.vigie.marts.MartColumns.SCORE_GLOBAL;
import static fr.ush.vigie.marts.MartColumns.SITUATION;
import static fr.ush.vigie.model.Col.CAMPAGNE;
import static fr.ush.vigie.model.Col.SITE_ID;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import fr.ush.vigie.staging.Campaigns;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The assessments of the campaigns an incremental run carried over untouched, taken from the published
 * {@code scores_sites} rather than aggregated again from millions of indicator rows.
 *
 * <p>Sound only when what they were computed from is the same: the campaigns' staging rows (carried as they are,
 * so the retained autodiagnostic too), the grid (the plan reuses files only when every reference file is
 * unchanged) and the thresholds (the caller checks the published run's). Gravité, situation and tendance are
 * computed again for every campaign, since a campaign inserted before carried ones changes their history; when
 * the run only adds later campaigns ({@link #addedOnly}), the carried rows keep their published values and only
 * the rows the added ones look back to are read.
 */
public final class CarriedScores {
    /** In {@link #lookBack}: the campaign's number ({@link CampaignCalendar#index}). */
    private static final String INDEX = "_campagne_index";

    private final Set<String> campaigns;
    private final Dataset<Row> published;
    private final boolean addedOnly;

    private CarriedScores(Set<String> campaigns, Dataset<Row> published, boolean addedOnly) {
        this.campaigns = Set.copyOf(campaigns);
        this.published = published;
        this.addedOnly = addedOnly;
    }

    /** Every campaign aggregated from staging. */
    public static CarriedScores none() {
        return new CarriedScores(Set.of(), null, false);
    }

    /**
     * @param campaigns        the campaigns carried over
     * @param publishedScores  the published {@code scores_sites} mart
     */
    public static CarriedScores of(Set<String> campaigns, Dataset<Row> publishedScores) {
        return campaigns.isEmpty() ? none() : new CarriedScores(campaigns, publishedScores, false);
    }

    /**
     * The same, for a run that only adds campaigns after every carried one: {@link ScoresSites#compute} then gives
     * the added campaigns' rows only, each read against the published rows it looks back to ({@link #lookBack}),
     * since a site's situation and tendance only look back and the carried rows keep their published values.
     */
    public CarriedScores addedOnly() {
        return isEmpty() ? this : new CarriedScores(campaigns, published, true);
    }

    /** Whether {@link ScoresSites#compute} gives the added campaigns' rows only. */
    boolean isAddedOnly() {
        return addedOnly;
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

    /**
     * The published rows a row of a later campaign may look back to (CONTRACT section 4), with {@code site_id,
     * campagne, score_global, gravite} typed as in {@code graded} and their published {@code situation}: the
     * campaigns a chronic run of the first later campaign reaches back to ({@code chroniqueCampagnes − 1}), and
     * each site's latest row before them, which its tendance reads when the site skipped those campaigns. A
     * later campaign's history needs nothing older; the window over it then sorts a few rows per site instead of
     * every campaign's.
     */
    Dataset<Row> lookBack(Dataset<Row> graded, int chroniqueCampagnes) {
        int firstReached = campaigns.stream().mapToInt(CampaignCalendar::number).max().orElseThrow() + 2
                - chroniqueCampagnes;
        StructType types = graded.schema();
        List<Column> kept = new ArrayList<>(List.of(typedAs(Stream.of(SITE_ID, CAMPAGNE, SCORE_GLOBAL, GRAVITE)
                .map(name -> types.apply(name)).toArray(StructField[]::new))));
        kept.add(col(SITUATION));
        kept.add(CampaignCalendar.index(col(CAMPAGNE)).as(INDEX));
        Dataset<Row> rows = published.where(inCarried()).select(kept.toArray(Column[]::new));
        Dataset<Row> older = rows.where(col(INDEX).lt(firstReached));
        Dataset<Row> latestOlder = older.join(older.groupBy(SITE_ID).agg(max(INDEX).as(INDEX)),
                new String[] {SITE_ID, INDEX}, "left_semi");
        return rows.where(col(INDEX).geq(firstReached)).unionByName(latestOlder).drop(INDEX);
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
