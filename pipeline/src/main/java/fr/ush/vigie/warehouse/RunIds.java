package fr.ush.vigie.warehouse;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Run identifiers such as {@code 20261129T011530Z-3fa2c1}: the UTC start second, so that names sort by time,
 * then random hex, so that two runs started in the same second differ. They name folders and files.
 */
public final class RunIds {
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Safe as a file name everywhere: no separator, no leading dot (temporary files start with one). */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {
    }

    public static String next() {
        return next(Instant.now());
    }

    public static String next(Instant startedAt) {
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        return SECOND.format(startedAt) + "-" + HexFormat.of().formatHex(random);
    }

    /** Whether a string can be used as a run id (any such string, not only those of {@link #next()}). */
    public static boolean isValid(String runId) {
        return runId != null && VALID.matcher(runId).matches();
    }

    static String requireValid(String runId) {
        if (!isValid(runId)) {
            throw new IllegalArgumentException("identifiant de run invalide : « " + runId
                    + " » (lettres, chiffres, « _ », « . » et « - » seulement, 100 caractères au plus)");
        }
        return runId;
    }
}
