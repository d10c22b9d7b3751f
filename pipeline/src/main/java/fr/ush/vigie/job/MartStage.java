package fr.ush.vigie.job;

import fr.ush.vigie.io.ParquetFooters;
import fr.ush.vigie.marts.AppuiMarts;
import fr.ush.vigie.marts.CarriedScores;
import fr.ush.vigie.marts.GridMarts;
import fr.ush.vigie.marts.RejectSummary;
import fr.ush.vigie.marts.StagingSource;
import fr.ush.vigie.marts.Thresholds;
import fr.ush.vigie.spark.SideBySide;
import fr.ush.vigie.spark.SparkSessions;
import fr.ush.vigie.warehouse.WarehouseVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes every mart of reference.md section 5 into a warehouse version, from its staging tables and rejects. Marts
 * are small (one row per site and campaign at most): one file each, in the order the mart sorted them, but
 * {@code scores_sites} (see {@link #write}).
 */
final class MartStage {
    /**
     * The marts that take longest, started first so that the short ones fill the cores around them rather than
     * one of them running alone at the end: the difference-in-differences reads every campaign's scores, even
     * when a run only adds a campaign.
     */
    private static final List<String> LONGEST_FIRST = List.of(AppuiMarts.EFFICACITE_PRESTATAIRES,
            GridMarts.TENDANCES_TERRITOIRES, GridMarts.VEILLE_SITES);
    /** The marts written after {@code scores_sites}, in contract order. */
    private static final List<String> MART_NAMES = Stream.of(GridMarts.ON_SCORES, AppuiMarts.NAMES,
            List.of(RejectSummary.TABLE)).flatMap(List::stream).toList();

    private MartStage() {
    }

    /** Writes one mart as a single file, keeping the order its rows were sorted in; returns its rows. */
    static long writeOne(SparkSession spark, String name, Dataset<Row> mart, String martsDir) {
        return written(spark, mart.coalesce(1), martsDir + "/" + name);
    }

    private static long written(SparkSession spark, Dataset<Row> mart, String path) {
        mart.write().mode(SaveMode.ErrorIfExists).parquet(path);
        return ParquetFooters.rows(spark.sparkContext().hadoopConfiguration(), path);
    }

    /**
     * Writes {@code scores_sites} first, then the marts built on what was written, side by side. Each mart is a
     * chain of small jobs, many with one task and driver-side planning between them: side by side, they keep every
     * core busy.
     *
     * <p>{@code scores_sites} is written as its last stage leaves it, in several files: one file would put that
     * stage (a window over every site's history) in a single task. The marts on it read its Parquet, cheaper than
     * keeping it in Spark's columnar cache.
     *
     * @param carried the campaigns whose assessments are the published ones
     * @return rows per mart, in contract order
     */
    static Map<String, Long> write(SparkSession spark, StagingSource staging, Thresholds thresholds,
            Dataset<Row> rejets, WarehouseVersion version, CarriedScores carried) throws Exception {
        String martsDir = version.uri("marts");
        Map<String, Long> rows = new LinkedHashMap<>();
        String scoresPath = martsDir + "/" + GridMarts.SCORES_SITES;
        rows.put(GridMarts.SCORES_SITES, written(spark, GridMarts.scoresSites(staging, thresholds, carried),
                scoresPath));
        Dataset<Row> scores = ParquetFooters.read(spark, scoresPath);
        Map<String, Dataset<Row>> marts = new HashMap<>(GridMarts.onScores(scores, staging, thresholds));
        marts.putAll(AppuiMarts.compute(staging, scores, thresholds));
        marts.put(RejectSummary.TABLE, RejectSummary.of(rejets));
        List<String> order = new ArrayList<>(LONGEST_FIRST);
        MART_NAMES.stream().filter(name -> !order.contains(name)).forEach(order::add);
        SideBySide<String, Long> writes = new SideBySide<>(spark, SparkSessions.sideBySide(spark));
        for (String name : order) {
            writes.add(name, name, List.of(), () -> writeOne(spark, name, marts.get(name), martsDir));
        }
        Map<String, Long> written = writes.run();
        MART_NAMES.forEach(name -> rows.put(name, written.get(name)));
        return rows;
    }
}
