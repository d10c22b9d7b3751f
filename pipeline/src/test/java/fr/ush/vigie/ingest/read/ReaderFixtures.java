package fr.ush.vigie.ingest.read;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Writes small input files byte by byte and reads them back through the public reader. */
final class ReaderFixtures {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReaderFixtures() {
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String text, Charset charset) {
        return write(dir, name, text.getBytes(charset));
    }

    static Path utf8(Path dir, String name, String text) {
        return write(dir, name, text, StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    static InputStreamOpener opener(Path file) {
        String path = file.toString();
        return () -> Files.newInputStream(Path.of(path));
    }

    static List<RawRecord> readAll(Source source, String fichier, InputStreamOpener opener) throws InputFileException {
        List<RawRecord> records = new ArrayList<>();
        try (CloseableRecordIterator it = InputFileReader.open(source, fichier, opener)) {
            it.forEachRemaining(records::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    static List<RawRecord> readAll(Source source, String fichier, Path file) throws InputFileException {
        return readAll(source, fichier, opener(file));
    }

    /** A record without structural error; {@code null} cells are written as null. */
    static RawRecord record(String fichier, long ligne, String... champs) {
        return new RawRecord(fichier, ligne, Arrays.asList(champs), null);
    }

    static RawRecord broken(String fichier, long ligne, String erreur, String... champs) {
        return new RawRecord(fichier, ligne, Arrays.asList(champs), erreur);
    }
}
