package fr.ush.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.model.Source;
import fr.ush.vigie.spark.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store of checked rows: entries by key, whole or absent, given back under the paths a run names. */
class CheckedRowStoreTest {
    private static final SparkSession SPARK = TestSpark.session();
    private static final StructType CHECKED = new StructType().add("fichier", DataTypes.StringType)
            .add("ligne", DataTypes.LongType).add("site_id", DataTypes.StringType);

    @TempDir
    Path dir;

    @Test
    void aLotIsReadBackAsKeptWhenTheRunNamesItsFilesTheSame() {
        CheckedRowStore store = CheckedRowStore.inFolder(SPARK, dir.toUri().toString());
        store.add(Source.SITES, rows(row("a.csv", 2, "S1"), row("a.csv", 3, "S2"), row("b.csv", 2, "S9")),
                Map.of("k1", "a.csv", "k2", "b.csv"));

        CheckedRowStore next = CheckedRowStore.inFolder(SPARK, dir.toUri().toString());
        assertTrue(next.has(Source.SITES, "k1"));
        assertTrue(next.has(Source.SITES, "k2"));
        assertFalse(next.has(Source.SITES, "k3"));
        assertFalse(next.has(Source.ORGANISMES, "k1"), "one folder per source");
        assertEquals(List.of("[a.csv,2,S1]", "[a.csv,3,S2]", "[b.csv,2,S9]"),
                read(next, files("a.csv", "k1", "b.csv", "k2")));
    }

    @Test
    void aFileRenamedCopiedOrLeftOutIsGivenUnderTheRunsPaths() {
        CheckedRowStore store = CheckedRowStore.inFolder(SPARK, dir.toUri().toString());
        store.add(Source.SITES, rows(row("a.csv", 2, "S1"), row("b.csv", 2, "S9")),
                Map.of("k1", "a.csv", "k2", "b.csv"));

        assertEquals(List.of("[c.csv,2,S1]", "[d.csv,2,S1]"), read(store, files("c.csv", "k1", "d.csv", "k1")));
    }

    @Test
    void rowsLeftBeingWrittenByAKilledRunAreNoEntryAndGoAtTheNextPruning() throws Exception {
        CheckedRowStore store = CheckedRowStore.inFolder(SPARK, dir.toUri().toString());
        store.add(Source.SITES, rows(row("a.csv", 2, "S1")), Map.of("k1", "a.csv"));
        // What a run killed before renaming its lot into place leaves.
        rows(row("b.csv", 2, "S1")).write().parquet(dir.resolve("_ecriture/x").toString());
        Files.writeString(dir.resolve("_ecriture/x/_cles"), "k2\tb.csv\n");

        assertFalse(CheckedRowStore.inFolder(SPARK, dir.toUri().toString()).has(Source.SITES, "k2"));
        store.keepOnly(Source.SITES, Set.of("k1"));
        assertFalse(Files.exists(dir.resolve("_ecriture")));
        assertTrue(CheckedRowStore.inFolder(SPARK, dir.toUri().toString()).has(Source.SITES, "k1"));
    }

    @Test
    void pruningKeepsTheLotsOfTheKeysGivenOnly() {
        CheckedRowStore store = CheckedRowStore.inFolder(SPARK, dir.toUri().toString());
        store.add(Source.SITES, rows(row("a.csv", 2, "S1")), Map.of("k1", "a.csv"));
        store.add(Source.SITES, rows(row("b.csv", 2, "S2")), Map.of("k2", "b.csv"));

        store.keepOnly(Source.SITES, Set.of("k2"));

        CheckedRowStore next = CheckedRowStore.inFolder(SPARK, dir.toUri().toString());
        assertFalse(next.has(Source.SITES, "k1"));
        assertEquals(List.of("[b.csv,2,S2]"), read(next, files("b.csv", "k2")));
    }

    @Test
    void inMemoryTheEntriesLastOneValidation() {
        CheckedRowStore store = CheckedRowStore.inMemory(SPARK);
        assertFalse(store.has(Source.SITES, "k1"));
        store.add(Source.SITES, rows(row("a.csv", 2, "S1"), row("b.csv", 2, "S2")),
                Map.of("k1", "a.csv", "k2", "b.csv"));

        assertTrue(store.has(Source.SITES, "k1"));
        assertEquals(List.of("[b.csv,2,S2]"), read(store, files("b.csv", "k2")));
        store.release();
    }

    @Test
    void aFileKeyChangesWithWhatItsCheckedRowsDependOnAndNothingElse() {
        String key = InputValidation.fileKey("1.1.0", Source.SITES, "reference/sites.csv", "aa", "rr");

        assertEquals(key, InputValidation.fileKey("1.1.0", Source.SITES, "ailleurs/sites-2026.CSV", "aa", "rr"));
        assertNotEquals(key, InputValidation.fileKey("1.2.0", Source.SITES, "reference/sites.csv", "aa", "rr"));
        assertNotEquals(key, InputValidation.fileKey("1.1.0", Source.ORGANISMES, "reference/sites.csv", "aa", "rr"));
        assertNotEquals(key, InputValidation.fileKey("1.1.0", Source.SITES, "reference/sites.xlsx", "aa", "rr"));
        assertNotEquals(key, InputValidation.fileKey("1.1.0", Source.SITES, "reference/sites.csv", "ab", "rr"));
        assertNotEquals(key, InputValidation.fileKey("1.1.0", Source.SITES, "reference/sites.csv", "aa", "rs"));
    }

    private static List<String> read(CheckedRowStore store, Map<String, String> files) {
        return store.rows(Source.SITES, files).select("fichier", "ligne", "site_id").collectAsList()
                .stream().map(Row::toString).sorted().toList();
    }

    /** Paths and keys, in pairs. */
    private static Map<String, String> files(String... pathsAndKeys) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndKeys.length; i += 2) {
            files.put(pathsAndKeys[i], pathsAndKeys[i + 1]);
        }
        return files;
    }

    private static Row row(String fichier, long ligne, String site) {
        return RowFactory.create(fichier, ligne, site);
    }

    private static Dataset<Row> rows(Row... rows) {
        return SPARK.createDataFrame(List.of(rows), CHECKED);
    }
}
