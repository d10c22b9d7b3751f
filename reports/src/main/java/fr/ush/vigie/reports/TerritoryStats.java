package fr.ush.vigie.reports;

/** One row of {@code tendances_territoires}; measures are null when the mart has none. */
public record TerritoryStats(String campagne, String dimension, String code, String libelle, long nbAttendus,
        long nbEvalues, Double tauxCompletude, Double scoreMoyen, long horsSituation, long aRisque, long chronique,
        long urgenceCrise, Double partComplexe, long nbPanel, Double deltaPanel) {

    public long nbComplexes() {
        return aRisque + chronique + urgenceCrise;
    }
}
