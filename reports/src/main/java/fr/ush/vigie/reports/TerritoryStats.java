package fr.ush.vigie.reports;

/**
 * One row of {@code tendances_territoires}; measures are null when the mart has none. The shares are computed from
 * the mart's counts, not read from its columns: those are already rounded to 4 decimals, and rounding them again to
 * a tenth of a percent could differ from the share rounded once (96/346 = 27.746 % would show as 27.8 %, where the
 * pages computing it from the sites show 27.7 %).
 */
public record TerritoryStats(String campagne, String dimension, String code, String libelle, long nbAttendus,
        long nbEvalues, long nbAttendusEvalues, Double scoreMoyen, long horsSituation, long aRisque, long chronique,
        long urgenceCrise, long nbPanel, Double deltaPanel) {

    public long nbComplexes() {
        return aRisque + chronique + urgenceCrise;
    }

    /** Complex situations among the evaluated sites; null when none was evaluated. */
    public Double partComplexe() {
        return ratio(nbComplexes(), nbEvalues);
    }

    /** Expected sites that were evaluated, among the expected ones; null when none was expected. */
    public Double tauxCompletude() {
        return ratio(nbAttendusEvalues, nbAttendus);
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
