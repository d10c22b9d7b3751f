package fr.ush.vigie.generate;

import java.time.LocalDate;

/**
 * The monitored sites as parallel arrays (a few ints each), so that 100,000 sites stay cheap. Sites are
 * numbered organisme by organisme: the sites of organisme k are {@code [firstSite(k), firstSite(k + 1))}.
 */
final class SiteTable {
    /** {@link #sortie} of a site still monitored. */
    static final int OPEN = Integer.MAX_VALUE;

    final int[] organisme;
    final int[] commune;
    /** Index in {@link QpvCatalog}, or -1. */
    final int[] qpv;
    final int[] logements;
    /** Epoch days. */
    final int[] entree;
    final int[] sortie;
    final boolean[] tendu;
    private final int[] firstSite;
    private final long seed;
    private final String idFormat;

    SiteTable(int count, int organismes, long seed) {
        organisme = new int[count];
        commune = new int[count];
        qpv = new int[count];
        logements = new int[count];
        entree = new int[count];
        sortie = new int[count];
        tendu = new boolean[count];
        firstSite = new int[organismes + 1];
        this.seed = seed;
        this.idFormat = "S%0" + Math.max(5, String.valueOf(count).length()) + "d";
    }

    int size() {
        return organisme.length;
    }

    int firstSite(int organismeIndex) {
        return firstSite[organismeIndex];
    }

    void setFirstSite(int organismeIndex, int site) {
        firstSite[organismeIndex] = site;
    }

    String id(int site) {
        return String.format(idFormat, site + 1);
    }

    /** « Résidence des Tilleuls »: derived from the seed, so not stored. */
    String nom(int site) {
        Rng rng = Rng.derive(seed, Rng.Stream.SITE_NAME, site);
        return rng.pick(NamePools.SITE_PREFIXES) + " " + rng.pick(NamePools.SITE_SUFFIXES);
    }

    LocalDate dateEntree(int site) {
        return LocalDate.ofEpochDay(entree[site]);
    }

    /** Null while the site is monitored. */
    LocalDate dateSortie(int site) {
        return sortie[site] == OPEN ? null : LocalDate.ofEpochDay(sortie[site]);
    }

    /** The site's monitoring window meets the campaign's half-year (it is « attendu »). */
    boolean expected(int site, Campagne campagne) {
        return entree[site] <= campagne.fin().toEpochDay() && sortie[site] >= campagne.debut().toEpochDay();
    }
}
