package fr.ush.vigie.ingest.input;

import fr.ush.vigie.ingest.read.InputStreamOpener;
import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.apache.hadoop.fs.Path;

/**
 * One input file, opened through Hadoop's FileSystem API so that the same code reads file://, hdfs:// and
 * s3a:// inputs, on the driver or on an executor.
 *
 * @param source  its kind
 * @param fichier its path relative to the input folder, with {@code /} (as reported in rejects)
 * @param uri     its full URI
 * @param conf    the Hadoop configuration to open it with
 */
public record InputFile(Source source, String fichier, String uri, SerializableHadoopConf conf)
        implements Serializable {

    public InputStreamOpener opener() {
        String location = uri;
        SerializableHadoopConf configuration = conf;
        return () -> open(location, configuration);
    }

    private static InputStream open(String location, SerializableHadoopConf configuration) throws IOException {
        Path path = new Path(location);
        return path.getFileSystem(configuration.get()).open(path);
    }
}
