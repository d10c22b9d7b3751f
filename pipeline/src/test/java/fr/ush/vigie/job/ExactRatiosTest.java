package fr.ush.vigie.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.ush.vigie.marts.AppuiMarts;
import fr.ush.vigie.marts.GridMarts;
import fr.ush.vigie.spark.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the sample data: every column the contract defines as the ratio of two columns of the same mart equals that
 * ratio of the published columns, rounded half away from zero to 4 decimals (null over a zero denominator).
 */
class ExactRatiosTest {
    private static final SparkSession SPARK = TestSpark.session();
    private static final Path SAMPLE_DATA = Path.of("..", "sample-data");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void runOnSampleData() throws Exception {
        assumeTrue(Files.isDirectory(SAMPLE_DATA.resolve("reference")), "no sample-data next to the module");
        VigieJob job = new VigieJob(SPARK, new StageLog(new PrintStream(new ByteArrayOutputStream()), false), "test");
        job.run(RunConfig.run(SAMPLE_DATA.toString(), tmp.resolve("warehouse").toString(),
                tmp.resolve("reports").toString(), Optional.empty(), 0.05), published -> 0);
    }

    private static List<Row> mart(String name) {
        return SPARK.read().parquet(tmp.resolve("warehouse").resolve("marts").resolve(name).toString())
                .collectAsList();
    }

    @Test
    void extensionRateIsExtendedMissionsOverMissions() {
        for (String name : List.of(AppuiMarts.APPUI_MISSIONS, AppuiMarts.APPUI_MISSIONS_TERRITOIRES)) {
            List<Row> rows = mart(name);
            assertTrue(!rows.isEmpty(), name);
            for (Row row : rows) {
                assertRatio(row, "taux_prolongation", r -> count(r, "nb_prolongees"), r -> count(r, "nb_missions"),
                        name);
            }
        }
    }

    @Test
    void implementationRateIsImplementedOverMadeRecommendations() {
        for (String name : List.of(AppuiMarts.APPUI_MISSIONS, AppuiMarts.APPUI_MISSIONS_TERRITOIRES)) {
            for (Row row : mart(name)) {
                assertRatio(row, "taux_mise_en_oeuvre", r -> count(r, "nb_preconisations_mises_en_oeuvre"),
                        r -> count(r, "nb_preconisations"), name);
            }
        }
    }

    @Test
    void complexShareIsComplexSitesOverEvaluatedSites() {
        List<Row> rows = mart(GridMarts.TENDANCES_TERRITOIRES);
        assertTrue(!rows.isEmpty());
        for (Row row : rows) {
            assertRatio(row, "part_situation_complexe",
                    r -> count(r, "nb_a_risque") + count(r, "nb_chronique") + count(r, "nb_urgence_crise"),
                    r -> count(r, "nb_sites_evalues"), GridMarts.TENDANCES_TERRITOIRES);
        }
    }

    private static long count(Row row, String column) {
        return ((Number) row.getAs(column)).longValue();
    }

    private static void assertRatio(Row row, String column, ToLongFunction<Row> numerator,
            ToLongFunction<Row> denominator, String mart) {
        long num = numerator.applyAsLong(row);
        long den = denominator.applyAsLong(row);
        Object published = row.getAs(column);
        if (den == 0) {
            assertEquals(null, published, mart + " " + row);
            return;
        }
        BigDecimal expected = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 4, RoundingMode.HALF_UP);
        assertEquals(0, expected.compareTo(new BigDecimal(published.toString())),
                mart + " " + column + " = " + published + ", " + num + " / " + den + " = " + expected + " : " + row);
    }
}
