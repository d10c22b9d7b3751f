package fr.ush.vigie.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Category charts, after the JFreeChart demos: {@link #createDataset} → {@link #createChart} → {@link SvgChart}.
 * Sized and lettered to stay readable when the page prints on A4.
 */
public final class Charts {
    public static final int WIDTH = 820;
    public static final int HEIGHT = 420;
    private static final String FONT = "SansSerif";

    public enum Kind {
        BARS, HORIZONTAL_BARS, STACKED_BARS, LINES
    }

    /**
     * A value drawn across the plot as a labelled line (France's share across its regions' bars) and printed as the
     * last row of the data table; not drawn when secret or missing.
     *
     * @param name  the table row's heading
     * @param label the line's label, value included
     */
    public record Reference(String name, String label, CategoryData.Point point) {
    }

    private Charts() {
    }

    /** Series as rows, categories as columns; shares become percentages; secret values are left out. */
    public static DefaultCategoryDataset createDataset(CategoryData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (CategoryData.Series series : data.series()) {
            for (int i = 0; i < data.categories().size(); i++) {
                Double value = series.points().get(i).plotted();
                dataset.addValue(value == null ? null : data.format().toPlot(value), series.name(),
                        data.categories().get(i));
            }
        }
        return dataset;
    }

    public static JFreeChart createChart(CategoryData data, Kind kind, String valueAxisLabel, List<Color> colours) {
        return createChart(data, kind, valueAxisLabel, colours, List.of());
    }

    /** Every value axis starts at 0, lines included: a cut axis would magnify small changes. */
    public static JFreeChart createChart(CategoryData data, Kind kind, String valueAxisLabel, List<Color> colours,
            List<Reference> references) {
        DefaultCategoryDataset dataset = createDataset(data);
        PlotOrientation orientation = kind == Kind.HORIZONTAL_BARS ? PlotOrientation.HORIZONTAL
                : PlotOrientation.VERTICAL;
        boolean legend = data.series().size() > 1;
        JFreeChart chart = switch (kind) {
            case STACKED_BARS -> ChartFactory.createStackedBarChart(null, data.categoryLabel(), valueAxisLabel,
                    dataset, orientation, legend, false, false);
            case LINES -> ChartFactory.createLineChart(null, data.categoryLabel(), valueAxisLabel, dataset,
                    orientation, legend, false, false);
            case BARS, HORIZONTAL_BARS -> ChartFactory.createBarChart(null, data.categoryLabel(), valueAxisLabel,
                    dataset, orientation, legend, false, false);
        };
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        style(plot, kind, colours, data.series().size(), data.format());
        references.forEach(r -> mark(plot, r, data.format()));
        if (legend) {
            LegendTitle title = chart.getLegend();
            title.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    public static Figure figure(String id, String title, String alt, CategoryData data, Kind kind,
            String valueAxisLabel, List<Color> colours, Secrecy secrecy, String csvName) {
        return figure(id, title, alt, data, kind, valueAxisLabel, colours, List.of(), secrecy, csvName);
    }

    /** @param references lines drawn across the plot, for a chart of one series */
    public static Figure figure(String id, String title, String alt, CategoryData data, Kind kind,
            String valueAxisLabel, List<Color> colours, List<Reference> references, Secrecy secrecy,
            String csvName) {
        if (!references.isEmpty() && data.series().size() != 1) {
            throw new IllegalArgumentException("une ligne de référence suppose une seule série");
        }
        JFreeChart chart = createChart(data, kind, valueAxisLabel, colours, references);
        labelUndrawn(chart.getCategoryPlot(), data, kind, secrecy);
        int height = kind == Kind.HORIZONTAL_BARS ? Math.max(HEIGHT, 90 + 30 * data.categories().size()) : HEIGHT;
        DataTable table = data.table(title, csvName, secrecy);
        List<List<Cell>> rows = new ArrayList<>(table.rows());
        references.forEach(r -> rows.add(List.of(Cell.text(r.name()), data.format().cell(r.point(), secrecy))));
        return new Figure(id, title, alt, SvgChart.render(chart, id, alt, WIDTH, height),
                new DataTable(table.caption(), table.headers(), rows, table.csvName(), table.csvHeaders()), "");
    }

    /**
     * In a bar chart of one series, a category without a bar says why where its bar would start (« n < 5 »,
     * « — »), as its table cell does: an empty row would read as nothing at all.
     */
    private static void labelUndrawn(CategoryPlot plot, CategoryData data, Kind kind, Secrecy secrecy) {
        if (data.series().size() != 1 || kind != Kind.BARS && kind != Kind.HORIZONTAL_BARS) {
            return;
        }
        List<CategoryData.Point> points = data.series().get(0).points();
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).plotted() == null) {
                CategoryTextAnnotation note = new CategoryTextAnnotation(
                        (kind == Kind.HORIZONTAL_BARS ? "\u2002" : "") + data.format().cell(points.get(i), secrecy)
                                .text(), data.categories().get(i), 0);
                note.setFont(new Font(FONT, Font.ITALIC, 13));
                note.setPaint(new Color(0x1B1B1B));
                note.setTextAnchor(kind == Kind.HORIZONTAL_BARS ? TextAnchor.CENTER_LEFT : TextAnchor.BOTTOM_CENTER);
                plot.addAnnotation(note);
            }
        }
    }

    /**
     * A dashed line at the reference, labelled at its foot, where the shortest bars leave room; the axis reaches it.
     */
    private static void mark(CategoryPlot plot, Reference reference, CategoryData.ValueFormat format) {
        Double value = reference.point().plotted();
        if (value == null) {
            return;
        }
        double plotted = format.toPlot(value);
        ValueMarker marker = new ValueMarker(plotted, new Color(0x1B1B1B), new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(reference.label());
        marker.setLabelFont(new Font(FONT, Font.BOLD, 13));
        marker.setLabelPaint(new Color(0x1B1B1B));
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        plot.addRangeMarker(marker, Layer.FOREGROUND);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        if (plotted > axis.getUpperBound()) {
            axis.setUpperBound(plotted * 1.05);
        }
    }

    static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Vigie");
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 20));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 16));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 15));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 13));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.setRangeGridlinePaint(new Color(0xCCCCCC));
        theme.setAxisLabelPaint(new Color(0x1B1B1B));
        theme.setTickLabelPaint(new Color(0x1B1B1B));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    private static void style(CategoryPlot plot, Kind kind, List<Color> colours, int seriesCount,
            CategoryData.ValueFormat format) {
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(true);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelLines(3);
        if (kind != Kind.HORIZONTAL_BARS && plot.getCategories().size() > 8) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setAutoRangeIncludesZero(true);
        // French ticks (decimal comma), and whole ones for counts: « 2,5 demandes » means nothing.
        values.setStandardTickUnits(format == CategoryData.ValueFormat.INTEGER
                ? NumberAxis.createIntegerTickUnits(Locale.FRANCE) : NumberAxis.createStandardTickUnits(Locale.FRANCE));
        CategoryItemRenderer renderer = plot.getRenderer();
        for (int i = 0; i < seriesCount; i++) {
            renderer.setSeriesPaint(i, colours.get(i % colours.size()));
        }
        if (renderer instanceof BarRenderer bars) {
            bars.setDrawBarOutline(true);
            bars.setDefaultOutlinePaint(new Color(0x333333));
            bars.setDefaultOutlineStroke(new BasicStroke(0.6f));
            bars.setItemMargin(0.05);
            bars.setMaximumBarWidth(0.12);
        }
        if (renderer instanceof LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(true);
            for (int i = 0; i < seriesCount; i++) {
                lines.setSeriesStroke(i, new BasicStroke(3f));
            }
        }
    }
}
