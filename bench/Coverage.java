import fr.ush.vigie.reports.Palette;
import fr.ush.vigie.reports.SvgChart;
import fr.ush.vigie.study.CoverageStudy;
import fr.ush.vigie.study.CoverageSummary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The coverage study of the provider effects (see bench/coverage.sh) in one JVM: CoverageStudy runs the draws and
 * writes tirages.csv and synthese.csv; then couverture.svg (and the same as couverture.png) shows, per provider and programme size, the share of
 * draws whose 95 % interval holds the planted effect, with a 95 % Monte-Carlo error bar, against the nominal 0.95.
 * Arguments are CoverageStudy's.
 */
public class Coverage {
    public static void main(String[] args) throws Exception {
        CoverageStudy.Options options = CoverageStudy.Options.parse(args);
        List<CoverageSummary> summaries = CoverageStudy.run(CoverageStudy.session(), options, System.out);
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (CoverageSummary s : summaries) {
            String category = s.prestataireId() + " (" + (s.verite() == 0 ? "0" : String.format("%.0f", s.verite()))
                    + ")";
            add(data, s.contrat(), "intervalle du contrat, " + s.taille(), category);
            add(data, s.grappes(), "intervalle par grappes de sites, " + s.taille(), category);
        }
        NumberAxis range = new NumberAxis("part des tirages dont l'intervalle contient l'effet planté");
        double lowest = 0.8;
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int column = 0; column < data.getColumnCount(); column++) {
                Number mean = data.getMeanValue(row, column);
                Number bar = data.getStdDevValue(row, column);
                if (mean != null && bar != null) {
                    lowest = Math.min(lowest, mean.doubleValue() - bar.doubleValue());
                }
            }
        }
        range.setRange(Math.max(0, Math.floor(lowest * 20) / 20 - 0.05), 1.02);
        StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(false, true);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, Palette.SERIES.get(i % Palette.SERIES.size()));
        }
        renderer.setErrorIndicatorStroke(new BasicStroke(1.5f));
        renderer.setUseSeriesOffset(true);
        renderer.setItemMargin(0.3);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("prestataire (effet planté, points)"), range,
                renderer);
        ValueMarker nominal = new ValueMarker(0.95, Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
        nominal.setLabel("0,95 nominal");
        nominal.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        nominal.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(nominal);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Couverture des intervalles à 95 % de l'effet des prestataires",
                new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        String alt = "Part des tirages dont l'intervalle contient l'effet planté, par prestataire et taille de "
                + "programme, avec sa barre d'erreur de Monte-Carlo à 95 %";
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + SvgChart.render(chart, "couverture", alt, 820, 460).markup() + "\n";
        Path file = options.sortie().resolve("couverture.svg");
        Files.writeString(file, svg, StandardCharsets.UTF_8);
        Path png = options.sortie().resolve("couverture.png");
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 820, 460);
        System.out.println("écrit : " + options.sortie().resolve(CoverageStudy.SUMMARY_FILE) + ", " + file + ", " + png);
        System.exit(0);
    }

    /** The coverage of one interval with ±1.96 Monte-Carlo standard errors; nothing when it was never computed. */
    private static void add(DefaultStatisticalCategoryDataset data, CoverageSummary.IntervalQuality quality,
            String series, String category) {
        if (quality != null) {
            data.add(quality.couverture().value(), 1.96 * quality.couverture().se(), series, category);
        }
    }
}
