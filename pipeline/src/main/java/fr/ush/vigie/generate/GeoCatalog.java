package fr.ush.vigie.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real French geography bundled from Etalab's « découpage administratif » (regions, départements,
 * communes with their population). Communes are held as parallel arrays, indexed in file order.
 */
final class GeoCatalog {
    static final String RESOURCE_DIR = "/fr/ush/vigie/geo/";
    static final String LICENSE_FILE = "LICENSE-etalab-decoupage-administratif.txt";
    private static final int RURAL_POPULATION = 2_000;

    /** Metropolitan regions sharing a land border (Corse: its sea link with PACA); overseas ones have none. */
    private static final Map<String, List<String>> NEIGHBOURS = Map.ofEntries(
            Map.entry("11", List.of("24", "27", "28", "32", "44")),
            Map.entry("24", List.of("11", "27", "28", "52", "75", "84")),
            Map.entry("27", List.of("11", "24", "44", "84")),
            Map.entry("28", List.of("11", "24", "32", "52", "53")),
            Map.entry("32", List.of("11", "28", "44")),
            Map.entry("44", List.of("11", "27", "32")),
            Map.entry("52", List.of("24", "28", "53", "75")),
            Map.entry("53", List.of("28", "52")),
            Map.entry("75", List.of("24", "52", "76", "84")),
            Map.entry("76", List.of("75", "84", "93")),
            Map.entry("84", List.of("24", "27", "75", "76", "93")),
            Map.entry("93", List.of("76", "84", "94")),
            Map.entry("94", List.of("93")));

    record Region(String code, String nom, String zone) {
        boolean overseas() {
            return !"metro".equals(zone);
        }
    }

    record Departement(String code, String nom, String codeRegion) {
    }

    private final List<Region> regions;
    private final List<Departement> departements;
    private final String[] communeCode;
    private final String[] communeNom;
    private final String[] communeDepartement;
    private final String[] communeRegion;
    private final int[] population;
    private final Map<String, CommunePicker> byRegion = new HashMap<>();
    private final Map<String, CommunePicker> byDepartement = new HashMap<>();
    private final Map<String, CommunePicker> byCityRegion = new HashMap<>();

    private GeoCatalog(List<Region> regions, List<Departement> departements, List<String[]> communes,
                       int code, int nom, int departement, int region, int pop) {
        this.regions = List.copyOf(regions);
        this.departements = List.copyOf(departements);
        int n = communes.size();
        communeCode = new String[n];
        communeNom = new String[n];
        communeDepartement = new String[n];
        communeRegion = new String[n];
        population = new int[n];
        for (int i = 0; i < n; i++) {
            String[] row = communes.get(i);
            communeCode[i] = row[code];
            communeNom[i] = row[nom];
            communeDepartement[i] = row[departement];
            communeRegion[i] = row[region];
            population[i] = row[pop].isEmpty() ? 0 : Integer.parseInt(row[pop]);
        }
    }

    static GeoCatalog load() {
        ResourceCsv regionCsv = ResourceCsv.load(RESOURCE_DIR + "regions.csv", ',');
        List<Region> regions = new ArrayList<>();
        for (String[] row : regionCsv.rows()) {
            regions.add(new Region(row[regionCsv.column("code_region")], row[regionCsv.column("nom")],
                    row[regionCsv.column("zone")]));
        }
        ResourceCsv departementCsv = ResourceCsv.load(RESOURCE_DIR + "departements.csv", ',');
        List<Departement> departements = new ArrayList<>();
        for (String[] row : departementCsv.rows()) {
            departements.add(new Departement(row[departementCsv.column("code_departement")],
                    row[departementCsv.column("nom")], row[departementCsv.column("code_region")]));
        }
        ResourceCsv communeCsv = ResourceCsv.load(RESOURCE_DIR + "communes.csv", ',');
        return new GeoCatalog(regions, departements, communeCsv.rows(), communeCsv.column("code_commune"),
                communeCsv.column("nom"), communeCsv.column("code_departement"), communeCsv.column("code_region"),
                communeCsv.column("population"));
    }

    List<Region> regions() {
        return regions;
    }

    Region region(String code) {
        for (Region region : regions) {
            if (region.code().equals(code)) {
                return region;
            }
        }
        throw new IllegalArgumentException("unknown region " + code);
    }

    List<Departement> departements() {
        return departements;
    }

    List<String> neighbours(String codeRegion) {
        return NEIGHBOURS.getOrDefault(codeRegion, List.of());
    }

    int communeCount() {
        return communeCode.length;
    }

    String communeCode(int commune) {
        return communeCode[commune];
    }

    String communeNom(int commune) {
        return communeNom[commune];
    }

    String communeDepartement(int commune) {
        return communeDepartement[commune];
    }

    String communeRegion(int commune) {
        return communeRegion[commune];
    }

    int population(int commune) {
        return population[commune];
    }

    /** Draws communes of a region with probability proportional to their (urban-weighted) population. */
    CommunePicker inRegion(String codeRegion) {
        return byRegion.computeIfAbsent(codeRegion, code -> picker(communeRegion, code, 1));
    }

    /** Draws among the region's cities of at least {@code minPopulation} inhabitants (all communes if none). */
    CommunePicker citiesInRegion(String codeRegion, int minPopulation) {
        return byCityRegion.computeIfAbsent(codeRegion + "/" + minPopulation, key -> {
            CommunePicker cities = picker(communeRegion, codeRegion, minPopulation);
            return cities.isEmpty() ? inRegion(codeRegion) : cities;
        });
    }

    /** Draws communes of a département with probability proportional to their (urban-weighted) population. */
    CommunePicker inDepartement(String codeDepartement) {
        return byDepartement.computeIfAbsent(codeDepartement, code -> picker(communeDepartement, code, 1));
    }

    private CommunePicker picker(String[] keys, String key, int minPopulation) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key) && population[i] >= minPopulation) {
                members.add(i);
            }
        }
        int[] communes = members.stream().mapToInt(Integer::intValue).toArray();
        long[] cumulative = new long[communes.length];
        long total = 0;
        for (int i = 0; i < communes.length; i++) {
            total += housingWeight(population[communes[i]]);
            cumulative[i] = total;
        }
        return new CommunePicker(communes, cumulative);
    }

    /**
     * Social housing is urban: a village weighs a quarter of its population, so that sites land mostly in
     * towns and cities while rural communes still appear.
     */
    private static long housingWeight(int population) {
        return population < RURAL_POPULATION ? population / 4 : population;
    }

    /** Population-weighted draw over a fixed set of communes (binary search on cumulative populations). */
    static final class CommunePicker {
        private final int[] communes;
        private final long[] cumulative;

        private CommunePicker(int[] communes, long[] cumulative) {
            this.communes = communes;
            this.cumulative = cumulative;
        }

        boolean isEmpty() {
            return communes.length == 0;
        }

        int pick(Rng rng) {
            long target = (long) (rng.nextDouble() * cumulative[cumulative.length - 1]);
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] > target) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return communes[low];
        }
    }
}
