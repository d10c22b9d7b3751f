package fr.ush.vigie.reports;

import java.util.List;
import java.util.function.Function;

/** The charts of one territory's situations across campaigns, shared by the national and the scoped reports. */
final class SituationTrend {
    private final Labels labels;
    private final Secrecy secrecy;

    SituationTrend(Labels labels, Secrecy secrecy) {
        this.labels = labels;
        this.secrecy = secrecy;
    }

    /**
     * Sites by situation, one stacked bar per campaign: counts of sites in a category, printed as the campaign's
     * disclosure allows.
     */
    CategoryData bySituation(List<TerritoryStats> rows, Function<TerritoryStats, Secrecy.Disclosure> disclosure) {
        List<String> campagnes = rows.stream().map(TerritoryStats::campagne).toList();
        return new CategoryData(labels.get("col.campagne"), campagnes, List.of(
                series("situation.HORS_SITUATION_COMPLEXE", rows, TerritoryStats::horsSituation, disclosure),
                series("situation.A_RISQUE", rows, TerritoryStats::aRisque, disclosure),
                series("situation.CHRONIQUE", rows, TerritoryStats::chronique, disclosure),
                series("situation.URGENCE_CRISE", rows, TerritoryStats::urgenceCrise, disclosure)),
                CategoryData.ValueFormat.INTEGER);
    }

    Figure bySituationFigure(String id, String territory, List<TerritoryStats> rows,
            Function<TerritoryStats, Secrecy.Disclosure> disclosure, String csvName) {
        CategoryData data = bySituation(rows, disclosure);
        String title = labels.format("fig.situations.titre", territory);
        return Charts.figure(id, title, labels.format("fig.situations.alt", territory, rows.size()), data,
                Charts.Kind.STACKED_BARS, labels.get("axe.sites"), Palette.SITUATIONS, secrecy, csvName);
    }

    private CategoryData.Series series(String label, List<TerritoryStats> rows,
            java.util.function.ToLongFunction<TerritoryStats> count,
            Function<TerritoryStats, Secrecy.Disclosure> disclosure) {
        return new CategoryData.Series(labels.get(label),
                rows.stream().map(t -> disclosure.apply(t).count(count.applyAsLong(t))).toList());
    }
}
