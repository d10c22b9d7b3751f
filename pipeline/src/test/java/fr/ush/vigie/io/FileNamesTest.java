package fr.ush.vigie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileNamesTest {
    private static final String LONG = "x".repeat(300);

    @Test
    void plainCodesAreKeptAsTheyAre() {
        assertEquals("11", FileNames.segment("11"));
        assertEquals("2A", FileNames.segment("2A"));
        assertEquals("OPH", FileNames.segment("OPH"));
        assertEquals("org-001_b", FileNames.segment("org-001_b"));
        assertEquals("CON", FileNames.segment("CON"));
    }

    @Test
    void everyOtherByteIsEscapedFromItsUtf8() {
        assertEquals("%2E%2E%2Fx", FileNames.segment("../x"));
        assertEquals("a%2Fb", FileNames.segment("a/b"));
        assertEquals("%2E%2E", FileNames.segment(".."));
        assertEquals("nom%20avec%20espaces", FileNames.segment("nom avec espaces"));
        assertEquals("%C3%A9", FileNames.segment("é"));
        assertEquals("%25", FileNames.segment("%"));
        assertEquals("%", FileNames.segment(""));
    }

    @Test
    void longValuesAreCutWithAHashAndNeverMeetAnUncutSegment() {
        String cut = FileNames.segment(LONG);
        assertEquals(FileNames.MAX_PLAIN + 1, cut.length());
        assertTrue(cut.startsWith("x".repeat(40)), cut);
        assertNotEquals(cut, FileNames.segment(LONG + "y"), "the hash tells apart values sharing their start");
        String exactlyMax = "y".repeat(FileNames.MAX_PLAIN);
        assertEquals(exactlyMax, FileNames.segment(exactlyMax));
        // A cut never falls inside an escape: every % is followed by two hex digits.
        String accents = FileNames.segment("é".repeat(60));
        assertTrue(accents.matches("(%[0-9A-F]{2}|[A-Za-z0-9_-])+"), accents);
    }

    @Test
    void noSegmentLeavesItsFolderAndNoTwoValuesShareOne() {
        List<String> hostile = List.of("../x", "a/b", "..", ".", "CON", "nom avec espaces", "é", "e\u0301", LONG,
                LONG + "z", "a%2Fb", "a b", "a+b", "a\\b", "\u0000", "", "%", "%25", "-", "_");
        Set<String> seen = new HashSet<>();
        Path folder = Path.of("/rapports/regions");
        for (String value : hostile) {
            String segment = FileNames.segment(value);
            assertTrue(segment.matches("[A-Za-z0-9_%-]+"), segment);
            assertEquals(folder, folder.resolve(segment + ".html").normalize().getParent(), value);
            assertTrue(seen.add(segment), "two values share " + segment);
        }
    }

    @Test
    void hrefsEscapeThePercentSign() {
        assertEquals("regions/%252E%252E%252Fx.html", FileNames.href("regions/" + FileNames.segment("../x") + ".html"));
        assertEquals("regions/84.html", FileNames.href("regions/84.html"));
    }
}
