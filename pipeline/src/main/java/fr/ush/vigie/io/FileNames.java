package fr.ush.vigie.io;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one way a code or id of the data becomes part of a file or folder name (a region's page, a CSV annex, an
 * organisme's return, a delivery folder).
 *
 * <p>Guarantees, whatever the value: the segment holds only ASCII letters, digits, {@code -}, {@code _} and
 * {@code %}, so it never leaves its folder (no {@code /}, no {@code .}) and is never empty; two different values
 * never give the same segment; a value of ASCII letters, digits, {@code -} and {@code _} is kept as it is.
 * Every other byte of the value's UTF-8 becomes {@code %XX} (upper-case hex), so {@code ../x} gives
 * {@code %2E%2E%2Fx}. A segment that would exceed {@link #MAX_PLAIN} characters is cut and ends with a hash of the
 * whole value; such segments are exactly one character longer than the longest uncut one, so an uncut segment can
 * never equal a cut one.
 */
public final class FileNames {
    /** The longest segment written whole: with a prefix and a suffix, names stay well under 100 bytes. */
    public static final int MAX_PLAIN = 64;
    /** Hex digits of SHA-256 kept in a cut segment. */
    private static final int HASH_CHARS = 16;
    private static final String EMPTY = "%";

    private FileNames() {
    }

    /** The file-name segment of a code or id of the data. */
    public static String segment(String value) {
        if (value.isEmpty()) {
            // "%" alone is no encoding of any byte, so it stands for the empty value only.
            return EMPTY;
        }
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(UTF_8)) {
            if (kept(b)) {
                out.append((char) b);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        if (out.length() <= MAX_PLAIN) {
            return out.toString();
        }
        int keep = MAX_PLAIN - HASH_CHARS;
        // Never cut inside an %XX escape.
        while (keep > 0 && (out.charAt(keep - 1) == '%' || keep > 1 && out.charAt(keep - 2) == '%')) {
            keep--;
        }
        String hash = sha256(value).substring(0, HASH_CHARS);
        String cut = out.substring(0, keep) + "_" + hash;
        // Padding to one past MAX_PLAIN keeps cut segments apart from every uncut one.
        return cut + "_".repeat(MAX_PLAIN + 1 - cut.length());
    }

    /**
     * A path of segments made by this class, as the relative URL a page links it with: the only character of a
     * segment that a URL reads differently is {@code %}, which becomes {@code %25}.
     */
    public static String href(String relativePath) {
        return relativePath.replace("%", "%25");
    }

    private static boolean kept(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_';
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
