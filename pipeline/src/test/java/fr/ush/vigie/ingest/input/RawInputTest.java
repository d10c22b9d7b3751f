package fr.ush.vigie.ingest.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ush.vigie.ingest.read.RawRecord;
import fr.ush.vigie.spark.TestSpark;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class RawInputTest {

    /**
     * The test session keeps Spark's file-scan defaults (128 MB a task, 4 MB to open a file: 32 files a task) and
     * asks for 2 tasks at least.
     */
    @Test
    void filesArePackedAsSparkPacksSmallFiles() {
        assertEquals(1, RawInput.tasks(TestSpark.session(), 1), "never more tasks than files");
        assertEquals(2, RawInput.tasks(TestSpark.session(), 5), "at least spark.sql.files.minPartitionNum");
        assertEquals(8, RawInput.tasks(TestSpark.session(), 240), "240 / 32 = 7.5");
        assertEquals(188, RawInput.tasks(TestSpark.session(), 6000), "6000 / 32 = 187.5");
    }

    @Test
    void aRecordBecomesARowOfItsProvenanceErrorAndFields() {
        assertEquals(RowFactory.create("a.csv", 2L, null, "A1", "S1", null),
                RawInput.row(new RawRecord("a.csv", 2, Arrays.asList("A1", "S1", null), null)));
        assertEquals(RowFactory.create("b.csv", 3L, "3 champs lus, 4 attendus", "A2"),
                RawInput.row(new RawRecord("b.csv", 3, List.of("A2"), "3 champs lus, 4 attendus")));
    }
}
