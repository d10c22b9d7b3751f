package fr.ush.vigie.warehouse;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.io.TempDir;

/** The Hadoop {@code FileSystem} store on a {@code file:} URI, forced: what runs on HDFS, without a cluster. */
class LocalFileSystemApiWarehouseTest extends FileSystemApiWarehouseContract {
    @TempDir
    Path temp;

    @Override
    String newWarehouseUri() {
        return "file://" + temp.toAbsolutePath().resolve("entrepot");
    }

    @Override
    Configuration hadoopConf() {
        return new Configuration();
    }
}
