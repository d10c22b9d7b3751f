package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class SvgChartTest {
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

    private static JFreeChart chart() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        dataset.addValue(3, "Sites", "2025-S1");
        dataset.addValue(5, "Sites", "2025-S2");
        return ChartFactory.createBarChart("", "Campagne", "Sites", dataset);
    }

    @Test
    void twoChartsInOnePageShareNoId() {
        String page = SvgChart.render(chart(), "premier", "Premier graphique", 600, 300).markup()
                + SvgChart.render(chart(), "second", "Second graphique", 600, 300).markup();
        Set<String> seen = new HashSet<>();
        Matcher ids = ID.matcher(page);
        int count = 0;
        while (ids.find()) {
            count++;
            assertTrue(seen.add(ids.group(1)), "id repeated: " + ids.group(1));
        }
        assertTrue(count >= 2, "each chart has at least its <defs> id");
    }

    @Test
    void theSvgIsAnAccessibleImage() {
        String svg = SvgChart.render(chart(), "c", "Sites par campagne", 600, 300).markup();
        assertTrue(svg.startsWith("<svg"));
        for (String attribute : List.of("role=\"img\"", "aria-label=\"Sites par campagne\"", "viewBox=\"0 0 600 300\"")) {
            assertTrue(svg.contains(attribute), attribute);
        }
        assertEquals(-1, svg.indexOf("<?xml"));
    }
}
