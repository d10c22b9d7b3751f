package fr.ush.vigie.reports;

/** One row of {@code scores_sites}: a site's assessment in a campaign. */
public record SiteScore(String siteId, String organismeId, String campagne, String region, String departement,
        boolean qpv, String marche, String famille, Double scoreGlobal, String situation, Double delta) {

    public boolean complexe() {
        return fr.ush.vigie.marts.Situation.COMPLEXES.contains(situation);
    }
}
