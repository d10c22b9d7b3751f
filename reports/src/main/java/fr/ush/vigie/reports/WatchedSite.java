package fr.ush.vigie.reports;

import java.util.List;

/** One row of {@code veille_sites}: a site to watch in a campaign. */
public record WatchedSite(String campagne, String siteId, String nomSite, String organismeId, String region,
        String departement, String famille, String situation, Double score, Double delta, List<String> alertes,
        boolean appuiEnCours, boolean demandeEnAttente) {
    public WatchedSite {
        alertes = List.copyOf(alertes);
    }

    /** What support the site has at the campaign's end: a mission under way, a request awaiting the Commission, or none. */
    public String appui() {
        return appuiEnCours ? "MISSION" : demandeEnAttente ? "DEMANDE" : "AUCUN";
    }

    /** Neither a mission under way nor a request awaiting the Commission. */
    public boolean sansAppui() {
        return !appuiEnCours && !demandeEnAttente;
    }
}
