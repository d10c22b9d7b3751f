package fr.ush.vigie.reports;

import java.util.List;

/** The charts of one territory's situations across campaigns, shared by the national and the scoped reports. */
final class SituationTrend {
    private final Labels labels;
    private final Secrecy secrecy;

    SituationTrend(Labels labels, Secrecy secrecy) {
        this.labels = labels;
        this.secrecy = secrecy;
    }

    /** Sites by situation, one stacked bar per campaign (counts are not subject to secrecy). */
    CategoryData bySituation(List<TerritoryStats> rows) {
        List<String> campagnes = rows.stream().map(TerritoryStats::campagne).toList();
        return new CategoryData(labels.get("col.campagne"), campagnes, List.of(
                series("situation.HORS_SITUATION_COMPLEXE", rows, TerritoryStats::horsSituation),
                series("situation.A_RISQUE", rows, TerritoryStats::aRisque),
                series("situation.CHRONIQUE", rows, TerritoryStats::chronique),
                series("situation.URGENCE_CRISE", rows, TerritoryStats::urgenceCrise)),
                CategoryData.ValueFormat.INTEGER);
    }

    Figure bySituationFigure(String id, String territory, List<TerritoryStats> rows, String csvName) {
        CategoryData data = bySituation(rows);
        String title = labels.format("fig.situations.titre", territory);
        return Charts.figure(id, title, labels.format("fig.situations.alt", territory, rows.size()), data,
                Charts.Kind.STACKED_BARS, labels.get("axe.sites"), Palette.SITUATIONS, secrecy, csvName);
    }

    private CategoryData.Series series(String label, List<TerritoryStats> rows,
            java.util.function.ToLongFunction<TerritoryStats> count) {
        return new CategoryData.Series(labels.get(label),
                rows.stream().map(t -> CategoryData.Point.of((double) count.applyAsLong(t))).toList());
    }
}
