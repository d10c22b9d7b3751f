package fr.ush.vigie.ingest.input;

import fr.ush.vigie.ingest.read.InputFileException;
import fr.ush.vigie.model.Source;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * The files of an input folder (reference.md section 2): one file per reference and pôle d'appui source, any
 * number of .csv and .xlsx files under {@code autodiagnostics/}, in the lexicographic order of their relative
 * path (the order that decides which duplicate is kept).
 */
public final class InputCatalog {
    private final List<InputFile> files;
    private final List<String> ignored;

    private InputCatalog(List<InputFile> files, List<String> ignored) {
        this.files = List.copyOf(files);
        this.ignored = List.copyOf(ignored);
    }

    /** Files under {@code autodiagnostics/} that are neither .csv nor .xlsx (an old .xls, a note…). */
    public List<String> ignored() {
        return ignored;
    }

    public List<InputFile> files() {
        return files;
    }

    /** Lists the input folder; a missing file or folder is a fatal input error. */
    public static InputCatalog list(String inputDir, Configuration hadoopConf) throws InputFileException {
        Path root = new Path(inputDir);
        SerializableHadoopConf conf = new SerializableHadoopConf(hadoopConf);
        try {
            FileSystem fs = root.getFileSystem(hadoopConf);
            if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
                throw new InputFileException(inputDir, "dossier d'entrée introuvable");
            }
            Path qualifiedRoot = fs.makeQualified(root);
            List<InputFile> found = new ArrayList<>();
            List<String> ignored = new ArrayList<>();
            for (Source source : Source.values()) {
                Path path = new Path(qualifiedRoot, source.path());
                if (source.singleFile()) {
                    if (!fs.isFile(path)) {
                        throw new InputFileException(source.path(), "fichier manquant (attendu dans " + inputDir + ")");
                    }
                    found.add(new InputFile(source, source.path(), path.toString(), conf));
                } else {
                    found.addAll(listTree(fs, qualifiedRoot, path, source, conf, ignored));
                }
            }
            return new InputCatalog(found, ignored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<InputFile> listTree(FileSystem fs, Path root, Path dir, Source source,
            SerializableHadoopConf conf, List<String> ignored) throws IOException, InputFileException {
        if (!fs.exists(dir)) {
            throw new InputFileException(source.path() + "/", "dossier manquant");
        }
        List<InputFile> found = new ArrayList<>();
        String rootPrefix = root.toUri().getPath().replaceAll("/+$", "") + "/";
        try {
            for (Path path : filesUnder(fs, dir)) {
                String relative = path.toUri().getPath().substring(rootPrefix.length());
                if (isDataFile(path.getName())) {
                    found.add(new InputFile(source, relative, path.toString(), conf));
                } else if (!isHidden(path.getName())) {
                    ignored.add(relative);
                }
            }
        } catch (FileNotFoundException e) {
            throw new InputFileException(source.path() + "/", "dossier illisible : " + e.getMessage());
        }
        found.sort(Comparator.comparing(InputFile::fichier));
        ignored.sort(Comparator.naturalOrder());
        return found;
    }

    /**
     * The files under {@code dir}, at any depth. Not {@code FileSystem.listFiles}: on the local file system its
     * located statuses ask for each file's permissions, which Hadoop without its native library does by
     * forking {@code ls} once per file; a plain listing asks for names and kinds only.
     */
    private static List<Path> filesUnder(FileSystem fs, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        Deque<Path> pending = new ArrayDeque<>(List.of(dir));
        while (!pending.isEmpty()) {
            for (FileStatus status : fs.listStatus(pending.pop())) {
                if (status.isDirectory()) {
                    pending.push(status.getPath());
                } else {
                    files.add(status.getPath());
                }
            }
        }
        return files;
    }

    /** CSV and workbooks only; hidden files and office lock files ({@code ~$x.xlsx}) are not inputs. */
    static boolean isDataFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !isHidden(name) && (lower.endsWith(".csv") || lower.endsWith(".xlsx"));
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".") || name.startsWith("_") || name.startsWith("~$");
    }
}
