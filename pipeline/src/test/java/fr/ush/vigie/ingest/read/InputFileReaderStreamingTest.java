package fr.ush.vigie.ingest.read;

import static fr.ush.vigie.ingest.read.ReaderFixtures.opener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.model.Source;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file far bigger than any buffer is read record by record; the test JVM's heap would not mind, the point is the path. */
class InputFileReaderStreamingTest {

    private static final int ROWS = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void readsALargeLongFileRecordByRecord() throws Exception {
        Path file = dir.resolve("long.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("autodiagnostic_id;site_id;date_autodiagnostic;version_grille;code_indicateur;niveau;commentaire\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("AD" + (i / 40) + ";S" + (i / 80) + ";15/03/2024;V2024;QS" + (i % 40) + ";" + (i % 4)
                        + ";rien à signaler\n");
            }
        }
        assertTrue(Files.size(file) > 50_000_000L);

        long count = 0;
        RawRecord last = null;
        try (CloseableRecordIterator it = InputFileReader.open(Source.AUTODIAGNOSTICS, "long.csv", opener(file))) {
            while (it.hasNext()) {
                last = it.next();
                count++;
            }
        }

        assertEquals(ROWS, count);
        assertEquals(ROWS + 1L, last.ligne());
        assertNull(last.erreurStructure());
    }
}
