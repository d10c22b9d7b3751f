package fr.ush.vigie.job;

import fr.ush.vigie.marts.AppuiMarts;
import fr.ush.vigie.marts.GridMarts;
import fr.ush.vigie.marts.RejectSummary;
import fr.ush.vigie.marts.StagingSource;
import fr.ush.vigie.marts.Thresholds;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes every mart of CONTRACT section 5 into a warehouse version, from its staging tables and rejects. Marts
 * are small (one row per site and campaign at most): one file each, in the order the mart sorted them.
 */
final class MartStage {

    private MartStage() {
    }

    /** Writes one mart as a single file, keeping the order its rows were sorted in; returns its rows. */
    static long writeOne(SparkSession spark, String name, Dataset<Row> mart, String martsDir) {
        String path = martsDir + "/" + name;
        mart.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(path);
        return spark.read().parquet(path).count();
    }

    /** @return rows per mart, in contract order */
    static Map<String, Long> write(SparkSession spark, StagingSource staging, Thresholds thresholds,
            Dataset<Row> rejets, String martsDir) {
        LinkedHashMap<String, Dataset<Row>> grid = GridMarts.compute(staging, thresholds);
        try {
            LinkedHashMap<String, Dataset<Row>> marts = new LinkedHashMap<>(grid);
            marts.putAll(AppuiMarts.compute(staging, grid.get(GridMarts.SCORES_SITES)));
            marts.put(RejectSummary.TABLE, RejectSummary.of(rejets));
            Map<String, Long> rows = new LinkedHashMap<>();
            marts.forEach((name, mart) -> rows.put(name, writeOne(spark, name, mart, martsDir)));
            return rows;
        } finally {
            GridMarts.release(grid);
        }
    }
}
