package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The choropleth keeps one legend size on every page, whatever the extent of the map beside it. */
class ChoroplethMapTest {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"([^\"]+)\"");
    private static final Pattern SWATCH = Pattern.compile("<rect x=\"([^\"]+)\" y=\"([^\"]+)\" width=\"18\"");

    private static String render(Set<String> visible) {
        return ChoroplethMap.render("carte", "Carte", Map.of("75", CategoryData.Point.of(0.3)), visible,
                new Secrecy(5), "aucun site").markup();
    }

    private static String viewBox(String svg) {
        Matcher m = VIEW_BOX.matcher(svg);
        assertTrue(m.find());
        return m.group(1);
    }

    private static String swatches(String svg) {
        Matcher m = SWATCH.matcher(svg);
        StringBuilder found = new StringBuilder();
        while (m.find()) {
            found.append(m.group(1)).append(',').append(m.group(2)).append(' ');
        }
        return found.toString();
    }

    @Test
    void aSmallRegionsMapHasTheCanvasAndLegendOfTheWholeCountrys() {
        Set<String> ileDeFrance = DepartementOutlines.all().stream().filter(o -> o.region().equals("11"))
                .map(DepartementOutlines.Outline::code).collect(Collectors.toSet());
        String france = render(Set.of());
        String region = render(ileDeFrance);
        // 613 units of map + 2 × 8 of margin + 200 of legend, whatever is drawn.
        assertEquals("0 0 829.0 601.0", viewBox(france));
        assertTrue(viewBox(region).startsWith("0 0 829.0 "), viewBox(region));
        assertEquals(swatches(france), swatches(region));
        assertEquals(7, swatches(region).split(" ").length, "five classes, « n < 5 » and no site");
    }
}
