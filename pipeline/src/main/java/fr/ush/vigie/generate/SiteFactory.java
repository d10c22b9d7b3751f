package fr.ush.vigie.generate;

import fr.ush.vigie.model.Enumerations;
import java.time.LocalDate;
import java.util.List;

/**
 * Places the sites: how many per organisme (more for larger stocks), in which commune (population-weighted,
 * mostly in the organisme's own region and département, some in a neighbouring region), in a QPV or not,
 * their size and their monitoring window.
 */
final class SiteFactory {
    /** Share of the sites outside the organisme's region (groups operating across a border). */
    private static final double NEIGHBOUR_SHARE = 0.15;
    /** Share of the home-region sites drawn in the organisme's own département. */
    private static final double HOME_DEPARTEMENT_SHARE = 0.5;
    /** Chance that a site of a commune having QPVs lies in one (about a third of all sites end up in QPV). */
    private static final double QPV_SHARE_WHERE_POSSIBLE = 0.6;
    private static final double LATE_ENTRY_SHARE = 0.13;
    private static final double EXIT_SHARE = 0.04;
    private static final LocalDate PROGRAMME_START = LocalDate.of(2017, 1, 1);

    private final GeoCatalog geo;
    private final String[] zones;
    private final QpvCatalog qpvs;
    private final long seed;
    private final Rng rng;

    SiteFactory(GeoCatalog geo, String[] zones, QpvCatalog qpvs, long seed) {
        this.geo = geo;
        this.zones = zones;
        this.qpvs = qpvs;
        this.seed = seed;
        this.rng = Rng.derive(seed, Rng.Stream.SITES);
    }

    SiteTable create(int count, List<Organisme> organismes, List<Campagne> campagnes) {
        SiteTable sites = new SiteTable(count, organismes.size(), seed);
        int[] perOrganisme = allocate(count, organismes);
        int site = 0;
        for (int k = 0; k < organismes.size(); k++) {
            sites.setFirstSite(k, site);
            Organisme organisme = organismes.get(k);
            for (int j = 0; j < perOrganisme[k]; j++, site++) {
                sites.organisme[site] = k;
                place(sites, site, organisme, j == 0);
                window(sites, site, campagnes);
            }
        }
        sites.setFirstSite(organismes.size(), site);
        return sites;
    }

    /** Largest-remainder split of the sites over the organismes, by stock^0.7, at least one each. */
    private static int[] allocate(int count, List<Organisme> organismes) {
        int n = organismes.size();
        double[] weights = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            weights[k] = StrictMath.pow(organismes.get(k).nbLogements(), 0.7);
            total += weights[k];
        }
        int[] counts = new int[n];
        double[] remainders = new double[n];
        int spare = count - n;
        int given = 0;
        for (int k = 0; k < n; k++) {
            double share = spare * weights[k] / total;
            counts[k] = 1 + (int) share;
            remainders[k] = share - (int) share;
            given += counts[k];
        }
        while (given < count) {
            int best = 0;
            for (int k = 1; k < n; k++) {
                if (remainders[k] > remainders[best]) {
                    best = k;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        return counts;
    }

    private void place(SiteTable sites, int site, Organisme organisme, boolean first) {
        String region = organisme.codeRegion();
        List<String> neighbours = geo.neighbours(region);
        int commune;
        if (!first && !neighbours.isEmpty() && rng.chance(NEIGHBOUR_SHARE)) {
            commune = geo.inRegion(neighbours.get(rng.nextInt(neighbours.size()))).pick(rng);
        } else if (rng.chance(HOME_DEPARTEMENT_SHARE)) {
            commune = geo.inDepartement(geo.communeDepartement(organisme.homeCommune())).pick(rng);
        } else {
            commune = geo.inRegion(region).pick(rng);
        }
        sites.commune[site] = commune;
        sites.tendu[site] = Enumerations.ZONES_TENDUES.contains(zones[commune]);
        int inCommune = qpvs.countIn(commune);
        boolean inQpv = inCommune > 0 && rng.chance(QPV_SHARE_WHERE_POSSIBLE);
        sites.qpv[site] = inQpv ? qpvs.qpvOf(commune, rng.nextInt(inCommune)) : -1;
        sites.logements[site] = inQpv ? rng.logUniform(60, 400) : rng.logUniform(20, 250);
    }

    /** Most sites were monitored before the first campaign; some enter later, a few leave. */
    private void window(SiteTable sites, int site, List<Campagne> campagnes) {
        LocalDate firstStart = campagnes.get(0).debut();
        LocalDate lastStart = campagnes.get(campagnes.size() - 1).debut();
        LocalDate earliest = PROGRAMME_START.isBefore(firstStart.minusYears(2))
                ? PROGRAMME_START : firstStart.minusYears(2);
        long entree = rng.chance(LATE_ENTRY_SHARE)
                ? between(firstStart.toEpochDay(), lastStart.toEpochDay() + 90)
                : between(earliest.toEpochDay(), firstStart.toEpochDay() - 1);
        sites.entree[site] = (int) entree;
        sites.sortie[site] = SiteTable.OPEN;
        if (rng.chance(EXIT_SHARE)) {
            long from = Math.max(entree + 365, firstStart.toEpochDay() + 120);
            long to = lastStart.toEpochDay() - 1;
            if (from <= to) {
                sites.sortie[site] = (int) between(from, to);
            }
        }
    }

    private long between(long from, long to) {
        return from + (long) (rng.nextDouble() * (to - from + 1));
    }
}
