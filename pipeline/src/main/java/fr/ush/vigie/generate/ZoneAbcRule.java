package fr.ush.vigie.generate;

import java.util.Set;

/**
 * A SYNTHETIC zone ABC, derived from a commune's population and territory only. The real zonage is an
 * arrêté's annex that the geography does not carry; this rule just yields a plausible spread (Paris and the
 * dense inner suburbs Abis, large cities A, mid-size towns B1/B2, small communes C) so that both markets
 * exist in the sample. A real deployment loads the official zonage into the same column.
 */
final class ZoneAbcRule {
    /** Inner suburbs of Paris. */
    private static final Set<String> PETITE_COURONNE = Set.of("92", "93", "94");
    /** Départements with strong housing pressure (coast, cross-border, large metropolises). */
    private static final Set<String> TENSE_DEPARTEMENTS = Set.of(
            "01", "06", "13", "2A", "2B", "31", "33", "34", "35", "44", "64", "67", "69", "73", "74", "83");

    /** Where even mid-size towns are zone A (Côte d'Azur, the Geneva commuter belt). */
    private static final Set<String> RIVIERA_AND_GENEVOIS = Set.of("06", "74");

    private ZoneAbcRule() {
    }

    static String zoneOf(GeoCatalog geo, int commune) {
        String region = geo.communeRegion(commune);
        String departement = geo.communeDepartement(commune);
        int population = geo.population(commune);
        GeoCatalog.Region r = geo.region(region);
        if ("com".equals(r.zone())) {
            return "C";
        }
        if ("drom".equals(r.zone())) {
            return population >= 20_000 ? "B1" : "B2";
        }
        if ("11".equals(region)) {
            return ileDeFrance(departement, population);
        }
        boolean tense = TENSE_DEPARTEMENTS.contains(departement);
        if (population >= 200_000 || RIVIERA_AND_GENEVOIS.contains(departement) && population >= 10_000) {
            return "A";
        }
        if (population >= 50_000 || tense && population >= 10_000) {
            return "B1";
        }
        if (population >= 5_000 || tense && population >= 3_000) {
            return "B2";
        }
        return "C";
    }

    private static String ileDeFrance(String departement, int population) {
        if ("75".equals(departement) || PETITE_COURONNE.contains(departement) && population >= 20_000) {
            return "Abis";
        }
        if (PETITE_COURONNE.contains(departement) || population >= 20_000) {
            return "A";
        }
        if (population >= 5_000) {
            return "B1";
        }
        return population >= 1_000 ? "B2" : "C";
    }
}
