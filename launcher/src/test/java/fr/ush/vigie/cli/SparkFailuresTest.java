package fr.ush.vigie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.io.Trees;
import fr.ush.vigie.spark.TestSpark;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Spark failure on a warehouse file, and a failure that is not Spark's. */
class SparkFailuresTest {
    @TempDir
    Path tmp;

    @Test
    void aFileDeletedUnderAReaderIsNamedWithItsTableAndVersion() throws Exception {
        Path table = tmp.resolve("entrepot/_versions/20261207T000000Z-0a0b0c/marts/scores_sites");
        TestSpark.session().range(3).coalesce(1).write().parquet(table.toString());
        Dataset<Row> reader = TestSpark.session().read().parquet(table.toString());
        reader.queryExecution().executedPlan();
        Trees.deleteRecursively(table);

        Exception failure = assertThrows(Exception.class, reader::collectAsList);
        List<String> lines = SparkFailures.describe(failure).orElseThrow();

        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains(table.toString()), lines.get(0));
        assertTrue(lines.get(0).contains("scores_sites de la version 20261207T000000Z-0a0b0c"), lines.get(0));
    }

    @Test
    void aFailureOutsideSparkIsNotOne() {
        assertEquals(Optional.empty(), SparkFailures.describe(new IllegalStateException("autre")));
    }
}
