package fr.ush.vigie.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SYNTHETIC quartiers prioritaires: the geography has no QPV list, so every commune of more than 10,000
 * inhabitants gets 0 to a few made-up QPVs (more in larger cities), coded like the 2024 list
 * ({@code QN} + département on three characters + a two-digit number + {@code M}) and named « Quartier des
 * Tilleuls » and the like. A real deployment loads the official list into the same columns.
 */
final class QpvCatalog {
    static final int MIN_POPULATION = 10_000;
    /** Two digits per département in the code. */
    private static final int MAX_PER_DEPARTEMENT = 99;

    private final List<String> codes = new ArrayList<>();
    private final List<String> noms = new ArrayList<>();
    private final List<Integer> communes = new ArrayList<>();
    /** For commune i, its QPVs are {@code [first[i], first[i + 1])}. */
    private final int[] first;

    private QpvCatalog(int communeCount) {
        first = new int[communeCount + 1];
    }

    static QpvCatalog create(GeoCatalog geo, long seed) {
        Rng rng = Rng.derive(seed, Rng.Stream.QPV);
        QpvCatalog catalog = new QpvCatalog(geo.communeCount());
        Map<String, Integer> perDepartement = new HashMap<>();
        for (int commune = 0; commune < geo.communeCount(); commune++) {
            catalog.first[commune] = catalog.codes.size();
            int wanted = wanted(geo.population(commune), rng);
            if (wanted == 0) {
                continue;
            }
            String departement = geo.communeDepartement(commune);
            int[] names = shuffledNameIndexes(rng);
            for (int k = 0; k < wanted; k++) {
                int number = perDepartement.merge(departement, 1, Integer::sum);
                if (number > MAX_PER_DEPARTEMENT) {
                    break;
                }
                catalog.codes.add(String.format("QN%3s%02dM", departement, number).replace(' ', '0'));
                catalog.noms.add(NamePools.QPV_NAMES[names[k % names.length]]);
                catalog.communes.add(commune);
            }
        }
        catalog.first[geo.communeCount()] = catalog.codes.size();
        return catalog;
    }

    /** Larger cities have more QPVs; a third of the small towns above the threshold have none. */
    private static int wanted(int population, Rng rng) {
        if (population <= MIN_POPULATION) {
            return 0;
        }
        if (population < 2 * MIN_POPULATION && rng.chance(0.35)) {
            return 0;
        }
        int byLog = 1 + (int) (StrictMath.log((double) population / MIN_POPULATION) / StrictMath.log(2));
        return Math.min(12, byLog + rng.nextInt(2));
    }

    private static int[] shuffledNameIndexes(Rng rng) {
        int[] indexes = new int[NamePools.QPV_NAMES.length];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i;
        }
        rng.shuffle(indexes);
        return indexes;
    }

    int size() {
        return codes.size();
    }

    String code(int qpv) {
        return codes.get(qpv);
    }

    String nom(int qpv) {
        return noms.get(qpv);
    }

    int commune(int qpv) {
        return communes.get(qpv);
    }

    int countIn(int commune) {
        return first[commune + 1] - first[commune];
    }

    /** The k-th QPV of a commune, {@code 0 <= k < countIn(commune)}. */
    int qpvOf(int commune, int k) {
        return first[commune] + k;
    }
}
