package fr.ush.vigie.reports;

import java.util.Optional;

/** French sentences generated from the figures, with which every section opens. */
final class Sentences {
    private final Labels labels;
    private final Secrecy secrecy;

    Sentences(Labels labels, Secrecy secrecy) {
        this.labels = labels;
        this.secrecy = secrecy;
    }

    /** « La part … passe de 23,4 % à 21,9 % entre 2025-S2 et 2026-S1. », or stable, or first campaign. */
    String shareChange(String subject, Optional<TerritoryStats> before, TerritoryStats now) {
        CategoryData.Point current = Measures.share(now, secrecy);
        if (current.secret() || current.value() == null) {
            return labels.format("phrase.part.secret", subject, now.campagne(), secrecy.mask());
        }
        Optional<CategoryData.Point> previous = before.map(t -> Measures.share(t, secrecy))
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
        String direction = delta.value() < 0 ? labels.get("phrase.amelioration")
                : delta.value() > 0 ? labels.get("phrase.degradation") : labels.get("phrase.stabilite");
        return labels.format("phrase.panel", FrenchFormat.integer(now.nbPanel()),
                FrenchFormat.signed(delta.value(), 1), direction);
    }

    String coverage(TerritoryStats now) {
        return labels.format("phrase.completude", FrenchFormat.integer(now.nbEvalues()),
                FrenchFormat.integer(now.nbAttendus()),
                Measures.text(Measures.completeness(now, secrecy), CategoryData.ValueFormat.PERCENT, secrecy));
    }
}
