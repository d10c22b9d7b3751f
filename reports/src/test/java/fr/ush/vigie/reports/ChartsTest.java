package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

/** Value axes that start at 0, and reference lines drawn and tabled. */
class ChartsTest {
    private final Secrecy secrecy = new Secrecy(5);

    private static CategoryData scores(double... values) {
        List<CategoryData.Point> points = java.util.Arrays.stream(values).mapToObj(CategoryData.Point::of).toList();
        return new CategoryData("Campagne", List.of("2025-S1", "2025-S2", "2026-S1").subList(0, values.length),
                List.of(new CategoryData.Series("QPV", points)), CategoryData.ValueFormat.DECIMAL);
    }

    @Test
    void aLineOfScoresFarFromZeroStillStartsAtZero() {
        JFreeChart chart = Charts.createChart(scores(41.0, 42.5, 44.0), Charts.Kind.LINES, "Score",
                Palette.SERIES);
        assertEquals(0.0, chart.getCategoryPlot().getRangeAxis().getLowerBound());
        assertTrue(chart.getCategoryPlot().getRangeAxis().getUpperBound() >= 44.0);
    }

    @Test
    void aReferenceIsALabelledLineAtItsPlottedValueAndTheLastRowOfTheTable() {
        CategoryData shares = new CategoryData("Région", List.of("Corse", "Bretagne"), List.of(new CategoryData.Series(
                "Part", List.of(CategoryData.Point.of(0.40), CategoryData.Point.of(0.10)))),
                CategoryData.ValueFormat.PERCENT);
        Charts.Reference france = new Charts.Reference("France", "France\u00A0: 25,0\u202F%",
                CategoryData.Point.of(0.25));
        JFreeChart chart = Charts.createChart(shares, Charts.Kind.HORIZONTAL_BARS, "Part (%)", Palette.SERIES,
                List.of(france));
        var markers = chart.getCategoryPlot().getRangeMarkers(Layer.FOREGROUND);
        assertEquals(1, markers.size());
        ValueMarker marker = (ValueMarker) markers.iterator().next();
        assertEquals(25.0, marker.getValue(), 1e-9, "percentages, as the bars");
        assertEquals("France\u00A0: 25,0\u202F%", marker.getLabel());

        Figure figure = Charts.figure("fig", "Titre", "Alt", shares, Charts.Kind.HORIZONTAL_BARS, "Part (%)",
                Palette.SERIES, List.of(france), secrecy, "regions.csv");
        List<List<Cell>> rows = figure.data().rows();
        assertEquals(3, rows.size());
        assertEquals("France", rows.get(2).get(0).text());
        assertEquals("25,0\u202F%", rows.get(2).get(1).text());
        assertTrue(figure.svg().markup().contains("France\u00A0: 25,0\u202F%"), "the label is drawn");
    }

    @Test
    void theAxisReachesAReferenceAboveEveryBar() {
        CategoryData shares = new CategoryData("Région", List.of("Corse"), List.of(new CategoryData.Series("Part",
                List.of(CategoryData.Point.of(0.10)))), CategoryData.ValueFormat.PERCENT);
        JFreeChart chart = Charts.createChart(shares, Charts.Kind.HORIZONTAL_BARS, "Part (%)", Palette.SERIES,
                List.of(new Charts.Reference("France", "France", CategoryData.Point.of(0.60))));
        assertTrue(chart.getCategoryPlot().getRangeAxis().getUpperBound() > 60.0);
    }

    @Test
    void aSecretReferenceIsNotDrawnAndPrintedAsSecret() {
        CategoryData shares = new CategoryData("Région", List.of("Corse"), List.of(new CategoryData.Series("Part",
                List.of(CategoryData.Point.of(0.10)))), CategoryData.ValueFormat.PERCENT);
        Figure figure = Charts.figure("fig", "Titre", "Alt", shares, Charts.Kind.HORIZONTAL_BARS, "Part (%)",
                Palette.SERIES, List.of(new Charts.Reference("France", "France\u00A0: n < 5",
                        CategoryData.Point.hidden())), secrecy, "regions.csv");
        assertEquals("n < 5", figure.data().rows().get(1).get(1).text());
        assertTrue(!figure.svg().markup().contains("France"));
    }

    @Test
    void aReferenceNeedsASingleSeries() {
        CategoryData two = new CategoryData("Campagne", List.of("2026-S1"), List.of(
                new CategoryData.Series("QPV", List.of(CategoryData.Point.of(1.0))),
                new CategoryData.Series("Hors QPV", List.of(CategoryData.Point.of(2.0)))),
                CategoryData.ValueFormat.DECIMAL);
        assertThrows(IllegalArgumentException.class, () -> Charts.figure("fig", "T", "A", two, Charts.Kind.BARS,
                "Score", Palette.SERIES, List.of(new Charts.Reference("France", "France", CategoryData.Point.of(1.5))),
                secrecy, "x.csv"));
    }
}
