package fr.ush.vigie.reports;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The share of sites in a complex situation by region, as horizontal bars from the highest share to the lowest,
 * with France's share as a reference line. The regions are parts of France's total, so their shares follow their
 * disclosures as parts ({@link Measures#parts}); those without a printed share (« n < 5 », no site) come last, in
 * the order of their names.
 */
final class RegionBars {
    private final Labels labels;
    private final Secrecy secrecy;

    RegionBars(Labels labels, Secrecy secrecy) {
        this.labels = labels;
        this.secrecy = secrecy;
    }

    /** @param france France's share, as its own disclosure allows */
    Figure figure(String id, List<TerritoryStats> regions, CategoryData.Point france, String campagne,
            String csvName) {
        Map<String, Secrecy.Disclosure> disclosures = Measures.parts(regions, secrecy);
        List<TerritoryStats> ordered = order(regions, disclosures);
        CategoryData chart = new CategoryData(labels.get("col.region"),
                ordered.stream().map(TerritoryStats::libelle).toList(),
                List.of(new CategoryData.Series(labels.get("serie.part-complexe"),
                        ordered.stream().map(t -> Measures.share(t, disclosures.get(t.code()))).toList())),
                CategoryData.ValueFormat.PERCENT);
        String name = labels.get("territoire.france");
        String value = Measures.text(france, CategoryData.ValueFormat.PERCENT, secrecy);
        Charts.Reference reference = new Charts.Reference(name, labels.format("fig.reference", name, value), france);
        return Charts.figure(id, labels.format("fig.regions.titre", campagne),
                labels.format("fig.regions.alt", regions.size(), value), chart, Charts.Kind.HORIZONTAL_BARS,
                labels.get("axe.part"), List.of(Palette.VERMILLION), List.of(reference), secrecy, csvName);
    }

    /** Printed shares from the highest to the lowest, then the others; ties in the order of the names. */
    List<TerritoryStats> order(List<TerritoryStats> regions, Map<String, Secrecy.Disclosure> disclosures) {
        Collator names = Collator.getInstance(Locale.FRENCH);
        Comparator<TerritoryStats> byShare = Comparator.comparing(
                (TerritoryStats t) -> Measures.share(t, disclosures.get(t.code())).plotted(),
                Comparator.nullsLast(Comparator.reverseOrder()));
        return regions.stream().sorted(byShare.thenComparing(TerritoryStats::libelle, names)).toList();
    }
}
