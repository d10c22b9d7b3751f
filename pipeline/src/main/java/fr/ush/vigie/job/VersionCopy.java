package fr.ush.vigie.job;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Carries tables of the published version into a new one. Parquet files are never modified once written, so a
 * hard link is as good as a copy and costs nothing; where links are refused (another disk), files are copied.
 */
final class VersionCopy {

    private VersionCopy() {
    }

    static void linkTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.toList();
        }
        for (Path source : paths) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                try {
                    Files.createLink(target, source);
                } catch (UnsupportedOperationException | FileSystemException e) {
                    Files.copy(source, target);
                }
            }
        }
    }
}
