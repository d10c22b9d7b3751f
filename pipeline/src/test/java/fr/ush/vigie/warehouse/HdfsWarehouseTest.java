package fr.ush.vigie.warehouse;

import fr.ush.vigie.fixtures.TestHdfs;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;

/** The warehouse on a real HDFS (a name node and a data node in this JVM), through the {@code hdfs://} URI. */
class HdfsWarehouseTest extends FileSystemApiWarehouseContract {

    @Override
    String newWarehouseUri() throws IOException {
        return TestHdfs.newFolder("entrepot");
    }

    @Override
    Configuration hadoopConf() {
        try {
            return TestHdfs.conf();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
