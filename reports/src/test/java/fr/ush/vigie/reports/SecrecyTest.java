package fr.ush.vigie.reports;

import static fr.ush.vigie.reports.Secrecy.Disclosure.EMPTY;
import static fr.ush.vigie.reports.Secrecy.Disclosure.HIDDEN;
import static fr.ush.vigie.reports.Secrecy.Disclosure.SHOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The secrecy rule: which cells are hidden, which are empty, and the complementary suppression of parts shown with
 * their total — checked on random tables that no hidden count can be derived from the published ones by adding and
 * subtracting rows and columns.
 */
class SecrecyTest {
    private static final Secrecy SECRECY = new Secrecy(5);

    @Test
    void aCellOfOneToFourUnitsIsHiddenAndACellWithoutUnitIsEmpty() {
        assertEquals(EMPTY, SECRECY.of(0));
        assertEquals(HIDDEN, SECRECY.of(1));
        assertEquals(HIDDEN, SECRECY.of(4));
        assertEquals(SHOWN, SECRECY.of(5));
        assertEquals("n < 5", Measures.text(HIDDEN.point(0.5), CategoryData.ValueFormat.PERCENT, SECRECY));
        assertEquals("—", Measures.text(EMPTY.point(null), CategoryData.ValueFormat.PERCENT, SECRECY));
        assertEquals("3", Measures.text(SHOWN.count(3), CategoryData.ValueFormat.INTEGER, SECRECY));
    }

    @Test
    void aSingleHiddenPartHidesTheSmallestShownPartToo() {
        // QPV 3 sites, hors QPV 40: France's total minus hors QPV would give QPV back.
        assertEquals(List.of(HIDDEN, HIDDEN), SECRECY.parts(List.of(3L, 40L)));
        // Regions 12, 3, 7, 0, 7: the smallest shown is the first 7.
        assertEquals(List.of(SHOWN, HIDDEN, HIDDEN, EMPTY, SHOWN), SECRECY.parts(List.of(12L, 3L, 7L, 0L, 7L)));
        // Two hidden parts already protect each other; an empty part protects nothing.
        assertEquals(List.of(HIDDEN, HIDDEN, SHOWN), SECRECY.parts(List.of(2L, 4L, 9L)));
        assertEquals(List.of(SHOWN, SHOWN, EMPTY), SECRECY.parts(List.of(5L, 9L, 0L)));
    }

    @Test
    void theChildrenOfAHiddenParentAreAllHidden() {
        List<Secrecy.Disclosure> regions = SECRECY.parts(List.of(3L, 20L, 8L));
        assertEquals(List.of(HIDDEN, SHOWN, HIDDEN), regions);
        assertEquals(List.of(List.of(HIDDEN), List.of(SHOWN, HIDDEN, HIDDEN), List.of(HIDDEN, EMPTY, HIDDEN)),
                SECRECY.nested(regions, List.of(List.of(3L), List.of(12L, 2L, 6L), List.of(6L, 0L, 2L))));
    }

