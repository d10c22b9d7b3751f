package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every table of every page of the hand-made snapshot — what each page prints and what its CSV annex holds —
 * follows the secrecy rule: a group of 1 to 4 sites prints « n < 5 » for every figure about its sites, counts of
 * sites in a situation included; a group without a site prints « — »; the figures of the monitoring are never
 * masked; parts shown with their total never have a single one masked.
 */
class SecrecyOnEveryPageTest {
    private static final WarehouseSnapshot DATA = Fixture.snapshot();
    private static final Labels LABELS = new Labels();
    private static final String MASK = DATA.secrecy().mask();
    private static final Set<String> PUBLIC = Set.of(LABELS.get("col.evalues"), LABELS.get("col.attendus"),
            LABELS.get("col.completude"), LABELS.get("etape.missions"), LABELS.get("etape.evaluees"),
            LABELS.get("col.avec-suivi"), LABELS.get("col.lues"), LABELS.get("col.rejetees"),
            LABELS.get("col.acceptees"), LABELS.get("col.lignes"), LABELS.get("col.fichiers"));

    private static Map<String, ReportPage> pages() {
        ScoreScopes scopes = ScoreScopes.of(DATA.scores());
        Stamp stamp = StampFactory.of(DATA.run(), Fixture.GENERATED_AT);
        Map<String, ReportPage> pages = new LinkedHashMap<>();
        pages.put("national", new NationalReport(DATA, LABELS).build(stamp));
        DATA.regionsWithSites().forEach(r -> pages.put("region " + r,
                ScopedReport.region(DATA, scopes, LABELS, r).build(stamp)));
        DATA.famillesWithSites().forEach(f -> pages.put("famille " + f,
                ScopedReport.famille(DATA, scopes, LABELS, f).build(stamp)));
        return pages;
    }

    private static List<DataTable> tables(ReportPage page) {
        List<DataTable> tables = new ArrayList<>();
        page.sections().forEach(s -> tables.addAll(s.allTables()));
        return tables;
    }

    @Test
    void everyGroupOfSitesFollowsTheRuleInEveryTable() {
        int checkedRows = 0;
        for (Map.Entry<String, ReportPage> page : pages().entrySet()) {
            for (DataTable table : tables(page.getValue())) {
                int units = table.headers().indexOf(LABELS.get("col.evalues"));
                for (List<Cell> row : table.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        if (PUBLIC.contains(table.headers().get(c))) {
                            assertNotEquals(MASK, row.get(c).text(), where(page.getKey(), table, row));
                        }
                    }
                    if (units < 0) {
                        continue;
                    }
                    long n = Long.parseLong(row.get(units).csv());
                    for (int c = 1; c < row.size(); c++) {
                        if (c == units || PUBLIC.contains(table.headers().get(c))) {
                            continue;
                        }
                        String text = row.get(c).text();
                        if (n == 0) {
                            assertEquals("—", text, where(page.getKey(), table, row));
                        } else if (n < DATA.secrecy().seuil()) {
                            assertEquals(MASK, text, where(page.getKey(), table, row));
                            assertEquals(MASK, row.get(c).csv(), where(page.getKey(), table, row));
                        }
                    }
                    checkedRows++;
                }
            }
        }
        assertTrue(checkedRows > 10, "rows checked: " + checkedRows);
    }

    @Test
    void partsShownWithTheirTotalNeverHaveASingleOneMasked() {
        int checkedTables = 0;
        for (Map.Entry<String, ReportPage> page : pages().entrySet()) {
            for (DataTable table : tables(page.getValue())) {
                int units = table.headers().indexOf(LABELS.get("col.evalues"));
                if (units < 0 || !(table.csvName().contains("region") || table.csvName().contains("departement"))) {
                    continue;
                }
                long masked = table.rows().stream().filter(r -> r.stream().anyMatch(c -> c.text().equals(MASK)))
                        .count();
                long withSites = table.rows().stream().filter(r -> !r.get(units).csv().equals("0")).count();
                // A lone part is its total, masked by the same rule.
                if (withSites > 1) {
                    assertNotEquals(1, masked, page.getKey() + " " + table.csvName());
                }
                checkedTables++;
            }
        }
        assertTrue(checkedTables >= 3, "tables checked: " + checkedTables);
    }

    @Test
    void theWatchCountsOfAMaskedRegionAreMasked() {
        DataTable veille = tables(pages().get("national")).stream()
                .filter(t -> t.csvName().endsWith("veille-regions.csv")).findFirst().orElseThrow();
        for (List<Cell> row : veille.rows()) {
            // Both fixture regions are masked: région 11 has 3 sites, and région 84 would give it back.
            assertEquals(List.of(MASK, MASK, MASK, MASK, MASK),
                    row.subList(1, row.size()).stream().map(Cell::text).toList(), row.get(0).text());
        }
    }

    @Test
    void noPagePrintsTheLeakedCountOfAHiddenShare() {
        for (Map.Entry<String, ReportPage> page : pages().entrySet()) {
            for (DataTable table : tables(page.getValue())) {
                String csv = CsvFile.of(table);
                assertFalse(csv.contains("11 Île-de-France;3;3;"), page.getKey() + " " + table.csvName());
            }
        }
    }

    private static String where(String page, DataTable table, List<Cell> row) {
        return page + " / " + table.csvName() + " / " + row.stream().map(Cell::text).toList();
    }
}
