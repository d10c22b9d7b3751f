package fr.ush.vigie.reports;

/**
 * One row of {@code appui_demandes} — requests of a year, volet and region — or of its split by territory, whose
 * region is empty. Medians are null when none.
 */
public record DemandeStats(int annee, String volet, String region, long nbDemandes, long nbDecidees,
        long nbAcceptees, long nbRefusees, long nbReorientees, long nbEnAttente, long nbMissions, long nbTerminees,
        long nbEvaluees, Double delaiDecision, Double delaiDemarrage) {
}
