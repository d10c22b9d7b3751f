package fr.ush.vigie.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:} URIs), setting permissions through {@code java.nio}. Without Hadoop's
 * native library, which Maven does not ship, the stock one starts a {@code chmod} process for every file and
 * folder it creates, hundreds in a run. Everything else is the stock behaviour, checksum files included. Hadoop
 * caches one instance per scheme for the whole process: the session names this class before anything else asks
 * for a local file system.
 */
public final class NioLocalFileSystem extends LocalFileSystem {

    public NioLocalFileSystem() {
        super(new NioRawLocalFileSystem());
    }

    /** The raw file system under the checksums: every permission Hadoop sets goes through this method. */
    static final class NioRawLocalFileSystem extends RawLocalFileSystem {
        @Override
        public void setPermission(Path path, FsPermission permission) throws IOException {
            if (permission.getStickyBit()) {
                // java.nio has no sticky bit: Hadoop's own way sets it.
                super.setPermission(path, permission);
                return;
            }
            String rwx = permission.getUserAction().SYMBOL + permission.getGroupAction().SYMBOL
                    + permission.getOtherAction().SYMBOL;
            try {
                Files.setPosixFilePermissions(pathToFile(path).toPath(), PosixFilePermissions.fromString(rwx));
            } catch (UnsupportedOperationException notPosix) {
                super.setPermission(path, permission);
            }
        }
    }
}
