package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TerritoryStatsTest {
    /** 96 complex sites among 346 evaluated: 27.746 %, which the mart stores as 0.2775. */
    private static final TerritoryStats FRANCE = new TerritoryStats("2026-S1", "NATIONAL", "FR", "France", 400, 346,
            338, 41.2, 250, 80, 10, 6, 300, -0.4);

    @Test
    void sharesAreRoundedOnceFromTheCounts() {
        assertEquals("27,7\u202F%", FrenchFormat.percent(FRANCE.partComplexe()));
        // 338 / 400 = 84.5 % exactly: half away from zero, as the contract rounds.
        assertEquals("84,5\u202F%", FrenchFormat.percent(FRANCE.tauxCompletude()));
        assertEquals("27,8\u202F%", FrenchFormat.percent(0.2775), "what rounding the mart's share again gave");
    }

    @Test
    void sharesOverNothingAreNull() {
        TerritoryStats empty = new TerritoryStats("2026-S1", "REGION", "94", "Corse", 0, 0, 0, null, 0, 0, 0, 0, 0,
                null);
        assertNull(empty.partComplexe());
        assertNull(empty.tauxCompletude());
    }
}
