package fr.ush.vigie.ingest.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.model.Source;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class CheckedInputRowsTest {

    private static final Set<List<String>> SITES = Set.of(List.of("S1"), List.of("S2"));
    private static final Set<List<String>> GRID = Set.of(List.of("V1", "I1"), List.of("V1", "I2"),
            List.of("V1", "I3"));

    /**
     * Wide rows as the reader gives them, each file in one partition: a.csv line 3 has a record breaking rule 1
     * (level "x", indicator I9, which the grid lacks) beside a passing one; A3 and A5 share site, campaign and date.
     */
    private static RawRows wideRows() {
        return RawRows.of(Source.AUTODIAGNOSTICS)
                .rowAt("a.csv", 2, "A1", "S1", "2022-03-01", "V1", "I1", "2", "")
                .rowAt("a.csv", 2, "A1", "S1", "2022-03-01", "V1", "I2", "1", "")
                .rowAt("a.csv", 3, "A2", "S1", "2022-03-05", "V1", "I9", "x", "")
                .rowAt("a.csv", 3, "A2", "S1", "2022-03-05", "V1", "I2", "3", "")
                .rowAt("b.csv", 2, "A3", "S2", "2022-09-01", "V1", "I1", "2", "")
                .rowAt("b.csv", 3, "A4", "S1", "2022-04-01", "V1", "I3", "1", "")
                .rowAt("b.csv", 4, "A5", "S2", "2022-09-01", "V1", "I1", "0", "");
    }

    private static CheckedInputRows observed(RawRows rows) {
        SourceValidator validator = new SourceValidator(Source.AUTODIAGNOSTICS);
        CheckedInputRows.Accumulator accumulator = validator.inputRowsAccumulator();
        Dataset<Row> ownChecked = validator.checkOwnRules(rows.dataset().coalesce(1));
        Dataset<Row> passedOn = validator.observingInputRows(ownChecked, accumulator);
        assertEquals(ownChecked.selectExpr(passedOn.columns()).collectAsList(),
                passedOn.collectAsList(), "the rows passed on, in the columns read");
        assertEquals(List.of("fichier", "ligne", "autodiagnostic_id", "site_id", "date_autodiagnostic"),
                List.of(passedOn.columns()).subList(0, 5));
        return accumulator.value();
    }

    @Test
    void oneEntryPerInputRowWithItsRecordsAndThoseThatPass() {
        CheckedInputRows seen = observed(wideRows());

        assertEquals(List.of("a.csv 2 A1 2/2", "a.csv 3 A2 2/1", "b.csv 2 A3 1/1", "b.csv 3 A4 1/1",
                "b.csv 4 A5 1/1"), seen.rows().stream().map(r -> r.fichier() + " " + r.ligne() + " "
                + r.autodiagnosticId() + " " + r.records() + "/" + r.passing()).sorted().toList());
        assertArrayEquals(new long[] {4, 1}, seen.recordsAndRejectedByFile().get("a.csv"));
        assertArrayEquals(new long[] {3, 0}, seen.recordsAndRejectedByFile().get("b.csv"));
    }

    @Test
    void theLatestAutodiagnosticOfASiteAndCampaignSupersedesTheOthersTiesGoingToTheGreatestId() {
        // S1 in 2022-S1: A1 (1 March), A2 (5 March), A4 (1 April); S2 in 2022-S2: A3 and A5, both 1 September.
        assertEquals(List.of("A1", "A2", "A3"), observed(wideRows()).superseded().stream()
                .map(r -> r.getString(0)).sorted().toList());
    }

    @Test
    void cleanUnlessAValueIsUnknownToItsReferenceOrAnAutodiagnosticSpansTwoInputRows() {
        CheckedInputRows seen = observed(wideRows());
        // I9 is only in a record that breaks rule 1: not looked up.
        assertTrue(seen.clean(() -> List.of(SITES, GRID)));
        assertFalse(seen.clean(() -> List.of(Set.of(List.of("S1")), GRID)), "S2 unknown");
        assertFalse(seen.clean(() -> List.of(SITES, Set.of(List.of("V1", "I1"), List.of("V1", "I2")))), "I3 unknown");

        RawRows repeated = wideRows().rowAt("c.csv", 2, "A1", "S1", "2022-03-01", "V1", "I3", "2", "");
        assertFalse(observed(repeated).clean(() -> List.of(SITES, GRID)), "A1 in a.csv and c.csv");
    }
}
