package fr.ush.vigie.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveComparator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * What the footers of a Parquet table written by Spark (a warehouse table) say, read on the driver: the schema
 * Spark wrote in them and the number of rows. Spark itself learns a table's schema, and counts its rows, with a
 * job each: a scheduling round paid in turn by every table a run reads or writes.
 */
public final class ParquetFooters {
    /** Where Spark writes the schema of the rows in a Parquet file's metadata. */
    private static final String SPARK_SCHEMA = "org.apache.spark.sql.parquet.row.metadata";

    private ParquetFooters() {
    }

    /**
     * The table, read with the schema its files hold (partition columns are found from the folders, as Spark
     * does); a table without such a file (none written) is left to Spark's own inference.
     */
    public static Dataset<Row> read(SparkSession spark, String table) {
        Optional<StructType> schema = schema(spark.sparkContext().hadoopConfiguration(), table);
        return schema.isPresent() ? spark.read().schema(schema.get()).parquet(table) : spark.read().parquet(table);
    }

    /** The schema of the data columns (not the partition ones) Spark wrote in the table's first file, if any. */
    public static Optional<StructType> schema(Configuration conf, String table) {
        List<Path> files = dataFiles(conf, table);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        String json = footer(conf, files.get(0)).getFileMetaData().getKeyValueMetaData().get(SPARK_SCHEMA);
        return json == null ? Optional.empty() : Optional.of((StructType) DataType.fromJson(json));
    }

    /** The rows of every file of the table. */
    public static long rows(Configuration conf, String table) {
        long rows = 0;
        for (Path file : dataFiles(conf, table)) {
            for (BlockMetaData block : footer(conf, file).getBlocks()) {
                rows += block.getRowCount();
            }
        }
        return rows;
    }

    /**
     * The table's data files in path order, in partition folders too, leaving out what Spark leaves out: names
     * beginning with {@code _} or {@code .} (job markers, checksums, temporary folders).
     */
    static List<Path> dataFiles(Configuration conf, String table) {
        try {
            Path root = new Path(table);
            List<Path> files = new ArrayList<>();
            collect(root.getFileSystem(conf), root, files);
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("table " + table + " : " + e.getMessage(), e);
        }
    }

    private static void collect(FileSystem fs, Path dir, List<Path> files) throws IOException {
        for (FileStatus status : fs.listStatus(dir)) {
            String name = status.getPath().getName();
            if (name.startsWith("_") || name.startsWith(".")) {
                continue;
            }
            if (status.isDirectory()) {
                collect(fs, status.getPath(), files);
            } else {
                files.add(status.getPath());
            }
        }
    }

    private static ParquetMetadata footer(Configuration conf, Path file) {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
            return reader.getFooter();
        } catch (IOException e) {
            throw new UncheckedIOException(file + " : pied de fichier Parquet illisible (" + e.getMessage() + ")", e);
        }
    }
}
