package fr.ush.vigie.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Detects the charset of a text file in one streaming pass (reference.md section 2): a UTF-8 BOM means UTF-8; else
 * UTF-8 if the whole file is strict UTF-8 (Windows-1252 text with accents almost never is); else Windows-1252 if
 * every byte is defined there. A NUL byte is refused: it means UTF-16 or a binary file, which both charsets would
 * otherwise "decode" into garbage.
 */
final class EncodingDetector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int CHUNK = 1 << 16;

    private EncodingDetector() {
    }

    static DetectedEncoding detect(String fichier, InputStreamOpener opener) throws InputFileException, IOException {
        StrictCharsetCheck utf8 = new StrictCharsetCheck(StandardCharsets.UTF_8);
        StrictCharsetCheck windows1252 = new StrictCharsetCheck(WINDOWS_1252);
        boolean bom = false;
        try (InputStream in = InputStreams.open(fichier, opener)) {
            byte[] chunk = new byte[CHUNK];
            long offset = 0;
            int length;
            while ((length = in.readNBytes(chunk, 0, CHUNK)) > 0) {
                int from = 0;
                if (offset == 0 && startsWithBom(chunk, length)) {
                    bom = true;
                    from = DetectedEncoding.BOM_LENGTH;
                }
                int nul = indexOfNul(chunk, from, length);
                if (nul >= 0) {
                    throw unreadable(fichier, opener, new StrictCharsetCheck.InvalidByte(offset + nul, 0));
                }
                utf8.feed(chunk, from, length, offset + from);
                windows1252.feed(chunk, from, length, offset + from);
                offset += length;
                boolean hopeless = utf8.invalidByte().isPresent() && (bom || windows1252.invalidByte().isPresent());
                if (hopeless) {
                    break;
                }
            }
        }
        utf8.finish();
        windows1252.finish();

        Optional<StrictCharsetCheck.InvalidByte> notUtf8 = utf8.invalidByte();
        if (notUtf8.isEmpty()) {
            return new DetectedEncoding(StandardCharsets.UTF_8, bom);
        }
        if (bom) {
            StrictCharsetCheck.InvalidByte invalid = notUtf8.get();
            throw new InputFileException(fichier, lineOf(fichier, opener, invalid.offset()), String.format(Locale.ROOT,
                    "fichier illisible : encodage UTF-8 annoncé par sa marque d'ordre (BOM) mais octet 0x%02X invalide"
                            + " à l'octet %d", invalid.value(), invalid.offset() + 1));
        }
        if (windows1252.invalidByte().isEmpty()) {
            return new DetectedEncoding(WINDOWS_1252, false);
        }
        // Windows-1252 was the last resort, so its undefined byte is the one that makes the file unreadable.
        throw unreadable(fichier, opener, windows1252.invalidByte().get());
    }

    private static boolean startsWithBom(byte[] chunk, int length) {
        return length >= DetectedEncoding.BOM_LENGTH
                && chunk[0] == (byte) 0xEF && chunk[1] == (byte) 0xBB && chunk[2] == (byte) 0xBF;
    }

    private static int indexOfNul(byte[] chunk, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chunk[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static InputFileException unreadable(String fichier, InputStreamOpener opener,
                                                 StrictCharsetCheck.InvalidByte invalid)
            throws InputFileException, IOException {
        return new InputFileException(fichier, lineOf(fichier, opener, invalid.offset()), String.format(Locale.ROOT,
                "fichier illisible : encodage ni UTF-8 ni Windows-1252 (octet 0x%02X à l'octet %d)",
                invalid.value(), invalid.offset() + 1));
    }

    /**
     * The physical line holding a byte, so that the user can find it in an editor. Counted by reading the file again
     * up to that byte: this only happens on the way to a fatal error, and keeps the detection pass simple.
     * CR, LF and CRLF each end a line; they are ASCII, so no multi-byte character can hide one.
     */
    private static long lineOf(String fichier, InputStreamOpener opener, long offset)
            throws InputFileException, IOException {
        long line = 1;
        boolean afterCr = false;
        try (InputStream in = InputStreams.open(fichier, opener)) {
            byte[] chunk = new byte[CHUNK];
            long position = 0;
            int length;
            while (position < offset && (length = in.readNBytes(chunk, 0, CHUNK)) > 0) {
                int end = (int) Math.min(length, offset - position);
                for (int i = 0; i < end; i++) {
                    byte b = chunk[i];
                    if (b == '\r' || (b == '\n' && !afterCr)) {
                        line++;
                    }
                    afterCr = b == '\r';
                }
                position += length;
            }
        }
        return line;
    }
}
