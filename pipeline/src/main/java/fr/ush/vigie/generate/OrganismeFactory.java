package fr.ush.vigie.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws the fictitious organismes: how many, their famille, home region, name and housing stock.
 * The first ones cover thirteen regions (twelve metropolitan and La Réunion) so that a national report
 * has regions to compare; the others follow the regions' rough share of the Hlm stock.
 */
final class OrganismeFactory {
    /** One organisme per ten sites, as in the programme (a few hundred organismes nationally at most). */
    static final int SITES_PER_ORGANISME = 10;
    static final int MAX_ORGANISMES = 600;
    /** Organismes are named after, and based in, cities of at least this population. */
    private static final int CITY_POPULATION = 20_000;

    private static final List<String> COVERAGE = List.of(
            "11", "84", "32", "93", "44", "76", "75", "52", "28", "53", "24", "27", "04");

    /** Approximate share (%) of the social housing stock per region. */
    private static final Map<String, Double> REGION_WEIGHTS = Map.ofEntries(
            Map.entry("11", 24.0), Map.entry("84", 11.0), Map.entry("32", 11.0), Map.entry("93", 6.0),
            Map.entry("44", 8.0), Map.entry("76", 6.0), Map.entry("75", 6.0), Map.entry("52", 5.0),
            Map.entry("28", 5.0), Map.entry("53", 3.5), Map.entry("24", 3.5), Map.entry("27", 4.0),
            Map.entry("94", 0.3), Map.entry("01", 0.8), Map.entry("02", 0.8), Map.entry("03", 0.4),
            Map.entry("04", 1.5), Map.entry("06", 0.2));

    /** Familles and their share of the organismes taking part (OPH and ESH dominate; few coopératives). */
    private static final String[] FAMILLES = {"OPH", "ESH", "COOP", "SEM"};
    private static final double[] FAMILLE_SHARES = {0.40, 0.42, 0.07, 0.11};

    private final GeoCatalog geo;
    private final Rng rng;

    OrganismeFactory(GeoCatalog geo, long seed) {
        this.geo = geo;
        this.rng = Rng.derive(seed, Rng.Stream.ORGANISMES);
    }

    static int countFor(int sites) {
        return Math.max(1, Math.min(MAX_ORGANISMES, Math.round(sites / (float) SITES_PER_ORGANISME)));
    }

    List<Organisme> create(int count) {
        String[] regions = regions(count);
        String[] familles = familles(count);
        int width = Math.max(3, String.valueOf(count).length());
        Set<String> names = new HashSet<>();
        Set<Integer> homes = new HashSet<>();
        List<Organisme> organismes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int homeCommune = home(regions[i], homes);
            String nom = uniqueName(familles[i], regions[i], homeCommune, names);
            organismes.add(new Organisme(String.format("ORG%0" + width + "d", i + 1), nom, familles[i],
                    regions[i], homeCommune, stock(familles[i])));
        }
        return List.copyOf(organismes);
    }

    /** A city of the region, another one than the other organismes' if a few draws find one. */
    private int home(String region, Set<Integer> taken) {
        int city = geo.citiesInRegion(region, CITY_POPULATION).pick(rng);
        for (int attempt = 0; attempt < 10 && taken.contains(city); attempt++) {
            city = geo.citiesInRegion(region, CITY_POPULATION).pick(rng);
        }
        taken.add(city);
        return city;
    }

    private String[] regions(int count) {
        List<String> weighted = new ArrayList<>(REGION_WEIGHTS.keySet());
        weighted.sort(null);
        double[] weights = weighted.stream().mapToDouble(REGION_WEIGHTS::get).toArray();
        String[] regions = new String[count];
        for (int i = 0; i < count; i++) {
            regions[i] = i < COVERAGE.size() ? COVERAGE.get(i) : weighted.get(rng.weighted(weights));
        }
        return shuffled(regions);
    }

    private String[] familles(int count) {
        String[] familles = new String[count];
        int next = 0;
        for (int f = 1; f < FAMILLES.length; f++) {
            int quota = (int) Math.round(count * FAMILLE_SHARES[f]);
            for (int k = 0; k < quota && next < count; k++) {
                familles[next++] = FAMILLES[f];
            }
        }
        while (next < count) {
            familles[next++] = FAMILLES[0];
        }
        return shuffled(familles);
    }

    private String[] shuffled(String[] values) {
        int[] order = new int[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
        String[] result = new String[values.length];
        for (int i = 0; i < order.length; i++) {
            result[i] = values[order[i]];
        }
        return result;
    }

    /** A name in the famille's style on a city of the region; another city if already taken. */
    private String uniqueName(String famille, String region, int homeCommune, Set<String> taken) {
        String[] templates = switch (famille) {
            case "OPH" -> NamePools.OPH_TEMPLATES;
            case "ESH" -> NamePools.ESH_TEMPLATES;
            case "COOP" -> NamePools.COOP_TEMPLATES;
            default -> NamePools.SEM_TEMPLATES;
        };
        int commune = homeCommune;
        for (int attempt = 0; attempt < 50; attempt++) {
            String city = geo.communeNom(commune);
            String name = rng.pick(templates).replace("{de}", NamePools.deCommune(city)).replace("{x}", city);
            if (taken.add(name)) {
                return name;
            }
            commune = geo.citiesInRegion(region, CITY_POPULATION).pick(rng);
        }
        String fallback = rng.pick(templates).replace("{de}", NamePools.deCommune(geo.communeNom(commune)))
                .replace("{x}", geo.communeNom(commune)) + " " + (taken.size() + 1);
        taken.add(fallback);
        return fallback;
    }

    /** Housing stock by famille: coopératives are small, OPH and ESH large. */
    private int stock(String famille) {
        int logements = switch (famille) {
            case "OPH" -> rng.logUniform(4_000, 40_000);
            case "ESH" -> rng.logUniform(3_000, 60_000);
            case "COOP" -> rng.logUniform(300, 3_000);
            default -> rng.logUniform(800, 12_000);
        };
        return logements / 10 * 10;
    }
}
