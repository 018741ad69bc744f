package org.climatecity.examples.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.climatecity.core.internal.FileNames;
import org.climatecity.core.internal.Texts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws the report's charts with JFreeChart and renders them as SVG with JFreeSVG: per city the emissions history
 * with its trend, target path and carbon-law path, and the gap with and without the action plan; for the scaling
 * plan the reductions per stage over time with their low-to-high band.
 *
 * <p>Each chart is a standalone {@code <svg>} element whose internal ids carry a prefix of its own, so that several
 * charts can be inlined in one HTML page. Needs no display: run with {@code java.awt.headless=true}. Thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportCharts {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 380;
    /** The most characters of a name in a chart's title, legend or axis label. */
    static final int MAX_LABEL = 100;
    private static final Color[] STAGE_COLOURS = {
        new Color(0x1b9e77), new Color(0xd95f02), new Color(0x7570b3), new Color(0xe7298a), new Color(0x66a61e)};
    private static final Color OBSERVED = new Color(0x222222);
    private static final Color TREND = new Color(0xd62728);
    private static final Color TARGET = new Color(0x1f77b4);
    private static final Color CARBON_LAW = new Color(0x2ca02c);
    private static final Color WITH_ACTIONS = new Color(0x9467bd);

    private ReportCharts() {
    }

    /**
     * Draws all charts of a report.
     *
     * @param model the report, not null
     * @return the charts by file name (such as {@code emissions-2081.svg}), in report order; each value an
     *     {@code <svg>} element
     */
    public static Map<String, String> render(ReportModel model) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (ReportModel.CityFacts city : model.cities()) {
            charts.put(emissionsFileName(city), emissions(city));
            charts.put(gapFileName(city), gap(city));
        }
        model.scalingFacts().ifPresent(scaling -> charts.put(SCALING_FILE_NAME, scaling(scaling)));
        return charts;
    }

    /** The file name of the scaling chart. */
    public static final String SCALING_FILE_NAME = "scaling.svg";

    /**
     * Returns the file name of a city's emissions chart.
     *
     * @param city the city, not null
     * @return the file name, such as {@code emissions-2081.svg}
     */
    public static String emissionsFileName(ReportModel.CityFacts city) {
        return FileNames.of("emissions", city.code(), "svg");
    }

    /**
     * Returns the file name of a city's gap chart.
     *
     * @param city the city, not null
     * @return the file name, such as {@code gap-2081.svg}, or {@code gap-2081-2084.svg} for two cities together
     */
    public static String gapFileName(ReportModel.CityFacts city) {
        return FileNames.of("gap", city.code(), "svg");
    }

    /**
     * Draws a city's emissions history with its anchored trend, target path and carbon-law path.
     *
     * @param city the city, not null
     * @return the chart as an {@code <svg>} element
     */
    public static String emissions(ReportModel.CityFacts city) {
        return svg(emissionsChart(city), "emissions-" + slug(city.code()));
    }

    static JFreeChart emissionsChart(ReportModel.CityFacts city) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series(label(city.historyLabel()), city.history()));
        data.addSeries(series("Trend (LAD, anchored)", city.trend()));
        data.addSeries(series("Target path: " + label(city.targetName()), city.targetPath()));
        data.addSeries(series("Carbon law (-11.72 %/year)", city.carbonLawPath()));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        style(renderer, 0, OBSERVED, false);
        renderer.setSeriesShapesVisible(0, true);
        style(renderer, 1, TREND, true);
        style(renderer, 2, TARGET, false);
        style(renderer, 3, CARBON_LAW, true);
        return chart(label(city.name()) + ": emissions, trend and target paths", data, renderer);
    }

    /**
     * Draws a city's gap: the trend with and without the action plan against the target path.
     *
     * @param city the city, not null
     * @return the chart as an {@code <svg>} element
     */
    public static String gap(ReportModel.CityFacts city) {
        return svg(gapChart(city), "gap-" + slug(city.code()));
    }

    static JFreeChart gapChart(ReportModel.CityFacts city) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("Trend without the action plan", city.trend()));
        data.addSeries(series("Trend with the action plan", city.trendWithActions()));
        // the gap opens from the last observed year on
        data.addSeries(series("Target path", city.targetPath().tailMap(city.lastObservedYear())));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        style(renderer, 0, TREND, true);
        style(renderer, 1, WITH_ACTIONS, false);
        style(renderer, 2, TARGET, false);
        return chart(label(city.name()) + ": gap to the target with and without the action plan", data, renderer);
    }

    /**
     * Draws the scaled reductions per stage over time, each stage's central line with its low-to-high band.
     *
     * @param scaling the scaling, not null
     * @return the chart as an {@code <svg>} element
     */
    public static String scaling(ReportModel.ScalingFacts scaling) {
        return svg(scalingChart(scaling), "scaling", scalingHeight(scaling));
    }

    static JFreeChart scalingChart(ReportModel.ScalingFacts scaling) {
        // one panel per stage with its own scale: Europe's reductions would flatten the pilot cities' to nothing
        NumberAxis years = yearAxis();
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(years);
        plot.setGap(12);
        List<ReportModel.StageFacts> stages = scaling.stages();
        for (int i = 0; i < stages.size(); i++) {
            ReportModel.StageFacts stage = stages.get(i);
            YIntervalSeries series = new YIntervalSeries(label(stage.name()) + " (central, low-high band)");
            for (Map.Entry<Integer, Double> point : stage.central().entrySet()) {
                int year = point.getKey();
                series.add(year, point.getValue(), stage.low().getOrDefault(year, point.getValue()),
                        stage.high().getOrDefault(year, point.getValue()));
            }
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(series);
            DeviationRenderer renderer = new DeviationRenderer(true, false);
            renderer.setAlpha(0.25f);
            Color colour = STAGE_COLOURS[i % STAGE_COLOURS.length];
            style(renderer, 0, colour, false);
            renderer.setSeriesFillPaint(0, colour);
            NumberAxis tonnes = tonnesAxis(stage.name());
            tonnes.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            XYPlot panel = new XYPlot(data, null, tonnes, renderer);
            panel.setBackgroundPaint(Color.WHITE);
            panel.setDomainGridlinePaint(new Color(0xdddddd));
            panel.setRangeGridlinePaint(new Color(0xdddddd));
            plot.add(panel, 1);
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle(new TextTitle(label(scaling.pilotName()) + ": scaled reduction per stage, t CO2e per year",
                new Font(Font.SANS_SERIF, Font.BOLD, 14)));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * Draws a fan chart: each band as its central line with its low-to-high band shaded, and each line (such as a
     * target path) dashed over them.
     *
     * @param title the chart's title, not null
     * @param bands the bands by name, each year's low, central and high value in that order, not null
     * @param lines the lines by name, not null
     * @param idPrefix the prefix of the chart's internal ids, unique within a page, not null
     * @return the chart as an {@code <svg>} element
     */
    public static String fan(String title, Map<String, SortedMap<Integer, double[]>> bands,
            Map<String, SortedMap<Integer, Double>> lines, String idPrefix) {
        YIntervalSeriesCollection banded = new YIntervalSeriesCollection();
        bands.forEach((name, values) -> {
            YIntervalSeries series = new YIntervalSeries(label(name) + " (central, low-high band)");
            values.forEach((year, v) -> series.add(year, v[1], v[0], v[2]));
            banded.addSeries(series);
        });
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        bandRenderer.setAlpha(0.25f);
        Color[] colours = {TREND, WITH_ACTIONS, OBSERVED, CARBON_LAW};
        for (int i = 0; i < bands.size(); i++) {
            style(bandRenderer, i, colours[i % colours.length], false);
            bandRenderer.setSeriesFillPaint(i, colours[i % colours.length]);
        }
        XYSeriesCollection dashed = new XYSeriesCollection();
        lines.forEach((name, values) -> dashed.addSeries(series(name, values)));
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.size(); i++) {
            style(lineRenderer, i, i == 0 ? TARGET : STAGE_COLOURS[i % STAGE_COLOURS.length], true);
        }
        XYPlot plot = plot(banded, bandRenderer);
        plot.setDataset(1, dashed);
        plot.setRenderer(1, lineRenderer);
        return svg(chart(title, plot), idPrefix);
    }

    /**
     * Draws series over the years as lines with a marker at each value, the first series in black, such as an
     * indicator's observations with its baseline and target.
     *
     * @param title the chart's title, not null
     * @param valueAxis the label of the value axis, not null
     * @param lines the series by name, in order, not null
     * @param idPrefix the prefix of the chart's internal ids, unique within a page, not null
     * @return the chart as an {@code <svg>} element
     */
    public static String lines(String title, String valueAxis, Map<String, SortedMap<Integer, Double>> lines,
            String idPrefix) {
        XYSeriesCollection data = new XYSeriesCollection();
        lines.forEach((name, values) -> data.addSeries(series(name, values)));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        Color[] colours = {OBSERVED, TARGET, TREND, CARBON_LAW, WITH_ACTIONS};
        for (int i = 0; i < lines.size(); i++) {
            style(renderer, i, colours[i % colours.length], i > 0);
        }
        JFreeChart chart = chart(title, data, renderer);
        ((XYPlot) chart.getPlot()).getRangeAxis().setLabel(label(valueAxis));
        return svg(chart, idPrefix);
    }

    /**
     * Draws stacked bars per category, such as an investment plan's funding by status and its gap per year.
     *
     * @param title the chart's title, not null
     * @param valueAxis the label of the value axis, not null
     * @param categories the categories along the axis, in order, not null
     * @param stacks the stacked series by name, bottom first, each with one value per category, not null
     * @param idPrefix the prefix of the chart's internal ids, unique within a page, not null
     * @return the chart as an {@code <svg>} element
     */
    public static String stackedBars(String title, String valueAxis, List<String> categories,
            Map<String, List<Double>> stacks, String idPrefix) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        stacks.forEach((name, values) -> {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(values.get(i), label(name), label(categories.get(i)));
            }
        });
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        Color[] colours = {CARBON_LAW, new Color(0xe0b000), TARGET, TREND};
        for (int i = 0; i < stacks.size(); i++) {
            renderer.setSeriesPaint(i, colours[i % colours.length]);
        }
        NumberAxis values = tonnesAxis(valueAxis);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle(new TextTitle(label(title), new Font(Font.SANS_SERIF, Font.BOLD, 14)));
        chart.setBackgroundPaint(Color.WHITE);
        return svg(chart, idPrefix);
    }

    static int scalingHeight(ReportModel.ScalingFacts scaling) {
        return 110 + 150 * Math.max(1, scaling.stages().size());
    }

    private static String twoDecimals(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
    }

    private static String slug(String code) {
        return FileNames.portable(code);
    }

    /**
     * Returns a text as a chart shows it: shortened, so that drawing time does not grow with a name's length (the
     * chart library breaks titles into lines in more than quadratic time), and printable, so that the SVG is
     * well-formed XML. The tables show the full text.
     */
    static String label(String text) {
        return Texts.label(text, MAX_LABEL);
    }

    private static XYSeries series(String name, SortedMap<Integer, Double> values) {
        XYSeries series = new XYSeries(label(name), true, false);
        values.forEach(series::add);
        return series;
    }

    private static void style(XYLineAndShapeRenderer renderer, int index, Paint paint, boolean dashed) {
        renderer.setSeriesPaint(index, paint);
        renderer.setSeriesStroke(index, dashed
                ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(2f));
    }

    private static NumberAxis yearAxis() {
        NumberAxis years = new NumberAxis("year");
        years.setAutoRangeIncludesZero(false);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        return years;
    }

    private static NumberAxis tonnesAxis(String label) {
        NumberAxis tonnes = new NumberAxis(label(label));
        tonnes.setAutoRangeIncludesZero(true);
        tonnes.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
        return tonnes;
    }

    private static JFreeChart chart(String title, org.jfree.data.xy.XYDataset data, XYLineAndShapeRenderer renderer) {
        return chart(title, plot(data, renderer));
    }

    /** A plot of tonnes per year on white with light grid lines. */
    private static XYPlot plot(org.jfree.data.xy.XYDataset data, org.jfree.chart.renderer.xy.XYItemRenderer renderer) {
        XYPlot plot = new XYPlot(data, yearAxis(), tonnesAxis("t CO2e per year"), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        return plot;
    }

    private static JFreeChart chart(String title, XYPlot plot) {
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle(new TextTitle(label(title), new Font(Font.SANS_SERIF, Font.BOLD, 14)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }

    private static String svg(JFreeChart chart, String idPrefix) {
        return svg(chart, idPrefix, HEIGHT);
    }

    private static String svg(JFreeChart chart, String idPrefix, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
        graphics.setDefsKeyPrefix(idPrefix + "-");
        // two decimals are finer than a pixel and keep the files small
        graphics.setGeomDoubleConverter(ReportCharts::twoDecimals);
        graphics.setTransformDoubleConverter(ReportCharts::twoDecimals);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, height));
        return graphics.getSVGElement(idPrefix, true, new ViewBox(0, 0, WIDTH, height), null, null);
    }
}
