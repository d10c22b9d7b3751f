package fr.ush.vigie.reports;

/**
 * One row of {@code efficacite_prestataires}. {@code effetBas} and {@code effetHaut} are the effect's interval the
 * reports show: the one with sites as clusters ({@code effet_ic95_*_grappes}) when the mart has it, which
 * {@code parGrappes} says, else the contract's.
 */
public record ProviderEffect(String prestataireId, String nom, String pole, long nbMissions, long nbEvaluees,
        Double satisfaction, Double satisfactionBas, Double satisfactionHaut, Double tauxMiseEnOeuvre,
        Double tauxBas, Double tauxHaut, long nbAvecSuivi, Double deltaTraites, Double deltaTemoins, Double effet,
        Double effetBas, Double effetHaut, boolean effectifSuffisant, boolean parGrappes) {

    /** With the contract's interval. */
    public ProviderEffect(String prestataireId, String nom, String pole, long nbMissions, long nbEvaluees,
            Double satisfaction, Double satisfactionBas, Double satisfactionHaut, Double tauxMiseEnOeuvre,
            Double tauxBas, Double tauxHaut, long nbAvecSuivi, Double deltaTraites, Double deltaTemoins,
            Double effet, Double effetBas, Double effetHaut, boolean effectifSuffisant) {
        this(prestataireId, nom, pole, nbMissions, nbEvaluees, satisfaction, satisfactionBas, satisfactionHaut,
                tauxMiseEnOeuvre, tauxBas, tauxHaut, nbAvecSuivi, deltaTraites, deltaTemoins, effet, effetBas,
                effetHaut, effectifSuffisant, false);
    }
}
