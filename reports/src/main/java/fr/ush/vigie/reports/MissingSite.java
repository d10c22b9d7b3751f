package fr.ush.vigie.reports;

/** A site expected in the campaign reported on with no retained autodiagnostic. */
public record MissingSite(String organismeId, String siteId, String nom) {
}
