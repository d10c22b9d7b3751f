package fr.ush.vigie.generate;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes room for a new dataset: removes what an earlier run of the generator wrote (so that a run with
 * fewer campaigns or organismes leaves no stale file), and nothing else: a {@code seuils.properties}, a
 * README or files of other names are kept.
 */
final class OutputFolder {
    private static final Pattern CAMPAIGN_FOLDER = Pattern.compile("\\d{4}-S[12]");
    private static final Pattern GENERATED_FILE = Pattern.compile("ORG\\d+\\.(csv|xlsx)");

    private OutputFolder() {
    }

    static void prepare(Path out) throws IOException {
        Files.createDirectories(out);
        for (Source source : Source.values()) {
            if (source.singleFile()) {
                Files.deleteIfExists(out.resolve(source.path()));
            }
        }
        Path autodiagnostics = out.resolve(Source.AUTODIAGNOSTICS.path());
        if (!Files.isDirectory(autodiagnostics)) {
            return;
        }
        for (Path campaign : list(autodiagnostics)) {
            if (Files.isDirectory(campaign) && CAMPAIGN_FOLDER.matcher(campaign.getFileName().toString()).matches()) {
                for (Path file : list(campaign)) {
                    if (GENERATED_FILE.matcher(file.getFileName().toString()).matches()) {
                        Files.delete(file);
                    }
                }
                if (list(campaign).isEmpty()) {
                    Files.delete(campaign);
                }
            }
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }
}
