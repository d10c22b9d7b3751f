package fr.ush.vigie.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Choropleths of the share of sites in a complex situation, with their data tables. Every territory on a map is a
 * part of a total the reports print (the regions of France, the départements of a region), so its figures follow
 * its disclosure as a part ({@link Secrecy#parts}, {@link Secrecy#nested}).
 */
final class TerritoryMaps {
    private final Labels labels;
    private final Secrecy secrecy;
    private final Places places;

    TerritoryMaps(Labels labels, Secrecy secrecy, Places places) {
        this.labels = labels;
        this.secrecy = secrecy;
        this.places = places;
    }

    /**
     * Each département coloured by its own share and titled with its own name; the table lists every département.
     *
     * @param disclosures each département's disclosure, by code ({@link #departementsOfFrance} or the parts of
     *                    one region)
     * @param layout      {@link MapLayout#franceWithParis} for France, {@link MapLayout#of} for a region's
     */
    Figure byDepartement(String id, List<TerritoryStats> departements, Map<String, Secrecy.Disclosure> disclosures,
            MapLayout layout, String title, String csvName) {
        Map<String, ChoroplethMap.Shade> shades = new HashMap<>();
        departements.forEach(t -> shades.put(t.code(), new ChoroplethMap.Shade(t.code(), t.libelle(),
                Measures.share(t, disclosures.get(t.code())))));
        String alt = labels.format("carte.alt", title, departements.size());
        return new Figure(id, title, alt, ChoroplethMap.render(id, alt, shades, layout, secrecy, labels),
                table(title, labels.get("col.departement"), departements, disclosures, csvName),
                DepartementOutlines.CREDIT);
    }

    /**
     * The départements of France, each region's protected against the region's total and a hidden region's all
     * hidden ({@link Secrecy#nested}); a département whose region is unknown is disclosed on its own.
     *
     * @param regions the regions of France in the campaign
     */
    Map<String, Secrecy.Disclosure> departementsOfFrance(List<TerritoryStats> departements,
            List<TerritoryStats> regions) {
        Map<String, Secrecy.Disclosure> regionDisclosures = Measures.parts(regions, secrecy);
        Map<String, List<TerritoryStats>> byRegion = new java.util.TreeMap<>();
        Map<String, Secrecy.Disclosure> disclosures = new HashMap<>();
        for (TerritoryStats t : departements) {
            String region = places.regionOfDepartement().get(t.code());
            if (region == null || !regionDisclosures.containsKey(region)) {
                disclosures.put(t.code(), Measures.alone(t, secrecy));
            } else {
                byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(t);
            }
        }
        List<String> codes = new ArrayList<>(byRegion.keySet());
        List<List<Secrecy.Disclosure>> nested = secrecy.nested(
                codes.stream().map(regionDisclosures::get).toList(),
                codes.stream().map(r -> byRegion.get(r).stream().map(TerritoryStats::nbEvalues).toList()).toList());
        for (int r = 0; r < codes.size(); r++) {
            List<TerritoryStats> children = byRegion.get(codes.get(r));
            for (int i = 0; i < children.size(); i++) {
                disclosures.put(children.get(i).code(), nested.get(r).get(i));
            }
        }
        return disclosures;
    }

    /**
     * Each département coloured by its region's share and titled with its region's name and code, overseas
     * départements included: a region's outline is the union of its départements'.
     */
    Figure byRegion(String id, List<TerritoryStats> regions, String title, String csvName) {
        Map<String, Secrecy.Disclosure> disclosures = Measures.parts(regions, secrecy);
        Map<String, TerritoryStats> byCode = new HashMap<>();
        regions.forEach(t -> byCode.put(t.code(), t));
        Map<String, ChoroplethMap.Shade> shades = new HashMap<>();
        DepartementOutlines.all().forEach(o -> {
            TerritoryStats region = byCode.get(o.region());
            shades.put(o.code(), region == null ? new ChoroplethMap.Shade(o.region(), places.region(o.region()), null)
                    : new ChoroplethMap.Shade(o.region(), region.libelle(),
                            Measures.share(region, disclosures.get(region.code()))));
        });
        String alt = labels.format("carte.alt", title, regions.size());
        return new Figure(id, title, alt, ChoroplethMap.render(id, alt, shades, MapLayout.france(), secrecy, labels),
                table(title, labels.get("col.region"), regions, disclosures, csvName), DepartementOutlines.CREDIT);
    }

    private DataTable table(String title, String territoryHeader, List<TerritoryStats> rows,
            Map<String, Secrecy.Disclosure> disclosures, String csvName) {
        List<List<Cell>> cells = new ArrayList<>();
        rows.stream().sorted(Comparator.comparing(TerritoryStats::code)).forEach(t -> {
            Secrecy.Disclosure d = disclosures.get(t.code());
            cells.add(List.of(Cell.text(t.code() + " " + t.libelle()), Cell.integer(t.nbEvalues()),
                    CategoryData.ValueFormat.INTEGER.cell(Measures.complexes(t, d), secrecy),
                    CategoryData.ValueFormat.PERCENT.cell(Measures.share(t, d), secrecy)));
        });
        return new DataTable(title, List.of(territoryHeader, labels.get("col.evalues"), labels.get("col.complexes"),
                labels.get("col.part-complexe")), cells, csvName);
    }
}
