package fr.ush.vigie.ingest;

import fr.ush.vigie.ingest.input.FileInspection;
import fr.ush.vigie.ingest.input.FileInspection.Inspected;
import fr.ush.vigie.ingest.input.InputCatalog;
import fr.ush.vigie.ingest.input.InputFile;
import fr.ush.vigie.ingest.read.InputFileException;
import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;

/** The input files with their SHA-256, every header checked: what the validation may read. */
public final class InputInventory {
    /** Optional threshold overrides (reference.md section 4), relative to the input folder. */
    public static final String SEUILS = "reference/seuils.properties";

    private final List<InputFile> files;
    private final List<String> ignored;
    private final Map<String, String> sha256ByFichier;
    private final Optional<String> seuils;

    private InputInventory(List<InputFile> files, List<String> ignored, Map<String, String> sha256ByFichier,
            Optional<String> seuils) {
        this.files = List.copyOf(files);
        this.ignored = List.copyOf(ignored);
        this.sha256ByFichier = Map.copyOf(sha256ByFichier);
        this.seuils = seuils;
    }

    /**
     * Lists and inspects the input folder.
     *
     * @throws InputFileException naming every unusable file (missing, undecodable, header lacking columns)
     */
    public static InputInventory take(SparkSession spark, String inputDir) throws InputFileException {
        InputCatalog catalog = InputCatalog.list(inputDir, spark.sparkContext().hadoopConfiguration());
        List<Inspected> inspected = FileInspection.inspect(spark, catalog.files());
        List<Inspected> fatal = inspected.stream().filter(i -> i.fatal() != null)
                .sorted(Comparator.comparing(i -> i.file().fichier())).toList();
        if (!fatal.isEmpty()) {
            String message = fatal.stream().map(Inspected::fatal).collect(Collectors.joining("\n"));
            throw new InputFileException(fatal.get(0).file().fichier(),
                    fatal.size() == 1 ? stripFile(fatal.get(0)) : "fichiers inutilisables :\n" + message);
        }
        return new InputInventory(catalog.files(), catalog.ignored(), inspected.stream()
                .collect(Collectors.toMap(i -> i.file().fichier(), Inspected::sha256, (a, b) -> a)),
                readSeuils(inputDir, spark.sparkContext().hadoopConfiguration()));
    }

    /** An inventory of already inspected files (tests, plans). */
    static InputInventory of(List<InputFile> files, Map<String, String> sha256ByFichier) {
        return new InputInventory(files, List.of(), sha256ByFichier, Optional.empty());
    }

    private static Optional<String> readSeuils(String inputDir, Configuration conf) throws InputFileException {
        Path path = new Path(new Path(inputDir), SEUILS);
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.isFile(path)) {
                return Optional.empty();
            }
            try (InputStream in = fs.open(path)) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new InputFileException(SEUILS, "lecture impossible (" + e.getMessage() + ")", e);
        }
    }

    private static String stripFile(Inspected inspected) {
        String prefix = inspected.file().fichier() + " : ";
        String message = inspected.fatal();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    public List<InputFile> files() {
        return files;
    }

    /** Files found where inputs are expected but not read: their format is not one Vigie reads. */
    public List<String> ignored() {
        return ignored;
    }

    public List<InputFile> files(Source source) {
        return files.stream().filter(f -> f.source() == source).toList();
    }

    /** The text of {@link #SEUILS}, when the input folder has one. */
    public Optional<String> seuils() {
        return seuils;
    }

    public String sha256(String fichier) {
        return sha256ByFichier.get(fichier);
    }
}
