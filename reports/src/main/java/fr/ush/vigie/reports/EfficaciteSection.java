package fr.ush.vigie.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Provider effects (difference in differences) as a forest plot, flagged when the sample is too small. */
final class EfficaciteSection {
    private final List<ProviderEffect> effects;
    private final Labels labels;
    private final Secrecy secrecy;
    private final String csvPrefix;

    EfficaciteSection(List<ProviderEffect> effects, Labels labels, Secrecy secrecy, String csvPrefix) {
        this.effects = effects.stream().sorted(Comparator.comparing(ProviderEffect::nom)).toList();
        this.labels = labels;
        this.secrecy = secrecy;
        this.csvPrefix = csvPrefix;
    }

    ForestData forestData() {
        return new ForestData(effects.stream().map(e -> new ForestData.Row(label(e), e.effet(), e.effetBas(),
                e.effetHaut(), e.nbAvecSuivi(), e.effectifSuffisant())).toList());
    }

    private String label(ProviderEffect e) {
        return e.effectifSuffisant() ? e.nom() : e.nom() + " (" + labels.get("efficacite.insuffisant-court") + ")";
    }

    Section section() {
        ForestData forest = forestData();
        String title = labels.get("fig.forest.titre");
        String alt = labels.format("fig.forest.alt", effects.size(),
                effects.stream().filter(ProviderEffect::effectifSuffisant).count());
        Figure figure = new Figure(csvPrefix + "forest", title, alt, SvgChart.render(
                ForestPlot.createChart(forest, labels.get("axe.effet"), labels.get("efficacite.suffisant"),
                        labels.get("efficacite.insuffisant")),
                csvPrefix + "forest", alt, Charts.WIDTH, ForestPlot.height(forest)), table(title), "");
        List<String> text = new ArrayList<>();
        text.add(labels.get("phrase.efficacite.lecture"));
        effects.stream().filter(e -> e.effectifSuffisant() && e.effetHaut() != null && e.effetHaut() < 0)
                .forEach(e -> text.add(labels.format("phrase.efficacite.significatif", e.nom(),
                        FrenchFormat.signed(e.effet(), 1), FrenchFormat.signed(e.effetBas(), 1),
                        FrenchFormat.signed(e.effetHaut(), 1))));
        long insufficient = effects.stream().filter(e -> !e.effectifSuffisant()).count();
        if (insufficient > 0) {
            text.add(labels.format("phrase.efficacite.insuffisant", insufficient));
        }
        return new Section("efficacite", labels.get("section.efficacite"), text, List.of(), List.of(figure),
                List.of(), List.of(labels.get("note.did")));
    }

    private DataTable table(String title) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ProviderEffect e : effects) {
            rows.add(List.of(Cell.text(e.nom()), Cell.text(labels.code("volet", e.pole())),
                    Cell.integer(e.nbMissions()), Cell.integer(e.nbEvaluees()),
                    interval(e.satisfaction(), e.satisfactionBas(), e.satisfactionHaut(), e.nbEvaluees(), false),
                    interval(e.tauxMiseEnOeuvre(), e.tauxBas(), e.tauxHaut(), e.nbEvaluees(), true),
                    Cell.integer(e.nbAvecSuivi()), value(e.deltaTraites(), e.nbAvecSuivi()),
                    value(e.deltaTemoins(), e.nbAvecSuivi()),
                    interval(e.effet(), e.effetBas(), e.effetHaut(), e.nbAvecSuivi(), false),
                    Cell.text(labels.get(e.effectifSuffisant() ? "efficacite.oui" : "efficacite.insuffisant"))));
        }
        return new DataTable(title, List.of(labels.get("col.prestataire"), labels.get("col.pole"),
                labels.get("etape.missions"), labels.get("etape.evaluees"), labels.get("col.satisfaction-ic"),
                labels.get("col.mise-en-oeuvre-ic"), labels.get("col.avec-suivi"), labels.get("col.delta-traites"),
                labels.get("col.delta-temoins"), labels.get("col.effet-ic"), labels.get("col.effectif")), rows,
                csvPrefix + "efficacite.csv");
    }

    private Cell value(Double value, long n) {
        if (secrecy.hides(n)) {
            return Cell.secret(secrecy);
        }
        return value == null ? Cell.missing() : Cell.signed(value, 1);
    }

    /** « 3,2 [2,9 ; 3,5] »: the CSV keeps the three numbers in one cell the same way. */
    private Cell interval(Double value, Double low, Double high, long n, boolean share) {
        if (secrecy.hides(n)) {
            return Cell.secret(secrecy);
        }
        if (value == null) {
            return Cell.missing();
        }
        java.util.function.DoubleFunction<String> f = share ? FrenchFormat::percent : v -> FrenchFormat.number(v, 1);
        String text = f.apply(value) + (low == null || high == null ? ""
                : " [" + f.apply(low) + " ; " + f.apply(high) + "]");
        return new Cell(text, text, true);
    }
}
