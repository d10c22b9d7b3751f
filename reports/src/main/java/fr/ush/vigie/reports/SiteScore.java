package fr.ush.vigie.reports;

import fr.ush.vigie.marts.Situation;
import java.util.Set;

/** One row of {@code scores_sites}: a site's assessment in a campaign. */
public record SiteScore(String siteId, String organismeId, String campagne, String region, String departement,
        boolean qpv, String marche, String famille, Double scoreGlobal, String situation, Double delta) {
    /** Asked of every site of every group of every page: a hash lookup, not a scan of a list. */
    private static final Set<String> COMPLEXES = Set.copyOf(Situation.COMPLEXES);

    public boolean complexe() {
        return situation != null && COMPLEXES.contains(situation);
    }
}
