package fr.ush.vigie.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Provider effects (difference in differences) as a forest plot and its table. An effect over fewer than
 * {@code secret.seuil} missions with follow-up is « n < 5 » and not drawn; from there to fewer than
 * {@code efficacite.effectif_min} it is drawn as indicative (hollow marker, note under the chart); above, plainly.
 * The chart draws exactly the effects its table prints. A sentence calls a provider's sites better than their
 * controls only for a plain effect whose interval lies below zero and which reaches {@code tendance.seuil}.
 */
final class EfficaciteSection {
    /** How a provider's effect may be read. */
    enum Reading {
        /** No mission with follow-up: « — ». */
        NONE,
        /** Fewer missions with follow-up than the secrecy threshold: « n < 5 », not drawn. */
        SECRET,
        /** Printed and drawn hollow: too few missions to read it plainly. */
        INDICATIF,
        /** Printed and drawn. */
        PLAIN
    }

    private static final DoubleFunction<String> ONE_DECIMAL = v -> FrenchFormat.number(v, 1);

    private final List<ProviderEffect> effects;
    private final Labels labels;
    private final Secrecy secrecy;
    private final String csvPrefix;
    private final BigDecimal tendanceSeuil;

    EfficaciteSection(List<ProviderEffect> effects, Labels labels, Secrecy secrecy, BigDecimal tendanceSeuil,
            String csvPrefix) {
        this.effects = effects.stream().sorted(Comparator.comparing(ProviderEffect::nom)).toList();
        this.labels = labels;
        this.secrecy = secrecy;
        this.tendanceSeuil = tendanceSeuil;
        this.csvPrefix = csvPrefix;
    }

    Reading reading(ProviderEffect e) {
        return switch (secrecy.of(e.nbAvecSuivi())) {
            case EMPTY -> Reading.NONE;
            case HIDDEN -> Reading.SECRET;
            case SHOWN -> e.effectifSuffisant() ? Reading.PLAIN : Reading.INDICATIF;
        };
    }

    /** The providers whose effect is printed, in table order; the hidden ones are not rows of the chart. */
    ForestData forestData() {
        return new ForestData(effects.stream().filter(e -> printed(e) && e.effet() != null)
                .map(e -> new ForestData.Row(label(e), e.effet(), e.effetBas(), e.effetHaut(), e.nbAvecSuivi(),
                        reading(e) == Reading.INDICATIF))
                .toList());
    }

    private boolean printed(ProviderEffect e) {
        Reading reading = reading(e);
        return reading == Reading.PLAIN || reading == Reading.INDICATIF;
    }

    private String label(ProviderEffect e) {
        return reading(e) == Reading.INDICATIF ? e.nom() + " (" + labels.get("efficacite.indicatif-court") + ")"
                : e.nom();
    }

    Section section() {
        ForestData forest = forestData();
        String title = labels.get("fig.forest.titre");
        long indicatifs = count(Reading.INDICATIF);
        String alt = labels.format("fig.forest.alt", forest.rows().size(), indicatifs);
        String plainLabel = labels.get("efficacite.plein");
        String indicatifLabel = labels.get("efficacite.indicatif");
        Figure figure = new Figure(csvPrefix + "forest", title, alt, SvgChart.render(
                ForestPlot.createChart(forest, labels.get("axe.effet"), plainLabel, indicatifLabel),
                csvPrefix + "forest", alt, Charts.WIDTH, ForestPlot.height(forest)), table(title),
                indicatifs > 0 ? labels.get("note.indicatif") : "");
        List<String> text = new ArrayList<>();
        text.add(labels.get("phrase.efficacite.lecture"));
        improving().forEach(e -> text.add(labels.format("phrase.efficacite.significatif", e.nom(),
                        labels.points(e.effet()), FrenchFormat.signed(e.effetBas(), 1),
                        FrenchFormat.signed(e.effetHaut(), 1))));
        countSentence("phrase.efficacite.indicatif", indicatifs).ifPresent(text::add);
        countSentence("phrase.efficacite.secret", count(Reading.SECRET)).ifPresent(text::add);
        countSentence("phrase.efficacite.aucun", count(Reading.NONE)).ifPresent(text::add);
        return new Section("efficacite", labels.get("section.efficacite"), text, List.of(), List.of(figure),
                List.of(), List.of(labels.get(effects.stream().anyMatch(ProviderEffect::parGrappes) ? "note.did.grappes"
                        : "note.did")));
    }

    /**
     * What the effects show, for the report's synthesis: how many providers' effects are published (indicative
     * ones counted apart), how many plainly improve their sites beyond their controls, and the caveat. It counts
     * the effects the section prints, read the same way.
     */
    String programmeSentence() {
        long published = count(Reading.PLAIN) + count(Reading.INDICATIF);
        return labels.format("phrase.programme.effets", labels.quantity(published, "prestataire"),
                FrenchFormat.integer(effects.size()), FrenchFormat.integer(count(Reading.INDICATIF)),
                FrenchFormat.integer(improving().count()));
    }

