package fr.ush.vigie.job;

import fr.ush.vigie.io.ParquetFooters;
import fr.ush.vigie.marts.AppuiMarts;
import fr.ush.vigie.marts.CarriedScores;
import fr.ush.vigie.marts.GridMarts;
import fr.ush.vigie.marts.RejectSummary;
import fr.ush.vigie.marts.StagingSource;
import fr.ush.vigie.marts.Thresholds;
import fr.ush.vigie.spark.SideBySide;
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
    /** Marts written at once after {@code scores_sites}. */
    private static final int CONCURRENT_WRITES = 3;
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
     * chain of small jobs, many with one task and driver-side planning between them: one at a time, they left one
     * core of two idle for much of the stage.
     *
     * <p>{@code scores_sites} is written as its last stage leaves it, in several files: one file would put that
     * stage (a window over every site's history) in a single task. The marts on it read its Parquet, cheaper than
     * keeping it in Spark's columnar cache, whose building cost more than the write.
     *
     * @param carried      the campaigns whose assessments are the published ones
     * @param carriedMarts marts, or the rows of carried campaigns in them, taken from the published version
     * @return rows per mart, in contract order
     */
    static Map<String, Long> write(SparkSession spark, StagingSource staging, Thresholds thresholds,
            Dataset<Row> rejets, WarehouseVersion version, CarriedScores carried, CarriedMarts carriedMarts)
            throws Exception {
        String martsDir = version.uri("marts");
        Map<String, Long> rows = new LinkedHashMap<>();
        String scoresPath = martsDir + "/" + GridMarts.SCORES_SITES;
        CarriedScores scoresCarried = carriedMarts.appending() ? carried.addedOnly() : carried;
        rows.put(GridMarts.SCORES_SITES, carriedMarts.carries(GridMarts.SCORES_SITES)
                ? carriedMarts.copyInto(version, GridMarts.SCORES_SITES)
                : writeScores(spark, GridMarts.scoresSites(staging, thresholds, scoresCarried), version, carriedMarts));
        // Spark analyses a plan as it is built: a group's plans are built only when one of its marts is written,
        // not for marts carried whole (on the sample data, run again: indicators 0.6 to 0.9 s against 2.7 to 3.1 s).
        Map<String, Dataset<Row>> marts = new HashMap<>();
        boolean gridWritten = writesAny(carriedMarts, GridMarts.ON_SCORES);
        boolean appuiWritten = writesAny(carriedMarts, AppuiMarts.NAMES);
        Dataset<Row> scores = gridWritten || appuiWritten ? ParquetFooters.read(spark, scoresPath) : null;
        if (gridWritten) {
            marts.putAll(onScores(spark, scores, staging, thresholds, carried, carriedMarts));
        }
        if (appuiWritten) {
            marts.putAll(AppuiMarts.compute(staging, scores, thresholds));
        }
        marts.put(RejectSummary.TABLE, RejectSummary.of(rejets));
        List<String> order = new ArrayList<>(LONGEST_FIRST);
        MART_NAMES.stream().filter(name -> !order.contains(name)).forEach(order::add);
        SideBySide<String, Long> writes = new SideBySide<>(spark, CONCURRENT_WRITES);
        for (String name : order) {
            Dataset<Row> mart = marts.get(name);
            writes.add(name, name, List.of(), carriedMarts.carries(name)
                    ? () -> carriedMarts.copyInto(version, name)
                    : () -> writeOne(spark, name, mart, martsDir));
        }
        Map<String, Long> written = writes.run();
        MART_NAMES.forEach(name -> rows.put(name, written.get(name)));
        return rows;
    }

    private static boolean writesAny(CarriedMarts carriedMarts, List<String> marts) {
        return !marts.stream().allMatch(carriedMarts::carries);
    }

    /**
     * Writes {@code scores_sites}; when the run only appends campaigns, the published rows stay as they are and
     * the added campaigns' rows ({@code scoresSites} then holds only them) go beside them, in files of their own.
     * Returns its rows.
     */
    private static long writeScores(SparkSession spark, Dataset<Row> scoresSites, WarehouseVersion version,
            CarriedMarts carriedMarts) throws Exception {
        String path = version.uri("marts/" + GridMarts.SCORES_SITES);
        if (!carriedMarts.appending()) {
            return written(spark, scoresSites, path);
        }
        version.copyFrom(carriedMarts.from(), "marts/" + GridMarts.SCORES_SITES);
        scoresSites.write().mode(SaveMode.Append).parquet(path);
        return ParquetFooters.rows(spark.sparkContext().hadoopConfiguration(), path);
    }

    /**
     * The marts built on {@code scores_sites} alone ({@link GridMarts#ON_SCORES}); when the run only appends
     * campaigns, computed on the added campaigns and put after their published rows (which keeps each mart's
     * order: the added campaigns come after every published one).
     */
    private static Map<String, Dataset<Row>> onScores(SparkSession spark, Dataset<Row> scores,
            StagingSource staging, Thresholds thresholds, CarriedScores carried, CarriedMarts carriedMarts) {
        if (!carriedMarts.appending()) {
            return GridMarts.onScores(scores, staging, thresholds);
        }
        Map<String, Dataset<Row>> marts = GridMarts.onScores(carried.notCarried(scores), staging, thresholds);
        marts.replaceAll((name, added) -> ParquetFooters.read(spark, carriedMarts.published(name))
                .unionByName(added));
        return marts;
    }
}
