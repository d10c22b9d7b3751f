package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.AppuiColumns.*;
import static fr.ush.vigie.marts.AppuiFixtures.*;
import static fr.ush.vigie.model.Col.CODE_REGION;
import static fr.ush.vigie.model.Col.VOLET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code appui_demandes} on a hand-made funnel. Every expected value is worked out in the comments beside the
 * fixture rows.
 */
class AppuiDemandesTest {
    private static final String[] COLUMNS = {ANNEE, VOLET, CODE_REGION, NB_DEMANDES, NB_DECIDEES, NB_ACCEPTEES,
        NB_REFUSEES, NB_REORIENTEES, NB_EN_ATTENTE, NB_MISSIONS, NB_MISSIONS_TERMINEES, NB_MISSIONS_EVALUEES,
        DELAI_DECISION_MEDIAN_JOURS, DELAI_DEMARRAGE_MEDIAN_JOURS};

    private static List<List<Object>> rows;

    @BeforeAll
    static void compute() {
        Dataset<Row> organismes = organismes()
                .row(organisme("O11", "11"))
                .row(organisme("O84", "84"))
                .dataset();
        Dataset<Row> sites = sites()
                .row(site("S1", "O11", "11", TENDU, true))
                .row(site("S3", "O11", "11", TENDU, false))
                // A site of an organisme of region 11 placed by its commune in region 84.
                .row(site("S2", "O11", "84", DETENDU, false))
                // A site whose commune places it in no region.
                .row(site("S4", "O11", null, null, false))
                .dataset();
        Dataset<Row> demandes = demandes()
                // 2024 / GUSP / 11: decision delays 10, 14, 30, 4 (D4 undecided) → even count, median (10+14)/2 = 12.
                .row(demande("D1", "O11", "S1", "2024-01-10", GUSP, "2024-01-20", ACCEPTEE))
                .row(demande("D2", "O11", "S3", "2024-02-01", GUSP, "2024-02-15", REFUSEE))
                // No site: placed in its organisme's region, 11.
                .row(demande("D3", "O11", null, "2024-03-01", GUSP, "2024-03-31", ACCEPTEE))
                .row(demande("D4", "O11", "S1", "2024-04-01", GUSP, null, EN_ATTENTE))
                .row(demande("D5", "O11", "S1", "2024-05-01", GUSP, "2024-05-05", REORIENTEE))
                // 2024 / GUSP / 84: decision delays 10, 13, 7 → odd count, median 10.
                .row(demande("D6", "O84", null, "2024-06-01", GUSP, "2024-06-11", ACCEPTEE))
                .row(demande("D7", "O84", "S2", "2024-06-03", GUSP, "2024-06-16", ACCEPTEE))
                // The site's region (84) wins over its organisme's (11).
                .row(demande("D8", "O11", "S2", "2024-07-01", GUSP, "2024-07-08", REFUSEE))
                // 2025 / QUALITE_SERVICE / 84: pending, nothing decided, no mission.
                .row(demande("D9", "O84", "S2", "2025-01-15", QUALITE_SERVICE, null, EN_ATTENTE))
                // 2024 / GUSP / no region: the site is known but placed nowhere; its organisme's region is not its own.
                .row(demande("D10", "O11", "S4", "2024-01-05", GUSP, "2024-01-06", ACCEPTEE))
                .dataset();
        Dataset<Row> missions = missions()
                // Start delays in 2024 / GUSP / 11: M1 16 (20 Jan → 5 Feb), M2 20 (31 Mar → 20 Apr),
                // M4 41 (20 Jan → 1 Mar 2024, a leap year) → odd count, median 20; M3 is cancelled.
                .row(mission("M1", "D1", "P1", "2024-02-05", "2024-03-05", TERMINEE))
                .row(mission("M2", "D3", "P1", "2024-04-20", null, EN_COURS))
                .row(mission("M3", "D3", "P1", "2024-04-01", null, ANNULEE))
                .row(mission("M4", "D1", "P2", "2024-03-01", "2024-03-20", TERMINEE))
                // Start delays in 2024 / GUSP / 84: M5 9 (11 → 20 Jun), M6 14 (16 → 30 Jun) → median 11.5.
                .row(mission("M5", "D6", "P1", "2024-06-20", "2024-07-20", TERMINEE))
                .row(mission("M6", "D7", "P2", "2024-06-30", null, PLANIFIEE))
                .dataset();
        Dataset<Row> evaluations = evaluations()
                .row(evaluation("M1", 4, 5, 3))
                .row(evaluation("M4", 5, 2, 2))
                // The evaluation of a cancelled mission counts nowhere.
                .row(evaluation("M3", 1, 3, 0))
                .dataset();
        Row[] collected = (Row[]) AppuiDemandes.compute(demandes, missions, evaluations, sites, organismes).collect();
        rows = Arrays.stream(collected).map(r -> values(r, COLUMNS)).toList();
    }

    @Test
    void oneRowPerYearVoletAndRegionInThatOrder() {
        assertEquals(Arrays.asList(
                        Arrays.asList(2024, GUSP, null),
                        Arrays.asList(2024, GUSP, "11"),
                        Arrays.asList(2024, GUSP, "84"),
                        Arrays.asList(2025, QUALITE_SERVICE, "84")),
                rows.stream().map(r -> r.subList(0, 3)).toList());
    }

    @Test
    void evenCountOfDecisionDelaysAndOddCountOfStartDelaysWithSiteLessDemandeInItsOrganismesRegion() {
        // 5 demandes (D1–D5, D3 without a site); decided: D1, D2, D3, D5; M1, M2, M4 not cancelled,
        // M1 and M4 finished and evaluated; medians 12 and 20 as worked out above.
        assertEquals(Arrays.asList(2024, GUSP, "11", 5L, 4L, 2L, 1L, 1L, 1L, 3L, 2L, 2L, 12.0, 20.0), rows.get(1));
    }

    @Test
    void oddCountOfDecisionDelaysAndEvenCountOfStartDelays() {
        // D6 (no site, organisme in 84), D7 and D8 (sites in 84); M5 finished, not evaluated; M6 planned.
        assertEquals(Arrays.asList(2024, GUSP, "84", 3L, 3L, 2L, 1L, 0L, 0L, 2L, 1L, 0L, 10.0, 11.5), rows.get(2));
    }

    @Test
    void aGroupWithoutDecisionOrMissionHasZeroCountsAndNullMedians() {
        assertEquals(Arrays.asList(2025, QUALITE_SERVICE, "84", 1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, null, null),
                rows.get(3));
    }

    @Test
    void aSitePlacedInNoRegionKeepsItsDemandeOutOfEveryRegion() {
        assertEquals(Arrays.asList(2024, GUSP, null, 1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 1.0, null), rows.get(0));
    }
}
