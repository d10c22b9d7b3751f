package fr.ush.vigie.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The warehouse on a real HDFS (a name node and a data node in this JVM), through the {@code hdfs://} URI. */
class HdfsWarehouseTest extends FileSystemApiWarehouseContract {
    private static final AtomicInteger WAREHOUSES = new AtomicInteger();
    private static Path base;
    private static MiniDFSCluster cluster;

    @BeforeAll
    static void startHdfs() throws IOException {
        base = Files.createTempDirectory("vigie-hdfs");
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
        cluster = new MiniDFSCluster.Builder(conf, base.toFile()).numDataNodes(1).build();
        cluster.waitActive();
    }

    @AfterAll
    static void stopHdfs() throws IOException {
        if (cluster != null) {
            cluster.shutdown(true);
        }
        fr.ush.vigie.io.Trees.deleteRecursively(base);
    }

    @Override
    String newWarehouseUri() {
        return cluster.getURI() + "/vigie/entrepot-" + WAREHOUSES.incrementAndGet();
    }

    @Override
    Configuration hadoopConf() {
        return cluster.getConfiguration(0);
    }
}
