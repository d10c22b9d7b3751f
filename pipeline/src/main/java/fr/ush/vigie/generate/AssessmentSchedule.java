package fr.ush.vigie.generate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * When each site fills in the grid: in most campaigns where it is expected (some skip one, a few skip
 * more), on a date inside both the half-year and its monitoring window; occasionally twice in a campaign
 * (a re-assessment a few weeks later); and, rarely, once more in the campaign after it left monitoring
 * (a late submission, which the contract counts as evaluated but not expected).
 */
final class AssessmentSchedule {
    private static final int NONE = Integer.MIN_VALUE;
    private static final double IRREGULAR_SITE_SHARE = 0.2;
    private static final double REGULAR_RATE = 0.95;
    private static final double IRREGULAR_RATE = 0.75;
    private static final double REASSESSMENT_RATE = 0.03;
    private static final double LATE_SUBMISSION_RATE = 0.3;

    private final int campagnes;
    /** Epoch day of the first autodiagnostic per {@code site * campagnes + c}, or {@link #NONE}. */
    private final int[] date;
    /** Days from the first to the re-assessment, 0 if none. */
    private final byte[] reassessmentGap;

    AssessmentSchedule(SiteTable sites, List<Campagne> campagnes, long seed) {
        this.campagnes = campagnes.size();
        this.date = new int[sites.size() * this.campagnes];
        this.reassessmentGap = new byte[date.length];
        Arrays.fill(date, NONE);
        for (int site = 0; site < sites.size(); site++) {
            plan(sites, site, campagnes, Rng.derive(seed, Rng.Stream.SCHEDULE, site));
        }
    }

    private void plan(SiteTable sites, int site, List<Campagne> campagnes, Rng rng) {
        double rate = rng.chance(IRREGULAR_SITE_SHARE) ? IRREGULAR_RATE : REGULAR_RATE;
        boolean lateSubmitter = rng.chance(LATE_SUBMISSION_RATE);
        boolean lateSubmitted = false;
        for (int c = 0; c < campagnes.size(); c++) {
            Campagne campagne = campagnes.get(c);
            long debut = campagne.debut().toEpochDay();
            long fin = campagne.fin().toEpochDay();
            long lo;
            long hi;
            if (sites.expected(site, campagne)) {
                if (!rng.chance(rate)) {
                    continue;
                }
                lo = Math.max(debut + 45, sites.entree[site]);
                hi = Math.min(fin - 5, sites.sortie[site]);
                if (lo > hi) {
                    lo = Math.max(debut, sites.entree[site]);
                    hi = Math.min(fin, sites.sortie[site]);
                }
            } else if (lateSubmitter && !lateSubmitted && sites.sortie[site] < debut) {
                lateSubmitted = true;
                lo = debut + 15;
                hi = fin - 5;
            } else {
                continue;
            }
            int index = site * this.campagnes + c;
            int first = (int) (lo + (long) (rng.nextDouble() * (hi - lo + 1)));
            date[index] = first;
            if (rng.chance(REASSESSMENT_RATE)) {
                int gap = rng.between(7, 40);
                if (first + gap <= hi) {
                    reassessmentGap[index] = (byte) gap;
                }
            }
        }
    }

    /** Number of autodiagnostics of the site in the campaign: 0, 1 or 2. */
    int count(int site, int c) {
        int index = site * campagnes + c;
        if (date[index] == NONE) {
            return 0;
        }
        return reassessmentGap[index] > 0 ? 2 : 1;
    }

    /** Date of the n-th (0 or 1) autodiagnostic of the site in the campaign. */
    LocalDate date(int site, int c, int n) {
        int index = site * campagnes + c;
        return LocalDate.ofEpochDay(date[index] + (n == 0 ? 0 : reassessmentGap[index]));
    }
}
