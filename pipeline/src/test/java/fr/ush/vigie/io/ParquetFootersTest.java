package fr.ush.vigie.io;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.spark.TestSpark;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetOutputFormat;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table read through its footers is the table Spark reads by inferring its schema, and counts the same. */
class ParquetFootersTest {
    private static final StructType SCHEMA = new StructType()
            .add("site_id", DataTypes.StringType, false)
            .add("campagne", DataTypes.StringType, true)
            .add("score", DataTypes.createDecimalType(4, 1), true)
            .add("ligne", DataTypes.LongType, false);

    @TempDir
    Path dir;

    private static Dataset<Row> rows() {
        return TestSpark.session().createDataFrame(List.of(
                RowFactory.create("S1", "2025-S1", new BigDecimal("12.5"), 2L),
                RowFactory.create("S2", "2025-S1", null, 3L),
                RowFactory.create("S1", "2025-S2", new BigDecimal("40.0"), 2L),
                RowFactory.create("S3", null, new BigDecimal("7.0"), 9L)), SCHEMA);
    }

    private String table(String name) {
        return dir.resolve(name).toUri().toString();
    }

    private static Configuration conf() {
        return TestSpark.session().sparkContext().hadoopConfiguration();
    }

    /** Same schema, same rows as Spark's own reading, and {@code rows} rows counted, as Spark counts them. */
    private static void assertReadAsSparkInfers(String table, long rows) {
        SparkSession spark = TestSpark.session();
        Dataset<Row> inferred = spark.read().parquet(table);
        Dataset<Row> read = ParquetFooters.read(spark, table);
        assertEquals(inferred.schema(), read.schema());
        assertEquals(inferred.orderBy("ligne", "site_id").collectAsList(),
                read.orderBy("ligne", "site_id").collectAsList());
        assertEquals(rows, inferred.count());
        assertEquals(rows, ParquetFooters.rows(conf(), table));
    }

    @Test
    void aTableInSeveralFilesIsReadWithTheSchemaItsFilesHold() {
        rows().repartition(3).write().parquet(table("t"));
        assertReadAsSparkInfers(table("t"), 4);
    }

    @Test
    void partitionColumnsComeFromTheFoldersAfterTheDataColumnsAndANullPartitionIsKept() throws Exception {
        String table = table("p");
        rows().write().partitionBy("campagne").parquet(table);
        assertTrue(Files.exists(dir.resolve("p/_SUCCESS")), "job markers are in the folder and left out");
        assertReadAsSparkInfers(table, 4);
        assertEquals(List.of("site_id", "score", "ligne"),
                List.of(ParquetFooters.schema(conf(), table).orElseThrow().fieldNames()));
    }

    @Test
    void anEmptyTableKeepsItsSchemaAndHasNoRow() {
        rows().limit(0).write().parquet(table("e"));
        assertReadAsSparkInfers(table("e"), 0);
    }

    @Test
    void aTableWithoutAnyFileIsLeftToSpark() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("none"));
        assertFalse(ParquetFooters.schema(conf(), empty.toUri().toString()).isPresent());
    }
}
