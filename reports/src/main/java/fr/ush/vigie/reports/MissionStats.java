package fr.ush.vigie.reports;

/**
 * One row of {@code appui_missions} (or of its split by territory): missions of a year, volet and prestataire.
 * Shares are of evaluated missions.
 */
public record MissionStats(int annee, String volet, String prestataireId, long nbMissions, double joursFinances,
        double joursProlongation, long nbProlongees, double coutUsh, double coutOrganismes, long nbEvaluees,
        Double satisfaction, Double partRegardNeuf, Double partRuptureRoutines, Double partDynamiquePartenariale,
        Double partSoutienMethodologique, long nbPreconisations, long nbMisesEnOeuvre) {
}
