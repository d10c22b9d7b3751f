package fr.ush.vigie.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Function;

/**
 * French sentences generated from the figures, with which every section opens. They print only what
 * {@link Secrecy} lets the tables print, and they follow the thresholds: a score change smaller in absolute value
 * than {@code tendance.seuil} is stable, never an improvement or a worsening.
 */
final class Sentences {
    private final Labels labels;
    private final Secrecy secrecy;
    private final BigDecimal tendanceSeuil;

    Sentences(Labels labels, Secrecy secrecy, BigDecimal tendanceSeuil) {
        this.labels = labels;
        this.secrecy = secrecy;
        this.tendanceSeuil = tendanceSeuil;
    }

    /**
     * « La part … passe de 23,4 % à 21,9 % entre 2025-S2 et 2026-S1. », or stable, or first campaign.
     *
     * @param disclosure what may be printed of a campaign's row (the territory alone, or as one of its total's parts)
     */
    String shareChange(String subject, Optional<TerritoryStats> before, TerritoryStats now,
            Function<TerritoryStats, Secrecy.Disclosure> disclosure) {
        CategoryData.Point current = Measures.share(now, disclosure.apply(now));
        if (current.secret() || current.value() == null) {
            return labels.format("phrase.part.secret", subject, now.campagne(), secrecy.mask());
        }
        Optional<CategoryData.Point> previous = before.map(t -> Measures.share(t, disclosure.apply(t)))
                .filter(p -> !p.secret() && p.value() != null);
        if (previous.isEmpty()) {
            return labels.format("phrase.part.seule", subject, FrenchFormat.percent(current.value()),
                    now.campagne());
        }
        String from = FrenchFormat.percent(previous.get().value());
        String to = FrenchFormat.percent(current.value());
        return from.equals(to)
                ? labels.format("phrase.part.stable", subject, to, before.get().campagne(), now.campagne())
                : labels.format("phrase.part.evolution", subject, from, to, before.get().campagne(), now.campagne());
    }

    /** Like-for-like change of the global score, and what it means (negative = improvement). */
    String panelChange(TerritoryStats now) {
        CategoryData.Point delta = Measures.panelDelta(now, secrecy);
        if (delta.secret() || delta.value() == null) {
            return labels.format("phrase.panel.indisponible", now.nbPanel());
        }
        return labels.format("phrase.panel", FrenchFormat.integer(now.nbPanel()),
                labels.points(delta.value()), labels.get(direction(delta.value())));
    }

    /**
     * The words of a score change as printed (rounded to one decimal): stable below {@code tendance.seuil} in
     * absolute value, else an improvement when it falls and a worsening when it rises.
     */
    String direction(double change) {
        BigDecimal printed = BigDecimal.valueOf(change).setScale(1, RoundingMode.HALF_UP);
        if (printed.abs().compareTo(tendanceSeuil) < 0) {
            return "phrase.stabilite";
        }
        return printed.signum() < 0 ? "phrase.amelioration" : "phrase.degradation";
    }

    /** Sites evaluated among those expected: the monitoring itself, never secret. */
    String coverage(TerritoryStats now) {
        return labels.format("phrase.completude", FrenchFormat.integer(now.nbEvalues()),
                FrenchFormat.integer(now.nbAttendus()),
                Measures.text(Measures.completeness(now), CategoryData.ValueFormat.PERCENT, secrecy));
    }
}
