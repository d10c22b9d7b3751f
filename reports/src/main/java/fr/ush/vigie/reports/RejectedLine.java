package fr.ush.vigie.reports;

/**
 * One rejected line of the latest run, with the organisme it belongs to (CONTRACT section 6).
 *
 * @param organismeId    empty when the line names no accepted site, organisme, demande or mission
 * @param motif          the reason as the validation wrote it: column, value read, what was expected
 * @param enregistrement the line as read, {@code colonne=valeur ; …}
 */
public record RejectedLine(String organismeId, String fichier, long ligne, String codeMotif, String motif,
        String enregistrement) {
}
