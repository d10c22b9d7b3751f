package fr.ush.vigie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {
    private static final SparkSession SPARK = TestSpark.session();

    @TempDir
    Path dir;

    /**
     * Spark's Hadoop configuration names it for {@code file:} URIs. Which instance a write gets is Hadoop's
     * process-wide cache's business: the first one created wins, and in a test JVM another test may have created
     * the stock one before any SparkSession (the command line creates its session first).
     */
    @Test
    void sparkNamesItForLocalFiles() throws IOException {
        try (FileSystem local = local()) {
            assertInstanceOf(NioLocalFileSystem.class, local);
            try (var out = local.create(new org.apache.hadoop.fs.Path(dir.resolve("sous/fichier").toUri()))) {
                out.writeBytes("a");
            }
        }
        assertEquals(1, Files.size(dir.resolve("sous/fichier")));
        assertTrue(Files.exists(dir.resolve("sous/.fichier.crc")), "checksums as the stock local file system");
    }

    @Test
    void setsTheModeHadoopAsksFor() throws IOException {
        Path file = Files.createFile(dir.resolve("f"));
        try (FileSystem local = local()) {
            local.setPermission(new org.apache.hadoop.fs.Path(file.toUri()), new FsPermission((short) 0640));
            local.mkdirs(new org.apache.hadoop.fs.Path(dir.resolve("d").toUri()), new FsPermission((short) 0750));
        }
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("d"))));
    }

    @Test
    void theStickyBitIsSetAsHadoopSetsIt() throws IOException {
        Path shared = Files.createDirectory(dir.resolve("partage"));
        try (FileSystem local = local()) {
            local.setPermission(new org.apache.hadoop.fs.Path(shared.toUri()), new FsPermission((short) 01777));
        }
        assertEquals(01777, (int) Files.getAttribute(shared, "unix:mode") & 07777);
    }

    @Test
    void aMissingFileIsAnError() throws IOException {
        try (FileSystem local = local()) {
            org.apache.hadoop.fs.Path absent = new org.apache.hadoop.fs.Path(dir.resolve("absent").toUri());
            assertThrows(IOException.class, () -> local.setPermission(absent, new FsPermission((short) 0644)));
        }
    }

    /** A new instance from Spark's Hadoop configuration, not the process-wide cached one. */
    private FileSystem local() throws IOException {
        return FileSystem.newInstance(dir.toUri(), SPARK.sparkContext().hadoopConfiguration());
    }
}
