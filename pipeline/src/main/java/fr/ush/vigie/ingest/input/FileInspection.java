package fr.ush.vigie.ingest.input;

import fr.ush.vigie.ingest.read.CloseableRecordIterator;
import fr.ush.vigie.ingest.read.InputFileException;
import fr.ush.vigie.ingest.read.InputFileReader;
import fr.ush.vigie.warehouse.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The first look at every input file, run on the executors: its SHA-256 (for the run ledger) and its header
 * (a missing column or an undecodable file is fatal, before any row is validated).
 */
public final class FileInspection {

    /**
     * @param file   the file
     * @param sha256 lowercase hex digest of its bytes
     * @param fatal  null, or why the file cannot be used (message naming the file)
     */
    public record Inspected(InputFile file, String sha256, String fatal) implements Serializable {
    }

    private FileInspection() {
    }

    public static List<Inspected> inspect(SparkSession spark, List<InputFile> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        int slices = Math.min(files.size(), Math.max(1, spark.sparkContext().defaultParallelism() * 4));
        return JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(files, slices)
                .map(FileInspection::inspect)
                .collect();
    }

    static Inspected inspect(InputFile file) {
        String sha256 = sha256(file);
        try (CloseableRecordIterator records = InputFileReader.open(file.source(), file.fichier(), file.opener())) {
            return new Inspected(file, sha256, null);
        } catch (InputFileException e) {
            return new Inspected(file, sha256, e.getMessage());
        } catch (IOException e) {
            return new Inspected(file, sha256, file.fichier() + " : lecture impossible (" + e.getMessage() + ")");
        }
    }

    private static String sha256(InputFile file) {
        try (InputStream in = file.opener().open()) {
            return Sha256.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file.fichier() + " : lecture impossible", e);
        }
    }
}
