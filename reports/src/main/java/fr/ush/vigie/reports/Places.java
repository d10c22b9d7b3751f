package fr.ush.vigie.reports;

import java.util.Map;

/**
 * Names of places and organismes, from staging.
 *
 * @param regions            region code → name
 * @param departements       département code → name
 * @param regionOfDepartement département code → region code
 * @param organismes         organisme id → name
 */
public record Places(Map<String, String> regions, Map<String, String> departements,
        Map<String, String> regionOfDepartement, Map<String, String> organismes) {
    public Places {
        regions = Map.copyOf(regions);
        departements = Map.copyOf(departements);
        regionOfDepartement = Map.copyOf(regionOfDepartement);
        organismes = Map.copyOf(organismes);
    }

    public String region(String code) {
        return regions.getOrDefault(code, code);
    }

    public String departement(String code) {
        return departements.getOrDefault(code, code);
    }

    public String organisme(String id) {
        return organismes.getOrDefault(id, id);
    }
}
