package fr.ush.vigie.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The territorial mart's measures as {@link Secrecy} lets them be printed: the cell of a territory's share, mean
 * and counts of situations is its assessed sites; that of its like-for-like change, its panel sites; completeness
 * is about the monitoring and always printed.
 */
final class Measures {
    private Measures() {
    }

    /** A territory shown on its own (or whose total is not shown). */
    static Secrecy.Disclosure alone(TerritoryStats t, Secrecy secrecy) {
        return secrecy.of(t.nbEvalues());
    }

    /** Territories shown with their total (the regions of France, QPV and hors QPV…), by code. */
    static Map<String, Secrecy.Disclosure> parts(List<TerritoryStats> parts, Secrecy secrecy) {
        List<Secrecy.Disclosure> disclosures = secrecy.parts(parts.stream().map(TerritoryStats::nbEvalues).toList());
        Map<String, Secrecy.Disclosure> byCode = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            byCode.put(parts.get(i).code(), disclosures.get(i));
        }
        return byCode;
    }

    static CategoryData.Point share(TerritoryStats t, Secrecy.Disclosure disclosure) {
        return disclosure.point(t.partComplexe());
    }

    static CategoryData.Point mean(TerritoryStats t, Secrecy.Disclosure disclosure) {
        return disclosure.point(t.scoreMoyen());
    }

    /** The sites in a complex situation. */
    static CategoryData.Point complexes(TerritoryStats t, Secrecy.Disclosure disclosure) {
        return disclosure.count(t.nbComplexes());
    }

    /** Completeness is about the monitoring, not the sites' situation: printed whatever the number of sites. */
    static CategoryData.Point completeness(TerritoryStats t) {
        return CategoryData.Point.of(t.tauxCompletude());
    }

    static CategoryData.Point panelDelta(TerritoryStats t, Secrecy secrecy) {
        return secrecy.of(t.nbPanel()).point(t.deltaPanel());
    }

    /** A point as page text: « n < 5 », « — » or the formatted value. */
    static String text(CategoryData.Point point, CategoryData.ValueFormat format, Secrecy secrecy) {
        return format.cell(point, secrecy).text();
    }
}
