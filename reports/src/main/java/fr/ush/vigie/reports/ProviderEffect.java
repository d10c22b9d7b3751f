package fr.ush.vigie.reports;

/** One row of {@code efficacite_prestataires}. */
public record ProviderEffect(String prestataireId, String nom, String pole, long nbMissions, long nbEvaluees,
        Double satisfaction, Double satisfactionBas, Double satisfactionHaut, Double tauxMiseEnOeuvre,
        Double tauxBas, Double tauxHaut, long nbAvecSuivi, Double deltaTraites, Double deltaTemoins, Double effet,
        Double effetBas, Double effetHaut, boolean effectifSuffisant) {
}
