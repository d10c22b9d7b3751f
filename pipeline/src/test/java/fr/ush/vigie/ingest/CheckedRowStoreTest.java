package fr.ush.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.model.Source;
import fr.ush.vigie.spark.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store of checked rows: entries by key, whole or absent, and the keys that address them. */
class CheckedRowStoreTest {
    private static final SparkSession SPARK = TestSpark.session();
    private static final StructType CHECKED = new StructType().add("ligne", DataTypes.LongType)
            .add("site_id", DataTypes.StringType);

    @TempDir
    Path dir;

    @Test
    void anEntryIsReadBackUnderItsKeyAlone() {
        CheckedRowStore store = CheckedRowStore.inFolder(SPARK, dir.toUri().toString());
        store.add(Source.SITES, rows(row(2, "S1", "k1"), row(3, "S2", "k1"), row(2, "S9", "k2")), Set.of("k1", "k2"));

        assertTrue(store.has(Source.SITES, "k1"));
        assertTrue(store.has(Source.SITES, "k2"));
        assertFalse(store.has(Source.SITES, "k3"));
        assertFalse(store.has(Source.ORGANISMES, "k1"), "one folder per source");
        assertEquals(List.of("[2,S1,k1]", "[3,S2,k1]"), read(store, Set.of("k1")));
    }

    @Test
    void rowsLeftBeingWrittenByAKilledRunAreNoEntryAndGoAtTheNextPruning() throws Exception {
        CheckedRowStore store = CheckedRowStore.inFolder(SPARK, dir.toUri().toString());
        store.add(Source.SITES, rows(row(2, "S1", "k1")), Set.of("k1"));
        // What a run killed before renaming its entry into place leaves.
        rows(row(2, "S1", "k2")).drop(CheckedRowStore.KEY).write()
                .parquet(dir.resolve("_ecriture/x/cle=k2").toString());

        assertFalse(store.has(Source.SITES, "k2"));
        store.keepOnly(Source.SITES, Set.of("k1"));
        assertFalse(Files.exists(dir.resolve("_ecriture")));
        assertTrue(store.has(Source.SITES, "k1"));
    }

    @Test
    void pruningKeepsTheEntriesOfTheKeysGivenOnlyAsANewRunFindsThem() {
        CheckedRowStore store = CheckedRowStore.inFolder(SPARK, dir.toUri().toString());
        store.add(Source.SITES, rows(row(2, "S1", "k1")), Set.of("k1"));
        store.add(Source.SITES, rows(row(2, "S2", "k2")), Set.of("k2"));

        store.keepOnly(Source.SITES, Set.of("k2"));

        CheckedRowStore next = CheckedRowStore.inFolder(SPARK, dir.toUri().toString());
        assertFalse(next.has(Source.SITES, "k1"));
        assertTrue(next.has(Source.SITES, "k2"));
        assertEquals(List.of("[2,S2,k2]"), read(next, Set.of("k2")));
    }

    @Test
    void inMemoryTheEntriesLastOneValidation() {
        CheckedRowStore store = CheckedRowStore.inMemory(SPARK);
        assertFalse(store.has(Source.SITES, "k1"));
        store.add(Source.SITES, rows(row(2, "S1", "k1"), row(2, "S2", "k2")), Set.of("k1", "k2"));

        assertTrue(store.has(Source.SITES, "k1"));
        assertEquals(List.of("[2,S2,k2]"), read(store, Set.of("k2")));
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

    private static List<String> read(CheckedRowStore store, Set<String> keys) {
        return store.rows(Source.SITES, keys, CHECKED).collectAsList().stream().map(Row::toString).sorted().toList();
    }

    private static Row row(long ligne, String site, String key) {
        return RowFactory.create(ligne, site, key);
    }

    private static Dataset<Row> rows(Row... rows) {
        return SPARK.createDataFrame(List.of(rows), CHECKED.add(CheckedRowStore.KEY, DataTypes.StringType));
    }
}
