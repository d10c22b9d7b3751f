package fr.ush.vigie.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The local store, announcing on stdout each step of a publication, and stopping for good at one chosen step, so
 * that a test kills the process at that very step: the publication link created but not yet renamed over
 * {@code current}, the rename done, an old version half deleted.
 */
final class PausingStore implements WarehouseStore {
    private final LocalWarehouseStore local;
    private final String holdAt;

    /** @param holdAt the step to stop at until killed ({@code step link-created}…), or any other word for none */
    PausingStore(Path root, String holdAt) {
        this.local = new LocalWarehouseStore(root.toAbsolutePath().normalize());
        this.holdAt = holdAt;
    }

    @Override
    public void createSymlink(String path, String target) throws IOException {
        local.createSymlink(path, target);
        if (path.startsWith(".current.")) {
            pause("step link-created");
        }
    }

    @Override
    public void moveReplacing(String from, String to) throws IOException {
        local.moveReplacing(from, to);
        if (to.equals(WarehouseLayout.CURRENT)) {
            pause("step current-swapped");
        }
    }

    @Override
    public void deleteRecursively(String path) throws IOException {
        if (path.startsWith(WarehouseLayout.VERSIONS + "/") && kind(path) == Kind.DIRECTORY) {
            deleteHalfOfTheFiles(local.resolve(path));
            pause("step version-half-deleted");
        }
        local.deleteRecursively(path);
    }

    private static void deleteHalfOfTheFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> regular = files.filter(Files::isRegularFile).sorted().toList();
            for (Path file : regular.subList(0, regular.size() / 2)) {
                Files.delete(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void pause(String step) {
        System.out.println(step);
        System.out.flush();
        while (step.equals(holdAt)) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // Only a kill ends the hold.
            }
        }
    }

    @Override
    public Kind kind(String path) throws IOException {
        return local.kind(path);
    }

    @Override
    public List<String> list(String dir) throws IOException {
        return local.list(dir);
    }

    @Override
    public void createDirectories(String dir) throws IOException {
        local.createDirectories(dir);
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        return local.read(path);
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        local.write(path, content);
    }

    @Override
    public Optional<Stamp> stamp(String path) throws IOException {
        return local.stamp(path);
    }

    @Override
    public void touch(String path, Instant time) throws IOException {
        local.touch(path, time);
    }

    @Override
    public Optional<String> readSymlink(String path) throws IOException {
        return local.readSymlink(path);
    }

    @Override
    public boolean moveIfAbsent(String from, String to) throws IOException {
        return local.moveIfAbsent(from, to);
    }

    @Override
    public boolean delete(String path) throws IOException {
        return local.delete(path);
    }

    @Override
    public boolean hasLinks() {
        return local.hasLinks();
    }

    @Override
    public void copyTree(String from, String to) throws IOException {
        local.copyTree(from, to);
    }
}
