package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The choropleth: one legend size on every page, overseas départements and Paris in labelled insets, « n < 5 » and
 * « aucun site » told apart by patterns that the legend repeats.
 */
class ChoroplethMapTest {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"([^\"]+)\"");
    private static final Pattern SWATCH = Pattern.compile("<rect x=\"([^\"]+)\" y=\"([^\"]+)\" width=\"18\"");
    private static final Pattern PATH =
            Pattern.compile("<path d=\"([^\"]+)\" fill=\"([^\"]+)\"><title>([^<]*)</title>");
    private static final Pattern FRAME = Pattern.compile("<rect x=\"([^\"]+)\" y=\"([^\"]+)\" width=\"([^\"]+)\" "
            + "height=\"([^\"]+)\" fill=\"none\" stroke=\"#8c8c8c\"[^>]*>\n<text x=\"[^\"]+\" y=\"[^\"]+\"[^>]*>([^<]*)"
            + "</text>");
    private final Labels labels = new Labels();
    private final Secrecy secrecy = new Secrecy(5);

    private String render(Map<String, ChoroplethMap.Shade> shades, MapLayout layout) {
        return ChoroplethMap.render("carte", "Carte", shades, layout, secrecy, labels).markup();
    }

    private String render(MapLayout layout) {
        return render(Map.of("75", new ChoroplethMap.Shade("75", "Paris", CategoryData.Point.of(0.3))), layout);
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

    /** Each drawn shape: its path, fill and title. */
    private static List<String[]> shapes(String svg) {
        Matcher m = PATH.matcher(svg);
        List<String[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        return found;
    }

    /** The labelled frames of the insets, by label. */
    private static Map<String, DepartementOutlines.Box> frames(String svg) {
        Matcher m = FRAME.matcher(svg);
        Map<String, DepartementOutlines.Box> found = new java.util.HashMap<>();
        while (m.find()) {
            double x = Double.parseDouble(m.group(1));
            double y = Double.parseDouble(m.group(2));
            found.put(m.group(5), new DepartementOutlines.Box(x, y, x + Double.parseDouble(m.group(3)),
                    y + Double.parseDouble(m.group(4))));
        }
        return found;
    }

    private static List<DepartementOutlines.Box> boxesTitled(String svg, String titleStart) {
        return shapes(svg).stream().filter(s -> s[2].startsWith(titleStart))
                .map(s -> OutlinePath.parse(s[0]).box()).toList();
    }

    @Test
    void aSmallRegionsMapHasTheCanvasAndLegendOfTheWholeCountrys() {
        Set<String> ileDeFrance = DepartementOutlines.metropole().stream().filter(o -> o.region().equals("11"))
                .map(DepartementOutlines.Outline::code).collect(Collectors.toSet());
        String france = render(MapLayout.france());
        String region = render(MapLayout.of(ileDeFrance));
        // 613 units of map + 2 × 8 of margin + 200 of legend; 585 + 2 × 8, then 22 of label and 113 of inset + 8.
        assertEquals("0 0 829.0 744.0", viewBox(france));
        assertTrue(viewBox(region).startsWith("0 0 829.0 "), viewBox(region));
        assertEquals(swatches(france), swatches(region));
        assertEquals(7, swatches(region).split(" ").length, "five classes, « n < 5 » and no site");
    }

    @Test
    void everyOverseasDepartementIsDrawnInsideItsOwnLabelledBoxBelowMetropolitanFrance() {
        String svg = render(MapLayout.france());
        Map<String, DepartementOutlines.Box> frames = frames(svg);
        assertEquals(Set.of("Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"), frames.keySet());
        for (DepartementOutlines.Outline o : DepartementOutlines.outreMer()) {
            DepartementOutlines.Box frame = frames.get(o.nom());
            List<DepartementOutlines.Box> drawn = boxesTitled(svg, o.nom() + " (" + o.code() + ")");
            assertEquals(1, drawn.size(), o.nom());
            assertTrue(frame.contains(drawn.get(0)), o.nom() + " " + drawn.get(0) + " outside " + frame);
            // The outline fills its box (5 units of margin in its own 100 × 100 space): it is not a speck.
            assertTrue(drawn.get(0).width() > 0.5 * frame.width() || drawn.get(0).height() > 0.5 * frame.height(),
                    o.nom());
            assertTrue(frame.minY() > 8 + 585, o.nom() + " under metropolitan France");
        }
        List<DepartementOutlines.Box> frameList = new ArrayList<>(frames.values());
        for (int i = 0; i < frameList.size(); i++) {
            for (int j = i + 1; j < frameList.size(); j++) {
                DepartementOutlines.Box a = frameList.get(i);
                DepartementOutlines.Box b = frameList.get(j);
                assertTrue(a.maxX() <= b.minX() || b.maxX() <= a.minX(), "insets side by side: " + a + " " + b);
            }
        }
    }

    @Test
    void parisAndItsInnerSuburbsAreEnlargedUnderTheLegendAndLocatedOnTheMap() {
        String svg = render(Map.of(), MapLayout.franceWithParis("Paris et petite couronne"));
        DepartementOutlines.Box frame = frames(svg).get("Paris et petite couronne");
        assertTrue(frame.minX() >= MapLayout.legendX() && frame.minY() > MapLayout.LEGEND_HEIGHT, frame.toString());
        for (String code : List.of("75", "92", "93", "94")) {
            String nom = DepartementOutlines.metropole().stream().filter(o -> o.code().equals(code)).findFirst()
                    .orElseThrow().nom();
            List<DepartementOutlines.Box> drawn = boxesTitled(svg, nom + " (" + code + ")");
            assertEquals(2, drawn.size(), code + " on the map and in the inset");
            DepartementOutlines.Box small = drawn.get(0);
            DepartementOutlines.Box large = drawn.get(1);
            assertTrue(frame.contains(large), code + " " + large + " outside " + frame);
            assertTrue(large.width() > 6 * small.width(), code + " enlarged: " + small + " → " + large);
        }
        assertEquals(1, countOf(svg, "stroke=\"#1b1b1b\" stroke-width=\"1.0\""), "one locator rectangle");
        assertFalse(render(MapLayout.france()).contains("Paris et petite couronne"));
    }

    @Test
    void secretAndNoSiteArePatternsDistinctFromEveryClassAndTheLegendRepeatsThem() {
        String svg = render(Map.of(
                "01", new ChoroplethMap.Shade("01", "Ain", CategoryData.Point.hidden()),
                "02", new ChoroplethMap.Shade("02", "Aisne", CategoryData.Point.of(0.05)),
                "03", new ChoroplethMap.Shade("03", "Allier", CategoryData.Point.of(null))), MapLayout.france());
        Map<String, String> fills = shapes(svg).stream().collect(Collectors.toMap(s -> s[2], s -> s[1], (a, b) -> a));
        String secret = fills.get("Ain (01)\u00A0: n &lt; 5");
        String lightest = fills.get("Aisne (02)\u00A0: 5,0\u202F%");
        String empty = fills.get("Allier (03)\u00A0: aucun site évalué");
        String untouched = fills.get("Ardennes (08)\u00A0: aucun site évalué");
        assertEquals("url(#carte-motif-secret)", secret);
        assertEquals("url(#carte-motif-sans-site)", empty);
        assertEquals(empty, untouched, "a département without a value has no site");
        assertEquals(Palette.CHOROPLETH.get(0), lightest);
        assertNotEquals(lightest, empty);
        assertTrue(svg.contains("<pattern id=\"carte-motif-secret\""));
        assertTrue(svg.contains("<pattern id=\"carte-motif-sans-site\""));
        assertTrue(svg.contains("fill=\"url(#carte-motif-secret)\" stroke=\"#555555\" stroke-width=\"0.6\"/><text"
                + " x=\"663.0\" y=\"162.0\" font-family=\"sans-serif\" font-size=\"13\" fill=\"#1b1b1b\">n &lt; 5"
                + "</text>"), "the legend's « n < 5 » row shows the map's hatching");
        assertTrue(svg.contains("fill=\"url(#carte-motif-sans-site)\" stroke=\"#555555\" stroke-width=\"0.6\"/><text"
                + " x=\"663.0\" y=\"188.0\" font-family=\"sans-serif\" font-size=\"13\" fill=\"#1b1b1b\">aucun site"
                + " évalué</text>"));
        assertTrue(svg.contains(">0 à moins de 20\u202F%</text>") && svg.contains(">80\u202F% et plus</text>"));
    }

    @Test
    void patternIdsKeepOnlyCharactersSafeInAnUrlReference() {
        String svg = ChoroplethMap.render("région-\"84\"%", "Carte", Map.of(), MapLayout.of(Set.of("01")), secrecy,
                labels).markup();
        assertTrue(svg.contains("<pattern id=\"r_gion-_84__-motif-secret\""), svg.substring(0, 400));
        assertTrue(svg.contains("fill=\"url(#r_gion-_84__-motif-sans-site)\""));
    }

    @Test
    void namesFromTheDataAreEscapedInTitles() {
        String svg = render(Map.of("01", new ChoroplethMap.Shade("01", "<b>Ain & \"co\"</b>",
                CategoryData.Point.of(0.5))), MapLayout.of(Set.of("01")));
        assertTrue(svg.contains("<title>&lt;b&gt;Ain &amp; &quot;co&quot;&lt;/b&gt; (01)\u00A0: 50,0\u202F%</title>"));
        assertFalse(svg.contains("<b>"));
    }

    @Test
    void anOverseasRegionIsMappedOnItsOwn() {
        String svg = render(MapLayout.of(Set.of("974")));
        List<String[]> shapes = shapes(svg);
        assertEquals(1, shapes.size());
        assertTrue(shapes.get(0)[2].startsWith("La Réunion (974)"));
        DepartementOutlines.Box box = OutlinePath.parse(shapes.get(0)[0]).box();
        assertTrue(box.height() > 500, "drawn as large as metropolitan France: " + box);
    }

    private static int countOf(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
