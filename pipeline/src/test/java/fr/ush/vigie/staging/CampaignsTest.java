package fr.ush.vigie.staging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ush.vigie.model.Col;
import fr.ush.vigie.spark.TestSpark;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class CampaignsTest {

    @Test
    void aDateBelongsToItsHalfYear() {
        assertEquals(List.of("2025-S1", "2025-S1", "2025-S2", "2025-S2"), List.of(
                Campaigns.of(LocalDate.parse("2025-01-01")), Campaigns.of(LocalDate.parse("2025-06-30")),
                Campaigns.of(LocalDate.parse("2025-07-01")), Campaigns.of(LocalDate.parse("2025-12-31"))));
    }

    @Test
    void exceptLeavesOutTheCampaignsListedAndNothingWhenNoneIs() {
        Dataset<Row> rows = TestSpark.session().createDataFrame(List.of(
                RowFactory.create("A", "2024-S2"), RowFactory.create("B", "2025-S1"),
                RowFactory.create("C", "2025-S2"), RowFactory.create("D", "2025-S1")),
                new StructType().add(Col.SITE_ID, DataTypes.StringType).add(Col.CAMPAGNE, DataTypes.StringType));
        assertEquals(List.of("A", "C"), sites(Campaigns.except(rows, Set.of("2025-S1"))));
        assertEquals(List.of("A"), sites(Campaigns.except(rows, Set.of("2025-S1", "2025-S2"))));
        assertEquals(List.of("A", "B", "C", "D"), sites(Campaigns.except(rows, Set.of())));
    }

    private static List<String> sites(Dataset<Row> rows) {
        return rows.orderBy(Col.SITE_ID).collectAsList().stream().map(row -> row.getString(0)).toList();
    }
}
