package fr.ush.vigie.reports;

import java.util.List;

/** One row of {@code veille_sites}: a site to watch in a campaign. */
public record WatchedSite(String campagne, String siteId, String nomSite, String organismeId, String region,
        String departement, String famille, String situation, Double score, Double delta, List<String> alertes,
        boolean appuiEnCours) {
    public WatchedSite {
        alertes = List.copyOf(alertes);
    }
}
