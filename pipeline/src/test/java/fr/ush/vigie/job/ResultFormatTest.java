package fr.ush.vigie.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ush.vigie.spark.TestSpark;
import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ResultFormatTest {
    private static final StructType SCHEMA = new StructType()
            .add("campagne", DataTypes.StringType)
            .add("score", DataTypes.createDecimalType(5, 1))
            .add("nom", DataTypes.StringType);

    private static Dataset<Row> result() {
        return TestSpark.session().createDataFrame(List.of(
                RowFactory.create("2025-S1", new BigDecimal("23.4"), "Tour \"A\", Lyon"),
                RowFactory.create("2025-S2", null, "B")), SCHEMA);
    }

    @Test
    void tablesAreAlignedWithARowCount() {
        assertEquals("""
                campagne | score | nom
                -------- | ----- | --------------
                2025-S1  | 23.4  | Tour "A", Lyon
                2025-S2  |       | B
                (2 lignes)
                """, ResultFormat.TABLE.format(result()));
    }

    @Test
    void csvQuotesWhatNeedsIt() {
        assertEquals("""
                campagne,score,nom
                2025-S1,23.4,"Tour ""A"", Lyon"
                2025-S2,,B
                """, ResultFormat.CSV.format(result()));
    }
}
