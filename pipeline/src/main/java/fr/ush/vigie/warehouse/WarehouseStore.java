package fr.ush.vigie.warehouse;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The few file-system operations the warehouse relies on, on paths relative to the warehouse folder
 * ({@code /}-separated, {@code ""} being the folder itself). Everything that depends on the kind of file system
 * sits behind this interface; {@link Warehouse} only composes these operations.
 *
 * <p>{@link LocalWarehouseStore} (java.nio, local disks) has symbolic links: the published version is the
 * {@code current} link and the contract paths are links through it. {@link HadoopWarehouseStore} (Hadoop's
 * {@code FileSystem} API: HDFS, S3…) has none, since HDFS disables them by default and S3 has no such thing: the
 * published version is named by a small pointer file that readers resolve.
 */
interface WarehouseStore {

    /** What a path names, links not followed. */
    enum Kind { MISSING, FILE, DIRECTORY, SYMLINK }

    /**
     * When a file was last touched and what identifies it (an inode), so that a file replaced by another one of
     * the same content is told apart.
     */
    record Stamp(Instant lastModified, Object identity) {
    }

    Kind kind(String path) throws IOException;

    /** The names in a directory, sorted; empty when it does not exist. */
    List<String> list(String dir) throws IOException;

    void createDirectories(String dir) throws IOException;

    /** The content of a file, or empty when it does not exist. */
    Optional<byte[]> read(String path) throws IOException;

    /** Creates or truncates a file; not atomic: used for temporary files only. */
    void write(String path, byte[] content) throws IOException;

    Optional<Stamp> stamp(String path) throws IOException;

    void touch(String path, Instant time) throws IOException;

    /** Whether {@link #readSymlink} and {@link #createSymlink} work here. */
    boolean hasLinks();

    /** The target of a symbolic link as written in it, or empty when the path is not a link. */
    Optional<String> readSymlink(String path) throws IOException;

    /** Creates a symbolic link holding {@code target} verbatim (relative targets stay relative). */
    void createSymlink(String path, String target) throws IOException;

    /** Renames atomically, replacing {@code to} if it exists: {@code rename(2)}. */
    void moveReplacing(String from, String to) throws IOException;

    /** Renames a file atomically unless {@code to} exists; false (and nothing moved) if it does. */
    boolean moveIfAbsent(String from, String to) throws IOException;

    /** Deletes a file, a link (not its target) or an empty directory; false when there was nothing. */
    boolean delete(String path) throws IOException;

    /** Deletes a tree without following links; nothing happens when it does not exist. */
    void deleteRecursively(String path) throws IOException;

    /**
     * Deletes a tree so that it leaves its name at once: renamed aside to a temporary name in the same folder, then
     * deleted; a deletion cut short leaves only that temporary name. Nothing happens when it does not exist.
     */
    default void deleteTree(String path) throws IOException {
        if (kind(path) == Kind.MISSING) {
            return;
        }
        String aside = WarehouseLayout.tempSibling(path);
        moveReplacing(path, aside);
        deleteRecursively(aside);
    }

    /**
     * Gives {@code to} the files of {@code from} (a finished version's tree, never modified again), by the cheapest
     * means the store has; nothing happens when {@code from} does not exist.
     */
    void copyTree(String from, String to) throws IOException;

    /** Replaces a file so that a reader (or a kill) sees either the old or the new content, never a part. */
    default void writeAtomically(String path, byte[] content) throws IOException {
        String temp = WarehouseLayout.tempSibling(path);
        write(temp, content);
        moveReplacing(temp, path);
    }

    /**
     * Creates a file with its full content unless it exists: written aside first, so that the file is never
     * seen empty or half-written. False when the file already exists.
     */
    default boolean createExclusive(String path, byte[] content) throws IOException {
        String temp = WarehouseLayout.tempSibling(path);
        write(temp, content);
        try {
            return moveIfAbsent(temp, path);
        } finally {
            delete(temp);
        }
    }
}