    KeyFigure programmeFigure() {
        return new KeyFigure(labels.get("kf.effets"), FrenchFormat.integer(count(Reading.PLAIN)
                + count(Reading.INDICATIF)), labels.format("kf.effets.detail", FrenchFormat.integer(effects.size()),
                FrenchFormat.integer(count(Reading.INDICATIF)), FrenchFormat.integer(improving().count())));
    }

    /** Plain effects whose interval lies below zero and which reach {@code tendance.seuil}. */
    private java.util.stream.Stream<ProviderEffect> improving() {
        return effects.stream().filter(e -> reading(e) == Reading.PLAIN && e.effetHaut() != null && e.effetHaut() < 0
                && BigDecimal.valueOf(e.effet()).abs().compareTo(tendanceSeuil) >= 0);
    }

    private long count(Reading reading) {
        return effects.stream().filter(e -> reading(e) == reading).count();
    }

    /** A sentence on how many providers are read a given way, none when there is none. */
    private java.util.Optional<String> countSentence(String key, long n) {
        if (n == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(labels.counted(key, n, secrecy.mask(), secrecy.seuil()));
    }

    DataTable table(String title) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ProviderEffect e : effects) {
            Secrecy.Disclosure evaluated = secrecy.of(e.nbEvaluees());
            Secrecy.Disclosure followed = secrecy.of(e.nbAvecSuivi());
            rows.add(List.of(Cell.text(e.nom()), Cell.text(labels.code("volet", e.pole())),
                    Cell.integer(e.nbMissions()), Cell.integer(e.nbEvaluees()),
                    interval(evaluated, e.satisfaction(), e.satisfactionBas(), e.satisfactionHaut(), ONE_DECIMAL,
                            v -> FrenchFormat.plainNumber(v, 1)),
                    interval(evaluated, e.tauxMiseEnOeuvre(), e.tauxBas(), e.tauxHaut(), FrenchFormat::percent,
                            v -> FrenchFormat.plainNumber(v * 100, 1)),
                    Cell.integer(e.nbAvecSuivi()), value(followed, e.deltaTraites()),
                    value(followed, e.deltaTemoins()),
                    interval(followed, e.effet(), e.effetBas(), e.effetHaut(), ONE_DECIMAL,
                            v -> FrenchFormat.plainNumber(v, 1)),
                    readingCell(e)));
        }
        List<String> headers = List.of(labels.get("col.prestataire"), labels.get("col.pole"),
                labels.get("etape.missions"), labels.get("etape.evaluees"), labels.get("col.satisfaction-ic"),
                labels.get("col.mise-en-oeuvre-ic"), labels.get("col.avec-suivi"), labels.get("col.delta-traites"),
                labels.get("col.delta-temoins"), labels.get("col.effet-ic"), labels.get("col.lecture"));
        List<String> csvHeaders = new ArrayList<>();
        for (String header : headers) {
            csvHeaders.add(header);
            if (header.contains("[")) {
                // An interval column: the value, then its bounds in columns of their own.
                csvHeaders.add(labels.format("col.ic-bas", header));
                csvHeaders.add(labels.format("col.ic-haut", header));
            }
        }
        return new DataTable(title, headers, rows, csvPrefix + "efficacite.csv", csvHeaders);
    }

    private Cell readingCell(ProviderEffect e) {
        return switch (reading(e)) {
            case NONE -> Cell.missing();
            case SECRET -> Cell.secret(secrecy);
            case INDICATIF -> Cell.text(labels.get("efficacite.indicatif-court"));
            case PLAIN -> Cell.text(labels.get("efficacite.plein-court"));
        };
    }

    private Cell value(Secrecy.Disclosure disclosure, Double value) {
        CategoryData.Point point = disclosure.point(value);
        if (point.secret()) {
            return Cell.secret(secrecy);
        }
        return point.value() == null ? Cell.missing() : Cell.signed(point.value(), 1);
    }

    /**
     * « 3,2 [2,9 ; 3,5] » in the page; in the CSV, the value and each bound in a cell of its own, as numbers
     * ({@code csv} turns one value into its CSV number, shares as percentages).
     */
    private Cell interval(Secrecy.Disclosure disclosure, Double value, Double low, Double high,
            DoubleFunction<String> format, DoubleFunction<String> csv) {
        CategoryData.Point point = disclosure.point(value);
        if (point.secret()) {
            return new Cell(secrecy.mask(), secrecy.mask(), true, List.of("", ""));
        }
        if (point.value() == null) {
            return new Cell("—", "", true, List.of("", ""));
        }
        boolean bounded = low != null && high != null;
        String text = bounded ? FrenchFormat.interval(format.apply(value), format.apply(low), format.apply(high))
                : format.apply(value);
        return new Cell(text, csv.apply(value), true,
                bounded ? List.of(csv.apply(low), csv.apply(high)) : List.of("", ""));
    }
}
