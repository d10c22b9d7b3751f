package fr.ush.vigie.warehouse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Sha256} and {@link RunIds}. */
class WarehouseHelpersTest {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void sha256OfAKnownString(@TempDir Path temp) throws Exception {
        assertEquals(ABC, Sha256.of("abc".getBytes(UTF_8)));
        assertEquals(ABC, Sha256.of(new ByteArrayInputStream("abc".getBytes(UTF_8))));
        Path file = Files.writeString(temp.resolve("abc.txt"), "abc");
        assertEquals(ABC, Sha256.of(file));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.of(new byte[0]));
    }

    @Test
    void runIdsSortByTimeAndDiffer() {
        String id = RunIds.next(Instant.parse("2026-11-29T01:15:30.987Z"));
        assertTrue(id.matches("20261129T011530Z-[0-9a-f]{6}"), id);
        assertTrue(RunIds.next(Instant.parse("2026-11-29T01:15:29Z"))
                .compareTo(RunIds.next(Instant.parse("2026-11-29T01:15:31Z"))) < 0);
        assertNotEquals(RunIds.next(), RunIds.next());
        assertTrue(RunIds.isValid(RunIds.next()));
    }

    @Test
    void runIdsThatCouldEscapeTheirFolderAreRefused() {
        for (String bad : new String[] {"", "../x", "a/b", ".cache", "a b", null}) {
            assertFalse(RunIds.isValid(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> WarehousePaths.versionDir(new Warehouse("w"), "../../etc"));
    }
}
