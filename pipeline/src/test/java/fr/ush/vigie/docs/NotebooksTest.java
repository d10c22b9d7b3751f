package fr.ush.vigie.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.fixtures.FixtureWarehouse;
import fr.ush.vigie.job.SqlQuery;
import fr.ush.vigie.job.SqlScript;
import fr.ush.vigie.spark.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every SQL cell of every analysis notebook ({@code notebooks-docs/notebooks/*.md}) runs on a published warehouse
 * without error, and returns rows when it says so with the line {@value #ROWS_EXPECTED}. The warehouse is the
 * hand-made fixture's (the sample warehouse is not built in CI): its few sites and missions give rows to the
 * cells that hold on any run, not to those that need several campaigns of history.
 */
class NotebooksTest {
    /** The marker, inside a cell, of a query that must return rows on any successful run. */
    static final String ROWS_EXPECTED = "-- attendu : lignes";

    @TestFactory
    Stream<DynamicTest> everyCellOfEveryNotebookRuns() throws Exception {
        SqlQuery sql = new SqlQuery(TestSpark.session());
        sql.registerViews(FixtureWarehouse.path().toString());
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(FixtureWarehouse.docs().resolve("notebooks"))) {
            notebooks = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(notebooks.size() >= 4, "at least four notebooks");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path notebook : notebooks) {
            List<String> cells = SqlScript.notebookCells(Files.readString(notebook));
            assertFalse(cells.isEmpty(), notebook + " has no ```sql cell");
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                tests.add(DynamicTest.dynamicTest(notebook.getFileName() + " cellule " + (i + 1),
                        () -> runCell(sql, cell)));
            }
        }
        return tests.stream();
    }

    private static void runCell(SqlQuery sql, String cell) throws Exception {
        List<Dataset<Row>> results = sql.run(cell);
        assertFalse(results.isEmpty(), "empty cell");
        long rows = -1;
        for (Dataset<Row> result : results) {
            rows = result.count(); // runs the query: resolution errors surface in sql.run, execution errors here
        }
        if (cell.contains(ROWS_EXPECTED)) {
            assertTrue(rows > 0, "the cell's last query returned no row:\n" + cell);
        }
    }
}
