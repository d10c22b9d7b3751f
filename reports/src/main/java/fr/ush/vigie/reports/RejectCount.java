package fr.ush.vigie.reports;

/** One row of {@code rejets_synthese}. */
public record RejectCount(String source, String codeMotif, long nbLignes) {
}
