package fr.ush.vigie.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The five FICTITIOUS consultancies of the pôle d'appui, shaped like the programme's 2021–2023 panel (two
 * for GUSP, two for tranquillité-sécurité, one for qualité de service), with the PLANTED EFFECTS the
 * efficiency mart should recover: a site's global score drops (improves) by {@code effetPoints} from the
 * first campaign after its mission ends. PRE01 is the strong GUSP provider (about 8 points), PRE02 the weak
 * one (about 3), PRE04 has no effect at all. Satisfaction and the share of recommendations implemented
 * follow the same ranking, as the 2020 evaluation found.
 */
final class PrestataireCatalog {

    /**
     * @param effetPoints          planted improvement of the global score (points out of 100)
     * @param tarifBase            day rate in euros the year of the first campaign (+2 % a year)
     * @param satisfactionMoyenne  mean of the 1..5 satisfaction
     * @param tauxMiseEnOeuvre     chance that each recommendation is implemented
     * @param partApports          chance of each of the four « apports » (regard neuf, ...)
     */
    record Prestataire(String id, String nom, String pole, double effetPoints, BigDecimal tarifBase,
                       double satisfactionMoyenne, double tauxMiseEnOeuvre, double partApports) {
    }

    static final List<Prestataire> PRESTATAIRES = List.of(
            new Prestataire("PRE01", "Passerelles Urbaines Conseil", "GUSP", 8.0, new BigDecimal("1180.00"),
                    4.4, 0.75, 0.80),
            new Prestataire("PRE02", "Atelier Ardoise & Territoires", "GUSP", 3.0, new BigDecimal("960.00"),
                    3.6, 0.50, 0.55),
            new Prestataire("PRE03", "Vigilis Habitat", "TRANQUILLITE_SECURITE", 5.0, new BigDecimal("1240.00"),
                    4.0, 0.65, 0.70),
            new Prestataire("PRE04", "Tranquil'Cité Études", "TRANQUILLITE_SECURITE", 0.0,
                    new BigDecimal("1050.00"), 3.3, 0.40, 0.45),
            new Prestataire("PRE05", "Qualia Services Habitat", "QUALITE_SERVICE", 4.0, new BigDecimal("990.00"),
                    3.9, 0.60, 0.65));

    /** The 2021 panel, or earlier when the campaigns start earlier (no mission before referencing). */
    static LocalDate referenceDu(Campagne first) {
        return LocalDate.of(Math.min(2021, first.annee() - 1), 1, 1);
    }

    /**
     * One grid level is 100/3 points of score; the shift is larger because levels are clipped at 0, and most
     * levels of a site whose fragile spell has ended are already 0 (calibrated on 10,000 sites).
     */
    private static final double POINTS_PER_LEVEL = 100.0 / 3.0;
    private static final double CLIPPING_COMPENSATION = 1.6;

    private PrestataireCatalog() {
    }

    static List<Prestataire> forPole(String pole) {
        return PRESTATAIRES.stream().filter(p -> p.pole().equals(pole)).toList();
    }

    /** The latent shift (grid-level units) that lowers the score by about {@code effetPoints}. */
    static double levelShift(Prestataire prestataire) {
        return prestataire.effetPoints() / POINTS_PER_LEVEL * CLIPPING_COMPENSATION;
    }

    /** The panel was renewed: referenced until the end of the year after the last campaign. */
    static LocalDate referenceAu(Campagne last) {
        return LocalDate.of(last.annee() + 1, 12, 31);
    }
}
