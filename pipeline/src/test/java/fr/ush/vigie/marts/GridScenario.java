package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.GridFixtures.autodiagnostic;
import static fr.ush.vigie.marts.GridFixtures.date;
import static fr.ush.vigie.marts.GridFixtures.indicator;
import static fr.ush.vigie.marts.GridFixtures.row;
import static fr.ush.vigie.marts.GridFixtures.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Seven sites over five campaigns (2024-S1 … 2026-S1), scored with a four-indicator grid where every weight is 1:
 * the global score is {@code 100·Σniveau/12}, an axis score {@code 100·Σniveau/6} (so Σ=1 → 8.3, 2 → 16.7,
 * 3 → 25.0, 4 → 33.3, 5 → 41.7, 6 → 50.0, 7 → 58.3, 8 → 66.7 globally). Levels are written in the order
 * Q1 Q2 F1 F2; Q1 is the only critical indicator. The expected marts are worked out in {@link GridMartsTest}.
 *
 * <ul>
 * <li>S1 (R1/D1, QPV, tendu, OPH): DEGRADEE, CRISE, then DEGRADEE twice (chronic), then NORMALE; demandes just
 * outside the 730-day window of 2025-S1 and on the last day of 2025-S2.</li>
 * <li>S2 (R1/D2, détendu, OPH): DEGRADEE every time it is assessed, but not in 2025-S1: the gap breaks
 * chronicity.</li>
 * <li>S3 (R2/D3, QPV, détendu, ESH): NORMALE, CRISE by a critical indicator, CRISE by score, VIGILANCE twice;
 * missions ongoing at the end of 2024-S2 only.</li>
 * <li>S4 (R2/D3, tendu, ESH; no dates = always monitored): a superseded autodiagnostic in 2024-S2, then
 * partial ones (global score null, then exactly 50% of the weight assessed).</li>
 * <li>S5 (R1/D1, no marché, no famille): enters monitoring on 2025-03-01 but is assessed in 2024-S2 already.</li>
 * <li>S6 (no commune, QPV): leaves monitoring on 2024-12-31, assessed in 2024-S1 and again in 2025-S1.</li>
 * <li>S7 (R1/D2, tendu, OPH): monitored from 2024-06-30 to 2025-01-01, never assessed.</li>
 * </ul>
 */
final class GridScenario {
    static final List<String> CODES = List.of("Q1", "Q2", "F1", "F2");

    private GridScenario() {
    }

    static Dataset<Row> grille() {
        return table(GridFixtures.GRILLE, List.of(
                indicator("V1", "Q1", "QUALITE_SERVICE", "1", true),
                indicator("V1", "Q2", "QUALITE_SERVICE", "1", false),
                indicator("V1", "F1", "FONCTIONNEMENT_URBAIN", "1", false),
                indicator("V1", "F2", "FONCTIONNEMENT_URBAIN", "1", false)));
    }

    static Dataset<Row> sites() {
        return table(GridFixtures.SITES, List.of(
                site("S1", "ORG1", "Les Tilleuls", "2015-01-01", null, "D1", "R1", true, "TENDU", "OPH"),
                site("S2", "ORG1", "Le Parc", "2015-01-01", null, "D2", "R1", false, "DETENDU", "OPH"),
                site("S3", "ORG2", "La Source", "2015-01-01", null, "D3", "R2", true, "DETENDU", "ESH"),
                site("S4", "ORG2", "Les Cèdres", null, null, "D3", "R2", false, "TENDU", "ESH"),
                site("S5", "ORG3", "Le Moulin", "2025-03-01", null, "D1", "R1", false, null, null),
                site("S6", "ORG3", "La Gare", "2015-01-01", "2024-12-31", null, null, true, null, null),
                site("S7", "ORG1", "Les Prés", "2024-06-30", "2025-01-01", "D2", "R1", false, "TENDU", "OPH")));
    }

