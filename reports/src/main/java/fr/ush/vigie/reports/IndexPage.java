package fr.ush.vigie.reports;

import java.util.List;

/**
 * The index of every report in the folder, newest campaign first.
 *
 * @param campaigns one entry per campaign
 * @param stamp     the stamp of the generation that wrote the index
 */
public record IndexPage(List<Campaign> campaigns, Stamp stamp) {

    /** A campaign's reports, by audience (national, régions, familles). */
    public record Campaign(String campagne, List<Group> groups) {
    }

    public record Group(String label, List<Link> links) {
    }

    /** A link to one report, relative to the index. */
    public record Link(String href, String label) {
    }
}
