package fr.ush.vigie.staging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ush.vigie.model.Col;
import fr.ush.vigie.spark.TestSpark;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class RetainedAutodiagnosticsTest {

    private static final StructType ACCEPTED = new StructType()
            .add(Col.AUTODIAGNOSTIC_ID, DataTypes.StringType)
            .add(Col.SITE_ID, DataTypes.StringType)
            .add(Col.DATE_AUTODIAGNOSTIC, DataTypes.DateType)
            .add(Col.CODE_INDICATEUR, DataTypes.StringType);
    /** S1 in 2025-S1: A2 and A3 share the latest date, A3 is the greater id; in 2025-S2, A5 is later than A0. */
    private static final Map<String, String> EXPECTED = Map.of("A0", "2025-S2 false", "A1", "2025-S1 false",
            "A2", "2025-S1 false", "A3", "2025-S1 true", "A4", "2025-S1 true", "A5", "2025-S2 true");

    @Test
    void theLatestAutodiagnosticPerSiteAndCampaignIsRetainedTiesGoingToTheGreatestId() {
        assertEquals(EXPECTED, marked(RetainedAutodiagnostics.mark(accepted())));
    }

    private static Dataset<Row> accepted() {
        return TestSpark.session().createDataFrame(List.of(
                row("A1", "S1", "2025-02-01", "QS01"),
                row("A1", "S1", "2025-02-01", "QS02"),
                row("A2", "S1", "2025-03-01", "QS01"),
                row("A3", "S1", "2025-03-01", "QS01"),
                row("A3", "S1", "2025-03-01", "QS02"),
                row("A4", "S2", "2025-01-15", "QS01"),
                row("A5", "S1", "2025-09-01", "QS01"),
                row("A0", "S1", "2025-07-01", "QS01")), ACCEPTED);
    }

    /** Campaign and retenu per autodiagnostic, the same on each of its rows. */
    private static Map<String, String> marked(Dataset<Row> rows) {
        Map<String, String> marked = new TreeMap<>();
        for (Row row : rows.collectAsList()) {
            marked.merge(row.getAs(Col.AUTODIAGNOSTIC_ID),
                    row.<String>getAs(Col.CAMPAGNE) + " " + row.<Boolean>getAs(Col.RETENU), (a, b) -> a);
            assertEquals(marked.get(row.<String>getAs(Col.AUTODIAGNOSTIC_ID)),
                    row.<String>getAs(Col.CAMPAGNE) + " " + row.<Boolean>getAs(Col.RETENU));
        }
        return marked;
    }

    private static Row row(String autodiagnostic, String site, String date, String indicator) {
        return RowFactory.create(autodiagnostic, site, LocalDate.parse(date), indicator);
    }
}
