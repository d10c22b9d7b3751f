package fr.ush.vigie.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Choropleths of the share of sites in a complex situation, with their data tables. */
final class TerritoryMaps {
    private final Labels labels;
    private final Secrecy secrecy;
    private final Places places;

    TerritoryMaps(Labels labels, Secrecy secrecy, Places places) {
        this.labels = labels;
        this.secrecy = secrecy;
        this.places = places;
    }

    /** Each département coloured by its own share; the table lists every département, overseas included. */
    Figure byDepartement(String id, List<TerritoryStats> departements, Set<String> visible, String title,
            String csvName) {
        Map<String, CategoryData.Point> values = new HashMap<>();
        departements.forEach(t -> values.put(t.code(), Measures.share(t, secrecy)));
        String alt = labels.format("carte.alt", title, departements.size());
        return new Figure(id, title, alt, ChoroplethMap.render(id, alt, values, visible, secrecy,
                labels.get("carte.sans-site")), table(title, labels.get("col.departement"), departements, csvName),
                DepartementOutlines.CREDIT);
    }

    /** Each département coloured by its region's share: the region outline is the union of its départements. */
    Figure byRegion(String id, List<TerritoryStats> regions, String title, String csvName) {
        Map<String, CategoryData.Point> byRegion = new HashMap<>();
        regions.forEach(t -> byRegion.put(t.code(), Measures.share(t, secrecy)));
        Map<String, CategoryData.Point> values = new HashMap<>();
        DepartementOutlines.all().forEach(o -> {
            if (byRegion.containsKey(o.region())) {
                values.put(o.code(), byRegion.get(o.region()));
            }
        });
        String alt = labels.format("carte.alt", title, regions.size());
        return new Figure(id, title, alt, ChoroplethMap.render(id, alt, values, Set.of(), secrecy,
                labels.get("carte.sans-site")), table(title, labels.get("col.region"), regions, csvName),
                DepartementOutlines.CREDIT);
    }

    private DataTable table(String title, String territoryHeader, List<TerritoryStats> rows, String csvName) {
        List<List<Cell>> cells = new ArrayList<>();
        rows.stream().sorted(Comparator.comparing(TerritoryStats::code)).forEach(t -> cells.add(List.of(
                Cell.text(t.code() + " " + t.libelle()), Cell.integer(t.nbEvalues()), Cell.integer(t.nbComplexes()),
                CategoryData.ValueFormat.PERCENT.cell(Measures.share(t, secrecy), secrecy))));
        return new DataTable(title, List.of(territoryHeader, labels.get("col.evalues"), labels.get("col.complexes"),
                labels.get("col.part-complexe")), cells, csvName);
    }
}
