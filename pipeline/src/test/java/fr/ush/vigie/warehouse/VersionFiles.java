package fr.ush.vigie.warehouse;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test versions that can be checked for completeness: every file holds its run id and name, and a manifest,
 * written last, lists them all.
 */
final class VersionFiles {
    static final String MANIFEST = "marts/_manifest";

    private VersionFiles() {
    }

    /** Writes {@code perFolder} files in each of staging/, marts/ and rejets/, sleeping between files. */
    static void write(Path version, String runId, int perFolder, long sleepMillis)
            throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < perFolder; i++) {
            for (String name : List.of("staging/sites/part-" + i, "marts/scores_sites/part-" + i, "rejets/part-" + i)) {
                Path file = version.resolve(name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, content(runId, name));
                names.add(name);
            }
            if (sleepMillis > 0) {
                Thread.sleep(sleepMillis);
            }
        }
        Files.writeString(version.resolve(MANIFEST), runId + "\n" + String.join("\n", names) + "\n");
    }

    /**
     * Checks, through the contract paths, that the published version is whole: the manifest's run is the
     * published one, every listed file holds what it should, and nothing else is there. Returns the run id.
     */
    static String verifyPublished(Warehouse warehouse, int perFolder) throws IOException {
        Path root = warehouse.root();
        List<String> lines = Files.readAllLines(root.resolve(MANIFEST), UTF_8);
        String runId = lines.get(0);
        if (!warehouse.publishedRunId().orElseThrow().equals(runId)) {
            throw new AssertionError("manifest of " + runId + " but " + warehouse.publishedRunId() + " published");
        }
        List<String> listed = lines.subList(1, lines.size());
        if (listed.size() != 3 * perFolder) {
            throw new AssertionError("manifest of " + runId + " lists " + listed.size() + " files");
        }
        for (String name : listed) {
            String actual = Files.readString(root.resolve(name), UTF_8);
            if (!actual.equals(content(runId, name))) {
                throw new AssertionError(name + " holds « " + actual + " », not the content of " + runId);
            }
        }
        List<String> present = new ArrayList<>();
        for (String dir : List.of("staging", "marts", "rejets")) {
            Path real = root.resolve(dir).toRealPath();
            try (Stream<Path> files = Files.walk(real)) {
                files.filter(Files::isRegularFile)
                        .forEach(f -> present.add(dir + "/" + real.relativize(f).toString().replace('\\', '/')));
            }
        }
        present.remove(MANIFEST);
        if (!new HashSet<>(present).equals(new HashSet<>(listed))) {
            throw new AssertionError("published files " + present + " differ from the manifest " + listed);
        }
        return runId;
    }

    private static String content(String runId, String name) {
        return runId + ":" + name;
    }
}
