package fr.ush.vigie.warehouse;

import fr.ush.vigie.io.Trees;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link WarehouseStore} on the local file system (POSIX semantics: atomic rename, symbolic and hard links). */
final class LocalWarehouseStore implements WarehouseStore {
    private final Path root;

    LocalWarehouseStore(Path root) {
        this.root = root;
    }

    Path resolve(String path) {
        return path.isEmpty() ? root : root.resolve(path);
    }

    @Override
    public Kind kind(String path) throws IOException {
        try {
            BasicFileAttributes attributes = attributes(path);
            if (attributes.isSymbolicLink()) {
                return Kind.SYMLINK;
            }
            return attributes.isDirectory() ? Kind.DIRECTORY : Kind.FILE;
        } catch (NoSuchFileException e) {
            return Kind.MISSING;
        }
    }

    @Override
    public List<String> list(String dir) throws IOException {
        try (Stream<Path> entries = Files.list(resolve(dir))) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    @Override
    public void createDirectories(String dir) throws IOException {
        Files.createDirectories(resolve(dir));
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(resolve(path)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Files.write(resolve(path), content);
    }

    @Override
    public Optional<Stamp> stamp(String path) throws IOException {
        try {
            BasicFileAttributes attributes = attributes(path);
            return Optional.of(new Stamp(attributes.lastModifiedTime().toInstant(), attributes.fileKey()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void touch(String path, Instant time) throws IOException {
        Files.setLastModifiedTime(resolve(path), FileTime.from(time));
    }

    @Override
    public boolean hasLinks() {
        return true;
    }

    @Override
    public Optional<String> readSymlink(String path) throws IOException {
        try {
            return Optional.of(Files.readSymbolicLink(resolve(path)).toString().replace('\\', '/'));
        } catch (NoSuchFileException | NotLinkException e) {
            return Optional.empty();
        }
    }

    @Override
    public void createSymlink(String path, String target) throws IOException {
        Files.createSymbolicLink(resolve(path), Path.of(target));
    }

    @Override
    public void moveReplacing(String from, String to) throws IOException {
        // ATOMIC_MOVE is a plain rename(2), which replaces the target in one step; without it the JDK would
        // delete the target first, leaving a moment with no target at all.
        Files.move(resolve(from), resolve(to), StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public boolean moveIfAbsent(String from, String to) throws IOException {
        Path source = resolve(from);
        Path target = resolve(to);
        try {
            // link(2) fails if the target exists and is atomic, unlike an existence check followed by a rename.
            Files.createLink(target, source);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            return moveWithoutLink(source, target);
        }
        Files.delete(source);
        return true;
    }

    /** For file systems without hard links: the JDK checks then renames, a race only between two contenders. */
    private static boolean moveWithoutLink(Path source, Path target) throws IOException {
        try {
            Files.move(source, target);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    @Override
    public boolean delete(String path) throws IOException {
        return Files.deleteIfExists(resolve(path));
    }

    @Override
    public void deleteRecursively(String path) throws IOException {
        Path start = resolve(path);
        if (kind(path) == Kind.MISSING) {
            return;
        }
        Trees.deleteRecursively(start);
    }

    /**
     * Hard links: Parquet files are never modified once written, so a link is as good as a copy and costs nothing;
     * where links are refused (another disk), files are copied.
     */
    @Override
    public void copyTree(String from, String to) throws IOException {
        Path source = resolve(from);
        Path target = resolve(to);
        if (!Files.exists(source)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(source)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            Path copy = target.resolve(source.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(copy);
            } else {
                try {
                    Files.createLink(copy, path);
                } catch (UnsupportedOperationException | FileSystemException e) {
                    Files.copy(path, copy);
                }
            }
        }
    }

    private BasicFileAttributes attributes(String path) throws IOException {
        // The warehouse folder itself may well be a link (to a bigger disk): only links inside it are ours.
        LinkOption[] options = path.isEmpty() ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        return Files.readAttributes(resolve(path), BasicFileAttributes.class, options);
    }
}
