package fr.ush.vigie.reports;

import fr.ush.vigie.marts.Thresholds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A hand-made snapshot: two campaigns, region 84 (six sites, one named {@code <script>…}, its organisme
 * {@code Dupont & Fils "Habitat"}) and region 11 (three sites: under the secrecy threshold).
 */
final class Fixture {
    static final Instant GENERATED_AT = Instant.parse("2026-06-30T08:00:00Z");
    static final String SCRIPT_SITE = "<script>alert(1)</script>";
    static final String ODD_ORGANISME = "Dupont & Fils \"Habitat\"";

    private Fixture() {
    }

    static WarehouseSnapshot snapshot() {
        List<SiteScore> scores = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            scores.add(new SiteScore("S84-" + i, "ORG84", "2026-S1", "84", i <= 3 ? "01" : "69", i % 2 == 0,
                    i <= 4 ? "TENDU" : "DETENDU", "OPH", 20.0 + 5 * i, i <= 2 ? "URGENCE_CRISE"
                            : i == 3 ? "CHRONIQUE" : "HORS_SITUATION_COMPLEXE", i == 1 ? 16.0 : -1.0));
        }
        for (int i = 1; i <= 3; i++) {
            scores.add(new SiteScore("S11-" + i, "ORG11", "2026-S1", "11", "75", true, "TENDU", "ESH", 40.0,
                    "A_RISQUE", 2.0));
        }
        List<TerritoryStats> territories = List.of(
                territory("2025-S2", "NATIONAL", "FR", "France", 9, 8, 3, 1, 1),
                territory("2026-S1", "NATIONAL", "FR", "France", 10, 9, 3, 1, 1),
                territory("2025-S2", "QPV", "QPV", "QPV", 5, 5, 2, 1, 1),
                territory("2026-S1", "QPV", "QPV", "QPV", 6, 6, 1, 1, 1),
                territory("2025-S2", "QPV", "HORS_QPV", "Hors QPV", 4, 3, 1, 0, 0),
                territory("2026-S1", "QPV", "HORS_QPV", "Hors QPV", 4, 3, 2, 0, 1),
                territory("2026-S1", "MARCHE", "TENDU", "Tendu", 7, 7, 3, 0, 1),
                territory("2026-S1", "MARCHE", "DETENDU", "Détendu", 2, 2, 2, 0, 0),
                territory("2025-S2", "REGION", "84", "Auvergne-Rhône-Alpes", 6, 6, 3, 0, 2),
                territory("2026-S1", "REGION", "84", "Auvergne-Rhône-Alpes", 6, 6, 3, 1, 2),
                territory("2026-S1", "REGION", "11", "Île-de-France", 4, 3, 0, 3, 0),
                territory("2026-S1", "DEPARTEMENT", "01", "Ain", 3, 3, 0, 1, 2),
                territory("2026-S1", "DEPARTEMENT", "69", "Rhône", 3, 3, 3, 0, 0),
                territory("2026-S1", "DEPARTEMENT", "75", "Paris", 4, 3, 0, 3, 0),
                territory("2026-S1", "FAMILLE", "OPH", "OPH", 6, 6, 3, 1, 2),
                territory("2026-S1", "FAMILLE", "ESH", "ESH", 4, 3, 0, 3, 0));
        List<WatchedSite> watch = List.of(
                new WatchedSite("2026-S1", "S84-1", SCRIPT_SITE, "ORG84", "84", "01", "OPH", "URGENCE_CRISE", 25.0,
                        16.0, List.of("DEGRADATION_FORTE", "NOUVELLE_CRISE"), false, false),
                new WatchedSite("2026-S1", "S84-3", "Les Tilleuls", "ORG84", "84", "01", "OPH", "CHRONIQUE", 35.0,
                        -1.0, List.of("CHRONIQUE_SANS_APPUI"), false, true),
                new WatchedSite("2026-S1", "S11-1", "Cité des Lilas", "ORG11", "11", "75", "ESH", "A_RISQUE", 40.0,
                        2.0, List.of(), true, false));
        DemandeStats gusp84 = new DemandeStats(2026, "GUSP", "84", 10, 8, 6, 1, 1, 2, 5, 3, 2, 30.5, 12.0);
        DemandeStats qualite84 = new DemandeStats(2026, "QUALITE_SERVICE", "84", 1, 1, 1, 0, 0, 0, 1, 1, 1, 10.0,
                5.0);
        DemandeStats qualite11 = new DemandeStats(2026, "QUALITE_SERVICE", "11", 4, 4, 3, 1, 0, 0, 2, 1, 1, 20.0,
                null);
        List<DemandeStats> demandes = List.of(gusp84, qualite84, qualite11);
        // P2's three missions: one in region 84 (OPH), two in region 11 (ESH); the national row pools them:
        // satisfaction (3 + 2) / 2 = 2.5, each benefit 1 of 2, 2 + 2 recommendations of which 1 + 0 implemented.
        MissionStats p1In84 = new MissionStats(2026, "GUSP", "P1", 5, 50, 10, 2, 40000, 8000, 4, 3.2, 0.75, 0.5,
                0.25, 1.0, 10, 6);
        MissionStats p2In84 = new MissionStats(2026, "QUALITE_SERVICE", "P2", 1, 10, 0, 0, 7000, 0, 1, 3.0, 1.0, 1.0,
                0.0, 1.0, 2, 1);
        MissionStats p2In11 = new MissionStats(2026, "QUALITE_SERVICE", "P2", 2, 20, 0, 0, 14000, 0, 1, 2.0, 0.0, 0.0,
                1.0, 0.0, 2, 0);
        List<MissionStats> missions = List.of(p1In84,
                new MissionStats(2026, "QUALITE_SERVICE", "P2", 3, 30, 0, 0, 21000, 0, 2, 2.5, 0.5, 0.5, 0.5, 0.5, 4,
                        1));
        // Region 84's sites are all OPH's, region 11's all ESH's: each famille's pool is its region's.
        List<Territorial<DemandeStats>> demandesTerritoires = new ArrayList<>();
        List<Territorial<MissionStats>> missionsTerritoires = new ArrayList<>();
        for (String[] scope : List.of(new String[] {"REGION", "84", "11"}, new String[] {"FAMILLE", "OPH", "ESH"})) {
            demandesTerritoires.add(new Territorial<>(scope[0], scope[1], gusp84));
            demandesTerritoires.add(new Territorial<>(scope[0], scope[1], qualite84));
            demandesTerritoires.add(new Territorial<>(scope[0], scope[2], qualite11));
            missionsTerritoires.add(new Territorial<>(scope[0], scope[1], p1In84));
            missionsTerritoires.add(new Territorial<>(scope[0], scope[1], p2In84));
            missionsTerritoires.add(new Territorial<>(scope[0], scope[2], p2In11));
        }
        List<ProviderEffect> effects = List.of(
                new ProviderEffect("P1", "Cabinet Alpha", "GUSP", 5, 4, 3.2, 2.9, 3.5, 0.6, 0.4, 0.8, 6, -6.0, -1.0,
                        -5.0, -8.0, -2.0, true),
                new ProviderEffect("P2", "Beta Conseil", "QUALITE_SERVICE", 3, 2, 2.5, 1.5, 3.5, 0.25, 0.05, 0.7, 2,
                        -1.0, 0.0, -1.0, -4.0, 2.0, false));
        Places places = new Places(Map.of("84", "Auvergne-Rhône-Alpes", "11", "Île-de-France"),
                Map.of("01", "Ain", "69", "Rhône", "75", "Paris"), Map.of("01", "84", "69", "84", "75", "11"),
                Map.of("ORG84", ODD_ORGANISME, "ORG11", "Paris Habitat Test"));
        RunInfo run = new RunInfo("20260630T070000Z-abcdef", "0.1.0-TEST", Map.of("input", "sample-data"),
                List.of(new RunInfo.Input("reference/sites.csv", "a".repeat(64), "sites", 9, 9, 0),
                        new RunInfo.Input("demandes/demandes.csv", "b".repeat(64), "demandes", 15, 14, 1)));
        return new WarehouseSnapshot("2026-S1", List.of("2025-S2", "2026-S1"), territories, scores, watch,
                demandes, missions, demandesTerritoires, missionsTerritoires, effects, List.of(new RejectCount("demandes", "DATE_INVALIDE", 1)), places,
                Thresholds.defaults(), run, OrganismeQuality.none());
    }

    /** A territory row: hors situation, à risque, urgence counts; the rest of the evaluated sites are chronic. */
    private static TerritoryStats territory(String campagne, String dimension, String code, String libelle,
            long attendus, long evalues, long hors, long risque, long urgence) {
        long chronique = Math.max(0, evalues - hors - risque - urgence);
        return new TerritoryStats(campagne, dimension, code, libelle, attendus, evalues, Math.min(evalues, attendus),
                30.0 + evalues, hors, risque, chronique, urgence, evalues - 1, -0.2);
    }
}
