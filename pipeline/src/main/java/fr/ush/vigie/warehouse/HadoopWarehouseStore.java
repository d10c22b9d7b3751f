package fr.ush.vigie.warehouse;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.local.RawLocalFs;

/**
 * {@link WarehouseStore} on Hadoop's {@code FileSystem} API, for warehouses on HDFS, S3 or any other Hadoop file
 * system. There are no links: the published version is named by a pointer file ({@link Warehouse}).
 *
 * <p>Renames go through {@link FileContext}, whose {@code rename} with or without {@code OVERWRITE} is a single
 * atomic operation on HDFS. Elsewhere Hadoop emulates it (an existence check, then a rename), so two runs
 * taking the lock at the same instant could both get it; on object stores a rename is a copy (see
 * notebooks-docs/cluster.md).
 */
final class HadoopWarehouseStore implements WarehouseStore {
    /** Where a file appears whole on close, and a rename copies. */
    private static final Set<String> OBJECT_STORES = Set.of("s3a", "gs", "abfs", "abfss", "wasb", "wasbs");

    private final String root;
    private final FileSystem fs;
    private final Configuration conf;
    private FileContext context;

    /**
     * @param root the warehouse folder's URI, without a trailing {@code /}
     * @throws IOException no file system for its scheme (a missing module, such as hadoop-aws for s3a://)
     */
    HadoopWarehouseStore(String root, Configuration hadoopConf) throws IOException {
        this.root = root;
        this.conf = withoutChecksumFiles(hadoopConf);
        this.fs = FileSystem.get(URI.create(root), conf);
    }

    /**
     * Hadoop's local file system writes a {@code .crc} file beside each file, which would be foreign names in the
     * warehouse folder; its raw variant does not. Other file systems are left as configured.
     */
    private static Configuration withoutChecksumFiles(Configuration hadoopConf) {
        Configuration conf = new Configuration(hadoopConf);
        conf.set("fs.file.impl", RawLocalFileSystem.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        conf.set("fs.AbstractFileSystem.file.impl", RawLocalFs.class.getName());
        return conf;
    }

    private Path resolve(String path) {
        return new Path(path.isEmpty() ? root : root + "/" + path);
    }

    @Override
    public Kind kind(String path) throws IOException {
        try {
            return fs.getFileStatus(resolve(path)).isDirectory() ? Kind.DIRECTORY : Kind.FILE;
        } catch (FileNotFoundException e) {
            return Kind.MISSING;
        }
    }

    @Override
    public List<String> list(String dir) throws IOException {
        try {
            return Arrays.stream(fs.listStatus(resolve(dir))).map(s -> s.getPath().getName()).sorted().toList();
        } catch (FileNotFoundException e) {
            return List.of();
        }
    }

    @Override
    public void createDirectories(String dir) throws IOException {
        fs.mkdirs(resolve(dir));
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        try (InputStream in = fs.open(resolve(path))) {
            return Optional.of(in.readAllBytes());
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        try (OutputStream out = fs.create(resolve(path), true)) {
            out.write(content);
        }
    }

    /** No inode here: a replaced file is told apart by its modification time and, by the caller, its content. */
    /**
     * On S3 a rename is a copy then a delete, with a moment when the target is missing; a plain write is one PUT,
     * which replaces the object at once: readers see the old content or the new one. Elsewhere, written aside
     * then renamed, since a write there truncates the file first.
     */
    @Override
    public void writeAtomically(String path, byte[] content) throws IOException {
        if (OBJECT_STORES.contains(fs.getUri().getScheme())) {
            write(path, content);
        } else {
            WarehouseStore.super.writeAtomically(path, content);
        }
    }

    @Override
    public Optional<Stamp> stamp(String path) throws IOException {
        try {
            FileStatus status = fs.getFileStatus(resolve(path));
            return Optional.of(new Stamp(Instant.ofEpochMilli(status.getModificationTime()), null));
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public void touch(String path, Instant time) throws IOException {
        fs.setTimes(resolve(path), time.toEpochMilli(), -1);
    }

    @Override
    public boolean hasLinks() {
        return false;
    }

    @Override
    public Optional<String> readSymlink(String path) {
        return Optional.empty();
    }

    @Override
    public void createSymlink(String path, String target) {
        throw new UnsupportedOperationException("pas de liens symboliques sur " + root);
    }

    @Override
    public void moveReplacing(String from, String to) throws IOException {
        try {
            context().rename(resolve(from), resolve(to), Options.Rename.OVERWRITE);
        } catch (FileNotFoundException e) {
            throw noSuchFile(from, e);
        }
    }

    @Override
    public boolean moveIfAbsent(String from, String to) throws IOException {
        try {
            context().rename(resolve(from), resolve(to), Options.Rename.NONE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (FileNotFoundException e) {
            throw noSuchFile(from, e);
        }
    }

    @Override
    public boolean delete(String path) throws IOException {
        return fs.delete(resolve(path), false);
    }

    @Override
    public void deleteRecursively(String path) throws IOException {
        fs.delete(resolve(path), true);
    }

    /**
     * On object stores a rename copies every file: there the tree is deleted in place, and a deletion cut short
     * leaves a partial version behind (see notebooks-docs/cluster.md). Elsewhere (HDFS) renamed aside first.
     */
    @Override
    public void deleteTree(String path) throws IOException {
        if (OBJECT_STORES.contains(fs.getUri().getScheme())) {
            deleteRecursively(path);
        } else {
            WarehouseStore.super.deleteTree(path);
        }
    }

    /** Without links, a copy: written by this process, so proportional to the size of the tree. */
    @Override
    public void copyTree(String from, String to) throws IOException {
        if (kind(from) == Kind.MISSING) {
            return;
        }
        fs.mkdirs(resolve(to));
        for (FileStatus child : fs.listStatus(resolve(from))) {
            FileUtil.copy(fs, child.getPath(), fs, resolve(to + "/" + child.getPath().getName()), false, conf);
        }
    }

    /** Created on first rename: on HDFS it opens a client of its own. */
    private synchronized FileContext context() throws IOException {
        if (context == null) {
            context = FileContext.getFileContext(URI.create(root), conf);
        }
        return context;
    }

    private NoSuchFileException noSuchFile(String path, FileNotFoundException cause) {
        NoSuchFileException missing = new NoSuchFileException(resolve(path).toString());
        missing.initCause(cause);
        return missing;
    }
}
