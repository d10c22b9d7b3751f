package fr.ush.vigie.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A forest plot: each row's estimate as a dot and its 95 % confidence interval as a whisker, against a line at zero.
 * Indicative rows are their own series, drawn with a hollow marker so the legend says why; both series have the
 * same neutral colour, which says nothing of a provider's worth.
 */
public final class ForestPlot {
    private ForestPlot() {
    }

    /** Series 0: plain estimates, series 1: indicative ones; x is the row's position (top row highest). */
    public static YIntervalSeriesCollection createDataset(ForestData data, String plainLabel,
            String indicatifLabel) {
        YIntervalSeries plain = new YIntervalSeries(plainLabel);
        YIntervalSeries indicatif = new YIntervalSeries(indicatifLabel);
        int count = data.rows().size();
        for (int i = 0; i < count; i++) {
            ForestData.Row row = data.rows().get(i);
            if (row.drawable()) {
                (row.indicatif() ? indicatif : plain).add(count - 1 - i, row.estimate(), row.low(), row.high());
            }
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(plain);
        dataset.addSeries(indicatif);
        return dataset;
    }

    public static JFreeChart createChart(ForestData data, String valueAxisLabel, String plainLabel,
            String indicatifLabel) {
        int count = data.rows().size();
        String[] labels = new String[count];
        for (int i = 0; i < count; i++) {
            labels[count - 1 - i] = data.rows().get(i).label();
        }
        SymbolAxis rowsAxis = new SymbolAxis(null, labels);
        rowsAxis.setGridBandsVisible(false);
        rowsAxis.setRange(-0.7, count - 0.3);
        NumberAxis valueAxis = new NumberAxis(valueAxisLabel);
        valueAxis.setAutoRangeIncludesZero(true);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setErrorStroke(new BasicStroke(2.5f));
        renderer.setCapLength(10);
        renderer.setDefaultLinesVisible(false);
        XYPlot plot = new XYPlot(createDataset(data, plainLabel, indicatifLabel), rowsAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setOutlineVisible(false);
        ValueMarker zero = new ValueMarker(0, new Color(0x1B1B1B), new BasicStroke(1.2f));
        plot.addRangeMarker(zero);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        // After the theme, which gives every series a colour of its own (red first).
        Charts.theme().apply(chart);
        plot.setDomainGridlinesVisible(false);
        Shape dot = new Ellipse2D.Double(-6, -6, 12, 12);
        for (int series = 0; series < 2; series++) {
            renderer.setSeriesPaint(series, Palette.BLUE);
            renderer.setSeriesShape(series, dot);
        }
        renderer.setSeriesShapesFilled(0, true);
        renderer.setSeriesShapesFilled(1, false);
        renderer.setSeriesOutlineStroke(1, new BasicStroke(2f));
        renderer.setErrorPaint(null);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        return chart;
    }

    public static int height(ForestData data) {
        return Math.max(260, 120 + 40 * data.rows().size());
    }
}
