package fr.ush.vigie.reports;

import fr.ush.vigie.io.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The reports folder, replaced as a whole: a generation writes a copy beside it and swaps it in with renames, so
 * that a failure leaves the previous reports as they were.
 */
final class ReportFolder implements AutoCloseable {
    private final Path target;
    private final Path work;
    private boolean committed;

    /** Starts a new version of {@code target}, holding what it holds now. */
    ReportFolder(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.work = parent.resolve("." + this.target.getFileName() + ".tmp-" + UUID.randomUUID());
        if (Files.isDirectory(this.target)) {
            copy(this.target, work);
        } else {
            Files.createDirectories(work);
        }
    }

    Path root() {
        return work;
    }

    void write(Path relative, String text) throws IOException {
        Path file = work.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    void write(Path relative, byte[] bytes) throws IOException {
        Path file = work.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    void delete(Path relative) throws IOException {
        Trees.deleteRecursively(work.resolve(relative));
    }

    /** Swaps the new version in: the old one is renamed away, then deleted. */
    void commit() throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
        boolean hadOld = Files.exists(target);
        if (hadOld) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (hadOld) {
            Trees.deleteRecursively(old);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            Trees.deleteRecursively(work);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(p -> {
                try {
                    Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

}
