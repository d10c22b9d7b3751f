package fr.ush.vigie.study;

/**
 * One prestataire in one simulated programme: its row of {@code efficacite_prestataires} as the job computes it,
 * with what was planted.
 *
 * @param taille            the programme size's name
 * @param graine            the generator's seed
 * @param prestataireId     the prestataire
 * @param verite            the planted effect on the global score, the generator's ({@link
 *                          fr.ush.vigie.generate.PlantedEffects})
 * @param veriteRealisee    the effect the treated sites of this programme got: {@code effet_did} minus the same
 *                          estimate on the same programme written without any effect of the missions (controls and
 *                          baselines are the same in both, so the difference is the mean over the missions that
 *                          enter of follow-up score treated − untreated, to the mart's rounding); null when not
 *                          measured or without mission
 * @param nbAvecSuivi       {@code nb_missions_avec_suivi}
 * @param effet             {@code effet_did}, null without mission
 * @param contrat           the contract's interval ({@code effet_ic95_bas}, {@code effet_ic95_haut})
 * @param grappes           the interval with sites as clusters ({@code effet_ic95_bas_grappes}, {@code
 *                          effet_ic95_haut_grappes})
 * @param effectifSuffisant {@code effectif_suffisant}
 */
public record ProviderDraw(String taille, long graine, String prestataireId, double verite, Double veriteRealisee,
        long nbAvecSuivi, Double effet, Interval contrat, Interval grappes, boolean effectifSuffisant) {
}
