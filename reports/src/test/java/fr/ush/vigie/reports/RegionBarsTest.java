package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The regions bar chart, from the highest share to the lowest, with France as a reference. */
class RegionBarsTest {
    private final Labels labels = new Labels();
    private final Secrecy secrecy = new Secrecy(5);

    private static TerritoryStats region(String code, String libelle, long evalues, long complexes) {
        return new TerritoryStats("2026-S1", "REGION", code, libelle, evalues, evalues, evalues, 30.0,
                evalues - complexes, complexes, 0, 0, 0, null);
    }

    @Test
    void regionsGoFromTheHighestShareToTheLowestThenThoseWithoutAPrintedShareByName() {
        // Shares: Bretagne 10/20 = 50 %, Île-de-France 6/20 = 30 %, Occitanie 9/30 = 30 %, Normandie 1/10 = 10 %;
        // Corse (3 sites) is secret, and so is the next smallest part, Normandie (complementary suppression);
        // Auvergne-Rhône-Alpes has no site.
        List<TerritoryStats> regions = List.of(region("94", "Corse", 3, 1), region("11", "Île-de-France", 20, 6),
                region("28", "Normandie", 10, 1), region("53", "Bretagne", 20, 10), region("76", "Occitanie", 30, 9),
                region("84", "Auvergne-Rhône-Alpes", 0, 0));
        Figure figure = new RegionBars(labels, secrecy).figure("fig-regions", regions, CategoryData.Point.of(0.25),
                "2026-S1", "regions.csv");
        List<String> order = figure.data().rows().stream().map(r -> r.get(0).text()).toList();
        // « Île » sorts with « I », before « O », not after « Z » as in byte order.
        assertEquals(List.of("Bretagne", "Île-de-France", "Occitanie", "Auvergne-Rhône-Alpes", "Corse", "Normandie",
                "France"), order);
        assertEquals(List.of("50,0\u202F%", "30,0\u202F%", "30,0\u202F%", "—", "n < 5", "n < 5", "25,0\u202F%"),
                figure.data().rows().stream().map(r -> r.get(1).text()).toList());
        assertTrue(figure.svg().markup().contains("France\u00A0: 25,0\u202F%"));
        String svg = figure.svg().markup();
        assertEquals(2, svg.split("\u2002n &lt; 5<", -1).length - 1, "Corse and Normandie say why they have no bar");
        assertEquals(1, svg.split("\u2002—<", -1).length - 1, "and so does Auvergne-Rhône-Alpes");
        assertTrue(figure.alt().contains("(25,0\u202F%)"), figure.alt());
    }
}
