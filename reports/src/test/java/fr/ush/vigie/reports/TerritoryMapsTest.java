package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The national maps: each shape is titled with the territory whose value colours it. */
class TerritoryMapsTest {
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private final Labels labels = new Labels();
    private final Secrecy secrecy = new Secrecy(5);
    private final Places places = new Places(Map.of("11", "Île-de-France", "84", "Auvergne-Rhône-Alpes", "04",
            "La Réunion", "53", "Bretagne"), Map.of(), Map.of(), Map.of());

    private static TerritoryStats region(String code, String libelle, long evalues, long complexes) {
        return new TerritoryStats("2026-S1", "REGION", code, libelle, evalues, evalues, evalues, 30.0,
                evalues - complexes, complexes, 0, 0, 0, null);
    }

    private static List<String> titles(String svg) {
        Matcher m = TITLE.matcher(svg);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void theRegionMapNamesTheRegionOnEachOfItsDepartements() {
        // 30 of 100 and 10 of 40: both shown; La Réunion 20 of 80.
        Figure figure = new TerritoryMaps(labels, secrecy, places).byRegion("carte-regions", List.of(
                region("11", "Île-de-France", 100, 30), region("84", "Auvergne-Rhône-Alpes", 40, 10),
                region("04", "La Réunion", 80, 20)), "Carte", "carte.csv");
        List<String> titles = titles(figure.svg().markup());
        assertEquals(DepartementOutlines.all().size(), titles.size(), "one title per département");
        assertEquals(8, titles.stream().filter("Île-de-France (11)\u00A0: 30,0\u202F%"::equals).count(),
                "Paris, the petite and the grande couronne");
        assertEquals(12, titles.stream().filter("Auvergne-Rhône-Alpes (84)\u00A0: 25,0\u202F%"::equals).count());
        assertEquals(List.of("La Réunion (04)\u00A0: 25,0\u202F%"),
                titles.stream().filter(t -> t.startsWith("La Réunion")).toList());
        assertTrue(titles.contains("Bretagne (53)\u00A0: aucun site évalué"), "a region without data, by name");
        for (String departement : List.of("Paris (75)", "Rhône (69)", "Finistère (29)", "(974)")) {
            assertFalse(titles.stream().anyMatch(t -> t.contains(departement)), departement);
        }
    }

    @Test
    void theDepartementMapNamesEachDepartementWithItsOwnValue() {
        TerritoryStats paris = new TerritoryStats("2026-S1", "DEPARTEMENT", "75", "Paris", 10, 10, 10, 30.0, 6, 4,
                0, 0, 0, null);
        TerritoryStats reunion = new TerritoryStats("2026-S1", "DEPARTEMENT", "974", "La Réunion", 3, 3, 3, 30.0,
                1, 2, 0, 0, 0, null);
        Figure figure = new TerritoryMaps(labels, secrecy, places).byDepartement("carte-departements",
                List.of(paris, reunion), Map.of("75", Secrecy.Disclosure.SHOWN, "974", Secrecy.Disclosure.HIDDEN),
                MapLayout.franceWithParis("Paris et petite couronne"), "Carte", "carte.csv");
        List<String> titles = titles(figure.svg().markup());
        assertEquals(2, titles.stream().filter("Paris (75)\u00A0: 40,0\u202F%"::equals).count(), "map and inset");
        assertEquals(1, titles.stream().filter("La Réunion (974)\u00A0: n &lt; 5"::equals).count());
        assertTrue(figure.credit().contains("Natural Earth"), figure.credit());
    }
}