    /** Parts × categories with the total of each category printed; each part's units printed too. */
    @Test
    void noHiddenCountOfRandomPartsCanBeDerived() {
        for (long seed = 1; seed <= 400; seed++) {
            Random random = new Random(seed);
            int parts = 2 + random.nextInt(7);
            int categories = 1 + random.nextInt(4);
            boolean exhaustive = categories > 1 && random.nextBoolean();
            List<Long> units = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                units.add((long) smallOrLarge(random));
            }
            List<Secrecy.Disclosure> disclosures = SECRECY.parts(units);
            Unknowns unknowns = new Unknowns();
            List<List<Integer>> sums = new ArrayList<>();
            int[][] cell = new int[parts][categories];
            for (int i = 0; i < parts; i++) {
                for (int j = 0; j < categories; j++) {
                    cell[i][j] = disclosures.get(i) == HIDDEN ? unknowns.next() : -1;
                }
            }
            // The total is printed unless it is itself a cell of too few units.
            if (SECRECY.of(units.stream().mapToLong(Long::longValue).sum()) == SHOWN) {
                for (int j = 0; j < categories; j++) {
                    sums.add(column(cell, j));
                }
            }
            if (exhaustive) {
                for (int[] row : cell) {
                    sums.add(present(row));
                }
            }
            assertNothingDerivable(sums, unknowns.count, "seed " + seed + " units " + units);
        }
    }

    /** Regions × départements × categories, with France's and each printed region's totals. */
    @Test
    void noHiddenCountOfRandomNestedPartsCanBeDerived() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            int regions = 2 + random.nextInt(4);
            int categories = 1 + random.nextInt(3);
            boolean exhaustive = categories > 1 && random.nextBoolean();
            List<List<Long>> children = new ArrayList<>();
            List<Long> regionUnits = new ArrayList<>();
            for (int r = 0; r < regions; r++) {
                List<Long> departements = new ArrayList<>();
                int count = 1 + random.nextInt(4);
                for (int d = 0; d < count; d++) {
                    departements.add((long) smallOrLarge(random));
                }
                children.add(departements);
                regionUnits.add(departements.stream().mapToLong(Long::longValue).sum());
            }
            List<Secrecy.Disclosure> regionDisclosures = SECRECY.parts(regionUnits);
            List<List<Secrecy.Disclosure>> nested = SECRECY.nested(regionDisclosures, children);
            Unknowns unknowns = new Unknowns();
            List<int[][]> cells = new ArrayList<>();
            for (int r = 0; r < regions; r++) {
                int[][] cell = new int[children.get(r).size()][categories];
                for (int d = 0; d < cell.length; d++) {
                    for (int j = 0; j < categories; j++) {
                        cell[d][j] = nested.get(r).get(d) == HIDDEN ? unknowns.next() : -1;
                    }
                }
                cells.add(cell);
            }
            List<List<Integer>> sums = new ArrayList<>();
            for (int j = 0; j < categories; j++) {
                List<Integer> france = new ArrayList<>();
                for (int r = 0; r < regions; r++) {
                    List<Integer> region = column(cells.get(r), j);
                    france.addAll(region);
                    if (regionDisclosures.get(r) == SHOWN) {
                        sums.add(region);
                    }
                }
                if (SECRECY.of(regionUnits.stream().mapToLong(Long::longValue).sum()) == SHOWN) {
                    sums.add(france);
                }
            }
            if (exhaustive) {
                cells.forEach(cell -> {
                    for (int[] row : cell) {
                        sums.add(present(row));
                    }
                });
            }
            assertNothingDerivable(sums, unknowns.count, "seed " + seed + " départements " + children);
        }
    }

    /** Mostly small parts, so that the rule is exercised. */
    private static int smallOrLarge(Random random) {
        return random.nextInt(3) == 0 ? 5 + random.nextInt(30) : random.nextInt(7);
    }

    private static final class Unknowns {
        int count;

        int next() {
            return count++;
        }
    }

    private static List<Integer> column(int[][] cell, int j) {
        List<Integer> column = new ArrayList<>();
        for (int[] row : cell) {
            if (row[j] >= 0) {
                column.add(row[j]);
            }
        }
        return column;
    }

    private static List<Integer> present(int[] row) {
        List<Integer> present = new ArrayList<>();
        for (int u : row) {
            if (u >= 0) {
                present.add(u);
            }
        }
        return present;
    }

    /**
     * Each published sum, less its published terms, is a known sum of hidden cells; a hidden cell can be derived
     * by adding and subtracting such sums exactly when its unit vector lies in their span.
     */
    private static void assertNothingDerivable(List<List<Integer>> sums, int unknowns, String table) {
        List<double[]> basis = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        for (List<Integer> sum : sums) {
            double[] row = new double[unknowns];
            sum.forEach(u -> row[u] += 1);
            reduce(row, basis, pivots);
            int pivot = firstNonZero(row);
            if (pivot >= 0) {
                basis.add(row);
                pivots.add(pivot);
            }
        }
        for (int u = 0; u < unknowns; u++) {
            double[] unit = new double[unknowns];
            unit[u] = 1;
            reduce(unit, basis, pivots);
            assertFalse(firstNonZero(unit) < 0, "hidden cell " + u + " derivable in " + table);
        }
    }

    private static void reduce(double[] row, List<double[]> basis, List<Integer> pivots) {
        for (int b = 0; b < basis.size(); b++) {
            int p = pivots.get(b);
            if (Math.abs(row[p]) > 1e-9) {
                double factor = row[p] / basis.get(b)[p];
                for (int k = 0; k < row.length; k++) {
                    row[k] -= factor * basis.get(b)[k];
                }
            }
        }
    }

    private static int firstNonZero(double[] row) {
        for (int k = 0; k < row.length; k++) {
            if (Math.abs(row[k]) > 1e-9) {
                return k;
            }
        }
        return -1;
    }
}
