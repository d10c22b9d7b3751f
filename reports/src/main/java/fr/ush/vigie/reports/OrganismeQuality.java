package fr.ush.vigie.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the data-quality returns need, for every organisme at once; {@link OrganismeReport} keeps one organisme's.
 *
 * @param expectedOrganismes the organismes with at least one site expected in the campaign reported on
 * @param missingSites       the expected sites without a retained autodiagnostic
 * @param rejectedLines      every rejected line of the latest run, with its organisme
 * @param atypical           {@code controles_atypiques} of the campaign reported on
 * @param siteNames          site names by id
 */
public record OrganismeQuality(List<String> expectedOrganismes, List<MissingSite> missingSites,
        List<RejectedLine> rejectedLines, List<AtypicalAssessment> atypical, Map<String, String> siteNames) {

    public OrganismeQuality {
        expectedOrganismes = List.copyOf(expectedOrganismes);
        missingSites = List.copyOf(missingSites);
        rejectedLines = List.copyOf(rejectedLines);
        atypical = List.copyOf(atypical);
        siteNames = Map.copyOf(siteNames);
    }

    public static OrganismeQuality none() {
        return new OrganismeQuality(List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    /** Every organisme that gets a return: a site expected in the campaign, or a rejected line of its own. */
    public Set<String> organismes() {
        Set<String> all = new TreeSet<>(expectedOrganismes);
        rejectedLines.stream().map(RejectedLine::organismeId).filter(id -> !id.isEmpty()).forEach(all::add);
        return all;
    }

    public String siteName(String siteId) {
        return siteNames.getOrDefault(siteId, siteId);
    }
}