    static Dataset<Row> autodiagnostics() {
        List<Row> rows = new ArrayList<>();
        assess(rows, "S1", "2024-03-15", "1 2 2 1");
        assess(rows, "S1", "2024-10-15", "3 1 1 1");
        assess(rows, "S1", "2025-03-15", "0 2 3 2");
        assess(rows, "S1", "2025-10-15", "1 1 3 1");
        assess(rows, "S1", "2026-03-15", "0 0 1 0");
        assess(rows, "S2", "2024-03-15", "0 1 3 1");
        assess(rows, "S2", "2024-10-15", "1 1 2 2");
        assess(rows, "S2", "2025-10-15", "1 2 2 2");
        assess(rows, "S2", "2026-03-15", "0 0 3 0");
        assess(rows, "S3", "2024-03-15", "0 0 0 0");
        assess(rows, "S3", "2024-10-15", "3 0 0 0");
        assess(rows, "S3", "2025-03-15", "2 2 2 2");
        assess(rows, "S3", "2025-10-15", "0 1 1 1");
        assess(rows, "S3", "2026-03-15", "0 2 0 0");
        rows.addAll(autodiagnostic("S4-superseded", "S4", "2024-09-01", false, "V1", CODES, "3 3 3 3"));
        assess(rows, "S4", "2024-11-20", "0 1 0 1");
        assess(rows, "S4", "2025-03-15", "- - 3 -");
        assess(rows, "S4", "2025-10-15", "1 2 - -");
        assess(rows, "S4", "2026-03-15", "0 0 0 0");
        assess(rows, "S5", "2024-10-01", "3 0 0 0");
        assess(rows, "S5", "2025-03-15", "1 1 1 1");
        assess(rows, "S5", "2025-10-15", "2 2 2 1");
        assess(rows, "S6", "2024-03-15", "0 0 1 0");
        assess(rows, "S6", "2025-03-15", "0 0 1 1");
        return table(GridFixtures.AUTODIAGNOSTICS, rows);
    }

    static Dataset<Row> demandes() {
        return table(GridFixtures.DEMANDES, List.of(
                row("D1", "ORG1", "S1", date("2023-06-30"), "REFUSEE", date("2023-07-20")),
                row("D2", "ORG1", "S1", date("2025-12-31"), "EN_ATTENTE", null),
                row("D3", "ORG2", "S3", date("2024-09-01"), "ACCEPTEE", date("2024-10-01")),
                row("D4", "ORG3", "S5", date("2025-04-01"), "ACCEPTEE", date("2025-05-01")),
                row("D5", "ORG1", null, date("2024-01-15"), "ACCEPTEE", date("2024-02-01"))));
    }

    static Dataset<Row> missions() {
        return table(GridFixtures.MISSIONS, List.of(
                row("M1", "D3", date("2024-11-01"), date("2025-02-15"), "TERMINEE"),
                row("M2", "D3", date("2025-05-01"), date("2025-06-30"), "TERMINEE"),
                row("M3", "D3", date("2025-09-01"), null, "ANNULEE"),
                row("M4", "D3", date("2026-07-01"), null, "PLANIFIEE"),
                row("M5", "D4", date("2025-12-31"), null, "EN_COURS"),
                row("M6", "D5", date("2024-02-01"), null, "EN_COURS")));
    }

    static StagingSource staging() {
        Map<String, Dataset<Row>> tables = Map.of("grille", grille(), "sites", sites(),
                "autodiagnostics", autodiagnostics(), "demandes", demandes(), "missions", missions());
        return name -> {
            Dataset<Row> table = tables.get(name);
            if (table == null) {
                throw new IllegalArgumentException("no staging table " + name + " in the scenario");
            }
            return table;
        };
    }

    /** A retained autodiagnostic with grid V1, its id made of the site and the date. */
    private static void assess(List<Row> rows, String site, String isoDate, String levels) {
        rows.addAll(autodiagnostic(site + "@" + isoDate, site, isoDate, true, "V1", CODES, levels));
    }

    private static Row site(String id, String organisme, String nom, String entree, String sortie,
            String departement, String region, boolean qpv, String marche, String famille) {
        return row(id, organisme, nom, date(entree), date(sortie), departement,
                departement == null ? null : "Département " + departement, region,
                region == null ? null : "Région " + region, qpv, marche, famille);
    }
}
