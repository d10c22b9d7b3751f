package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.GridFixtures.render;
import static fr.ush.vigie.marts.GridFixtures.row;
import static fr.ush.vigie.marts.GridFixtures.table;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class CampaignCalendarTest {

    @Test
    void halfYearsTheirBoundsAndTheirCalendarPredecessor() {
        StructType schema = new StructType().add("campagne", DataTypes.StringType);
        assertEquals(List.of(
                "2024-S2 4049 2024-S1 2024-07-01 2024-12-31",
                "2025-S1 4050 2024-S2 2025-01-01 2025-06-30"),
                render(table(schema, List.of(row("2024-S2"), row("2025-S1"))).select(col("campagne"),
                        CampaignCalendar.index(col("campagne")).as("index"),
                        CampaignCalendar.previous(col("campagne")).as("previous"),
                        CampaignCalendar.start(col("campagne")).as("start"),
                        CampaignCalendar.end(col("campagne")).as("end")), "campagne", "index", "previous", "start",
                        "end"));
    }
}
