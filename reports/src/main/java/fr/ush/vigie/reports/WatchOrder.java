package fr.ush.vigie.reports;

import fr.ush.vigie.marts.Situation;
import java.util.Comparator;

/**
 * The order of a scope's watch list, so that its officer reads the sites to act on first: urgence ou crise, then
 * chronique, then à risque, then the sites that carry only an alert; within a group, the most alerts, then the
 * strongest degradation (largest rise of the score, unknown last), then the highest score, then the name.
 */
final class WatchOrder {
    /** Most severe first; what is not listed (a site out of any complex situation) comes after. */
    private static final java.util.List<String> GROUPS = Situation.COMPLEXES;

    static final Comparator<WatchedSite> SEVERITY = Comparator.comparingInt(WatchOrder::group)
            .thenComparing(Comparator.comparingInt((WatchedSite w) -> w.alertes().size()).reversed())
            .thenComparing(WatchedSite::delta, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(WatchedSite::score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(WatchedSite::nomSite)
            .thenComparing(WatchedSite::siteId);

    private WatchOrder() {
    }

    /** 0 for urgence ou crise … 3 for a site with alerts only. */
    static int group(WatchedSite site) {
        int i = GROUPS.indexOf(site.situation());
        return i < 0 ? GROUPS.size() : i;
    }
}
