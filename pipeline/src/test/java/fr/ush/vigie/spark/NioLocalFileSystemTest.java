package fr.ush.vigie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {
    private static final SparkSession SPARK = TestSpark.session();

    @TempDir
    Path dir;

    @Test
    void sparkWritesLocalFilesThroughIt() throws IOException {
        FileSystem local = FileSystem.get(dir.toUri(), SPARK.sparkContext().hadoopConfiguration());
        assertInstanceOf(NioLocalFileSystem.class, local);

        String table = dir.resolve("table").toUri().toString();
        SPARK.createDataset(List.of("a", "b"), org.apache.spark.sql.Encoders.STRING()).write().parquet(table);
        assertEquals(List.of("a", "b"), SPARK.read().parquet(table).orderBy("value").as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList());
        try (var files = Files.list(dir.resolve("table"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet")));
        }
    }

    @Test
    void setsTheModeHadoopAsksFor() throws IOException {
        FileSystem local = FileSystem.get(dir.toUri(), SPARK.sparkContext().hadoopConfiguration());
        Path file = Files.createFile(dir.resolve("f"));
        local.setPermission(new org.apache.hadoop.fs.Path(file.toUri()), new FsPermission((short) 0640));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(dir.resolve("d").toUri());
        local.mkdirs(folder, new FsPermission((short) 0750));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("d"))));
    }

    @Test
    void aMissingFileIsAnError() {
        assertThrows(IOException.class, () -> FileSystem.get(dir.toUri(), SPARK.sparkContext().hadoopConfiguration())
                .setPermission(new org.apache.hadoop.fs.Path(dir.resolve("absent").toUri()),
                        new FsPermission((short) 0644)));
    }
}
