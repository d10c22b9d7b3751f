package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.AppuiColumns.*;
import static fr.ush.vigie.marts.AppuiFixtures.*;
import static fr.ush.vigie.marts.MartColumns.CODE_TERRITOIRE;
import static fr.ush.vigie.marts.MartColumns.DIMENSION;
import static fr.ush.vigie.model.Col.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code appui_demandes_territoires} and {@code appui_missions_territoires} on a hand-made pool: two organismes of
 * different regions and familles, one of whose sites lies in the other's region. Expected values are worked out
 * beside the fixture rows.
 */
class AppuiTerritoiresTest {
    private static final String[] DEMANDES = {ANNEE, VOLET, DIMENSION, CODE_TERRITOIRE, NB_DEMANDES, NB_DECIDEES,
        NB_ACCEPTEES, NB_REFUSEES, NB_REORIENTEES, NB_EN_ATTENTE, NB_MISSIONS, NB_MISSIONS_TERMINEES,
        NB_MISSIONS_EVALUEES, DELAI_DECISION_MEDIAN_JOURS, DELAI_DEMARRAGE_MEDIAN_JOURS};
    private static final String[] MISSIONS = {ANNEE, VOLET, PRESTATAIRE_ID, DIMENSION, CODE_TERRITOIRE, NB_MISSIONS,
        JOURS_FINANCES, JOURS_PROLONGATION, NB_PROLONGEES, TAUX_PROLONGATION, COUT_USH_EUR, COUT_ORGANISMES_EUR,
        NB_EVALUEES, SATISFACTION_MOYENNE, PART_REGARD_NEUF};

    private static List<List<Object>> demandeRows;
    private static List<List<Object>> missionRows;

    @BeforeAll
    static void compute() {
        Dataset<Row> organismes = organismes()
                .row(organisme("O11", "11", "OPH"))
                .row(organisme("O84", "84", "ESH"))
                .dataset();
        Dataset<Row> sites = sites()
                .row(site("S1", "O11", "11", TENDU, true))
                // A site of the OPH of region 11 lying in region 84: region 84, famille OPH.
                .row(site("S2", "O11", "84", DETENDU, false))
                .row(site("S3", "O84", "84", DETENDU, false))
                .dataset();
        Dataset<Row> demandes = demandes()
                // 11 / OPH, decided in 10 days.
                .row(demande("D1", "O11", "S1", "2024-01-10", GUSP, "2024-01-20", ACCEPTEE))
                // 84 / OPH, decided in 14 days.
                .row(demande("D2", "O11", "S2", "2024-02-01", GUSP, "2024-02-15", ACCEPTEE))
                // No site: its organisme's region, 84 / ESH; decided in 30 days.
                .row(demande("D3", "O84", null, "2024-03-01", GUSP, "2024-03-31", REFUSEE))
                // 84 / ESH, pending.
                .row(demande("D4", "O84", "S3", "2024-04-01", GUSP, null, EN_ATTENTE))
                .dataset();
        Dataset<Row> missions = missions()
                // 11 / OPH / P1: 4 × 1000 funded, 1 × 1000 extended; starts 16 days after its commission.
                .row(mission("M1", "D1", "P1", "2024-02-05", "2024-03-05", 4, 1, "1000", TERMINEE))
                // 84 / OPH / P1: 5 × 1000 funded; starts 15 days after (15 Feb → 1 Mar 2024, a leap year).
                .row(mission("M2", "D2", "P1", "2024-03-01", "2024-04-01", 5, 0, "1000", TERMINEE))
                // 84 / OPH / P2: 2 × 500 funded, 2 × 500 extended; starts 46 days after (15 Feb → 1 Apr).
                .row(mission("M3", "D2", "P2", "2024-04-01", null, 2, 2, "500", EN_COURS))
                // Cancelled: counts nowhere.
                .row(mission("M4", "D1", "P1", "2024-05-01", null, 9, 9, "1000", ANNULEE))
                .dataset();
        Dataset<Row> evaluations = evaluations()
                .row(evaluation("M1", 4, true, true, true, true, 2, 1))
                .row(evaluation("M2", 2, false, true, true, true, 2, 2))
                .dataset();
        demandeRows = Arrays.stream((Row[]) AppuiTerritoires.demandes(demandes, missions, evaluations, sites,
                organismes).collect()).map(r -> values(r, DEMANDES)).toList();
        missionRows = Arrays.stream((Row[]) AppuiTerritoires.missions(missions, demandes, evaluations, sites,
                organismes).collect()).map(r -> values(r, MISSIONS)).toList();
    }

    @Test
    void theFunnelOfEachRegionAndEachFamilleWithItsOwnMedians() {
        assertEquals(List.of(
                        // D3, D4: D3 refused after 30 days, D4 pending, no mission.
                        Arrays.asList(2024, GUSP, "FAMILLE", "ESH", 2L, 1L, 0L, 1L, 0L, 1L, 0L, 0L, 0L, 30.0, null),
                        // D1, D2 accepted (10 and 14 days: median 12); M1, M2, M3 (16, 15, 46 days: median 16),
                        // M1 and M2 finished and evaluated.
                        Arrays.asList(2024, GUSP, "FAMILLE", "OPH", 2L, 2L, 2L, 0L, 0L, 0L, 3L, 2L, 2L, 12.0, 16.0),
                        Arrays.asList(2024, GUSP, "REGION", "11", 1L, 1L, 1L, 0L, 0L, 0L, 1L, 1L, 1L, 10.0, 16.0),
                        // D2, D3, D4: medians (14+30)/2 = 22 and (15+46)/2 = 30.5.
                        Arrays.asList(2024, GUSP, "REGION", "84", 3L, 2L, 1L, 1L, 0L, 1L, 2L, 1L, 1L, 22.0, 30.5)),
                demandeRows);
    }

    @Test
    void theMissionsOfEachPrestataireInEachRegionAndEachFamille() {
        assertEquals(List.of(
                        // M1 + M2: 9 days funded (9000.00), 1 extended (1000.00); satisfaction (4+2)/2, regard
                        // neuf 1/2.
                        Arrays.asList(2024, GUSP, "P1", "FAMILLE", "OPH", 2L, 9L, 1L, 1L, 0.5, euros("9000.00"),
                                euros("1000.00"), 2L, 3.0, 0.5),
                        Arrays.asList(2024, GUSP, "P1", "REGION", "11", 1L, 4L, 1L, 1L, 1.0, euros("4000.00"),
                                euros("1000.00"), 1L, 4.0, 1.0),
                        Arrays.asList(2024, GUSP, "P1", "REGION", "84", 1L, 5L, 0L, 0L, 0.0, euros("5000.00"),
                                euros("0.00"), 1L, 2.0, 0.0),
                        // M3, not evaluated: no mean, no share.
                        Arrays.asList(2024, GUSP, "P2", "FAMILLE", "OPH", 1L, 2L, 2L, 1L, 1.0, euros("1000.00"),
                                euros("1000.00"), 0L, null, null),
                        Arrays.asList(2024, GUSP, "P2", "REGION", "84", 1L, 2L, 2L, 1L, 1.0, euros("1000.00"),
                                euros("1000.00"), 0L, null, null)),
                missionRows);
    }

    private static BigDecimal euros(String value) {
        return new BigDecimal(value);
    }
}
