package fr.ush.vigie.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ush.vigie.fixtures.FixtureWarehouse;
import fr.ush.vigie.fixtures.TestHdfs;
import fr.ush.vigie.spark.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * {@code run}, {@code sql} and {@code compute} with the warehouse on HDFS: the published version is found through
 * {@code _current}, and its marts are those of the same input's run on the local disk.
 */
class HdfsJobTest {
    private static final SparkSession SPARK = TestSpark.session();

    @Test
    void runSqlAndComputeWorkOnAnHdfsWarehouse() throws Exception {
        FixtureWarehouse local = FixtureWarehouse.get();
        String hdfs = TestHdfs.newFolder("entrepot");
        String[] reportsFrom = new String[1];
        String runId = job().run(RunConfig.run(local.input().toString(), hdfs, local.reports().toString(),
                Optional.empty(), 1.0), warehouse -> {
                    reportsFrom[0] = warehouse;
                    return 0;
                });
        assertEquals(hdfs, reportsFrom[0], "the reports are given the warehouse's URI");
        assertEquals("_versions/" + runId + "\n", read(hdfs + "/_current"));

        List<String> views = new SqlQuery(SPARK).registerViews(hdfs);
        assertEquals(new SqlQuery(SPARK).registerViews(local.root().toString()), views, "the same tables");
        new SqlQuery(SPARK).registerViews(hdfs);
        List<String> marts = names(local.root().resolve("marts"));
        for (String mart : marts) {
            assertEquals(sortedRows(SPARK.read().parquet(local.root().resolve("marts").resolve(mart).toString())),
                    sortedRows(SPARK.table(mart)), mart);
        }

        String computed = job().compute(hdfs);
        assertEquals("_versions/" + computed + "\n", read(hdfs + "/_current"));
        new SqlQuery(SPARK).registerViews(hdfs);
        for (String mart : marts) {
            assertEquals(sortedRows(SPARK.read().parquet(local.root().resolve("marts").resolve(mart).toString())),
                    sortedRows(SPARK.table(mart)), mart + " recomputed");
        }
        assertEquals(List.of(computed), hdfsNames(hdfs + "/_versions"), "the previous version is deleted");
    }

    private static VigieJob job() {
        return new VigieJob(SPARK, new StageLog(new PrintStream(new ByteArrayOutputStream()), false), "test");
    }

    private static List<String> sortedRows(Dataset<Row> table) {
        return table.collectAsList().stream().map(Row::toString).sorted().toList();
    }

    private static List<String> names(java.nio.file.Path dir) throws Exception {
        try (Stream<java.nio.file.Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> hdfsNames(String dir) throws Exception {
        FileSystem fs = FileSystem.get(URI.create(dir), TestHdfs.conf());
        return Arrays.stream(fs.listStatus(new Path(dir))).map(s -> s.getPath().getName()).sorted().toList();
    }

    private static String read(String file) throws Exception {
        FileSystem fs = FileSystem.get(URI.create(file), TestHdfs.conf());
        try (InputStream in = fs.open(new Path(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
