package fr.ush.vigie.ingest.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.ingest.read.RawRecord;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

class RawInputTest {

    @Test
    void recordsBecomeInternalRowsEncodingATextOnceWhileRecordsRepeatIt() {
        String autodiagnostic = "A1";
        String site = "S1";
        RawInput.InternalRows rows = new RawInput.InternalRows();
        InternalRow first = rows.of(new RawRecord("a.csv", 2, Arrays.asList(autodiagnostic, site, "I1", "2", null),
                null));
        InternalRow second = rows.of(new RawRecord("a.csv", 2, Arrays.asList(autodiagnostic, site, "I2", "3", null),
                "3 champs lus, 4 attendus"));
        // Equal but not the same string: a new row, encoded anew.
        InternalRow third = rows.of(new RawRecord("b.csv", 3, Arrays.asList(new String("A1"), site, "I1", "0", "c"),
                null));

        assertEquals(List.of("a.csv", "2", "null", "A1", "S1", "I1", "2", "null"), values(first));
        assertEquals(List.of("a.csv", "2", "3 champs lus, 4 attendus", "A1", "S1", "I2", "3", "null"), values(second));
        assertEquals(List.of("b.csv", "3", "null", "A1", "S1", "I1", "0", "c"), values(third));
        assertSame(first.getUTF8String(0), second.getUTF8String(0));
        assertSame(first.getUTF8String(3), second.getUTF8String(3));
        assertSame(first.getUTF8String(4), second.getUTF8String(4));
        assertNotSame(first.getUTF8String(5), second.getUTF8String(5));
        assertNotSame(second.getUTF8String(3), third.getUTF8String(3));
        assertSame(second.getUTF8String(4), third.getUTF8String(4));
        assertTrue(first.isNullAt(2) && first.isNullAt(7));
    }

    private static List<String> values(InternalRow row) {
        return List.of(row.getUTF8String(0).toString(), Long.toString(row.getLong(1)), text(row, 2), text(row, 3),
                text(row, 4), text(row, 5), text(row, 6), text(row, 7));
    }

    private static String text(InternalRow row, int ordinal) {
        UTF8String value = row.getUTF8String(ordinal);
        return value == null ? "null" : value.toString();
    }
}
