package fr.ush.vigie.reports;

import java.awt.BasicStroke;
import java.awt.Color;
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
 * Rows whose sample is too small are drawn in grey in their own series, so the legend says why.
 */
public final class ForestPlot {
    private ForestPlot() {
    }

    /** Series 0: sufficient samples, series 1: insufficient; x is the row's position (top row highest). */
    public static YIntervalSeriesCollection createDataset(ForestData data, String sufficientLabel,
            String insufficientLabel) {
        YIntervalSeries sufficient = new YIntervalSeries(sufficientLabel);
        YIntervalSeries insufficient = new YIntervalSeries(insufficientLabel);
        int count = data.rows().size();
        for (int i = 0; i < count; i++) {
            ForestData.Row row = data.rows().get(i);
            if (row.drawable()) {
                (row.sufficient() ? sufficient : insufficient).add(count - 1 - i, row.estimate(), row.low(),
                        row.high());
            }
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(sufficient);
        dataset.addSeries(insufficient);
        return dataset;
    }

    public static JFreeChart createChart(ForestData data, String valueAxisLabel, String sufficientLabel,
            String insufficientLabel) {
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
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesPaint(1, Palette.GREY);
        renderer.setErrorPaint(null);
        XYPlot plot = new XYPlot(createDataset(data, sufficientLabel, insufficientLabel), rowsAxis, valueAxis,
                renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setOutlineVisible(false);
        ValueMarker zero = new ValueMarker(0, new Color(0x1B1B1B), new BasicStroke(1.2f));
        plot.addRangeMarker(zero);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        Charts.theme().apply(chart);
        plot.setDomainGridlinesVisible(false);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        return chart;
    }

    public static int height(ForestData data) {
        return Math.max(260, 120 + 40 * data.rows().size());
    }
}
