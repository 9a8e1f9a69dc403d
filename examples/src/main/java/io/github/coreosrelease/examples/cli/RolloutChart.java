/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.graph.policy.RolloutShare;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.Block;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The chart of a rollout plan, drawn with JFreeChart: one line per rollout, the share of the fleet
 * offered (0 to 100 %) over UTC time.
 *
 * <p>Only the text depends on the fonts of the machine that draws it. JFreeChart would size the
 * title, the legend and the axes from the measured text, and choose tick spacing from it, so that
 * every line of the plot moved by fractions of a pixel between machines (and JDKs) with other
 * fonts. Here the title, plot and legend get fixed strips, the axes fixed space and the ticks a
 * spacing chosen from the time span alone: the plot's geometry is the same on every machine, and
 * in SVG the three parts are groups with the ids {@link #TITLE}, {@link #PLOT} and {@link #LEGEND}.
 */
final class RolloutChart {
    static final int WIDTH = 800;
    static final int HEIGHT = 450;
    /** The SVG group id of the title. */
    static final String TITLE = "rollout-title";
    /** The SVG group id of the plot: axes, grid and one line per rollout. */
    static final String PLOT = "rollout-plot";
    /** The SVG group id of the legend. */
    static final String LEGEND = "rollout-legend";

    private static final double TITLE_HEIGHT = 32;
    private static final double LEGEND_HEIGHT = 28;
    private static final double RANGE_AXIS_SPACE = 48;
    private static final double DOMAIN_AXIS_SPACE = 44;
    /** Colours that people with colour-blindness tell apart (Okabe and Ito), one per rollout in turn. */
    private static final List<Color> PALETTE = List.of(
            new Color(0x0072B2),
            new Color(0xD55E00),
            new Color(0x009E73),
            new Color(0xCC79A7),
            new Color(0xE69F00),
            new Color(0x56B4E9),
            new Color(0xF0E442),
            Color.BLACK);
    /** Time labels on more ticks than this would crowd the axis. */
    private static final int MAX_TIME_TICKS = 6;

    static {
        // Charts are drawn off-screen, also on machines with a display: no window system needed.
        System.setProperty("java.awt.headless", "true");
    }

    private RolloutChart() {}

    /**
     * The chart as an SVG document (JFreeSVG), the same bytes for the same rows on every run.
     *
     * @param title the chart title
     * @param rows the plan
     * @return the SVG text
     */
    static byte[] svg(String title, List<RolloutShare> rows) {
        return svg(title, rows, Font.SANS_SERIF);
    }

    /**
     * The chart as an SVG document with the text in the given font family (tests draw it with
     * other fonts to show that only the text moves).
     */
    static byte[] svg(String title, List<RolloutShare> rows, String fontFamily) {
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        // The default prefix of generated ids is random; a fixed one keeps the output reproducible.
        svg.setDefsKeyPrefix("rollout");
        draw(svg, title, rows, fontFamily);
        return svg.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The chart as a PNG image.
     *
     * @param title the chart title
     * @param rows the plan
     * @return the PNG bytes
     */
    static byte[] png(String title, List<RolloutShare> rows) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            draw(graphics, title, rows, Font.SANS_SERIF);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Title, plot and legend, each in its fixed strip. */
    private static void draw(Graphics2D g2, String title, List<RolloutShare> rows, String fontFamily) {
        JFreeChart chart = chart(title, rows, fontFamily);
        TextTitle heading = chart.getTitle();
        LegendTitle legend = chart.getLegend();
        chart.setTitle((TextTitle) null);
        chart.removeLegend();
        Rectangle2D titleStrip = new Rectangle2D.Double(0, 0, WIDTH, TITLE_HEIGHT);
        Rectangle2D legendStrip = new Rectangle2D.Double(0, HEIGHT - LEGEND_HEIGHT, WIDTH, LEGEND_HEIGHT);
        Rectangle2D titleArea = arrange(g2, heading, titleStrip);
        Rectangle2D legendArea = arrange(g2, legend, legendStrip);
        g2.setPaint(Color.WHITE);
        g2.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        beginGroup(g2, TITLE);
        heading.draw(g2, titleArea);
        endGroup(g2);
        beginGroup(g2, PLOT);
        chart.draw(g2, new Rectangle2D.Double(0, TITLE_HEIGHT, WIDTH, HEIGHT - TITLE_HEIGHT - LEGEND_HEIGHT));
        endGroup(g2);
        beginGroup(g2, LEGEND);
        legend.draw(g2, legendArea);
        endGroup(g2);
    }

    /** Lays a title out within the strip: the area it takes, centred, from the strip's top. */
    private static Rectangle2D arrange(Graphics2D g2, Block block, Rectangle2D strip) {
        // As JFreeChart lays out a title: any width and height up to the strip's.
        Size2D size = block.arrange(
                g2, new RectangleConstraint(new Range(0, strip.getWidth()), new Range(0, strip.getHeight())));
        return new Rectangle2D.Double(
                strip.getCenterX() - size.getWidth() / 2, strip.getY(), size.getWidth(), size.getHeight());
    }

    private static void beginGroup(Graphics2D g2, String id) {
        if (g2 instanceof SVGGraphics2D) {
            g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, id);
        }
    }

    private static void endGroup(Graphics2D g2) {
        if (g2 instanceof SVGGraphics2D) {
            g2.setRenderingHint(SVGHints.KEY_END_GROUP, "");
        }
    }

    private static JFreeChart chart(String title, List<RolloutShare> rows, String fontFamily) {
        Map<String, XYSeries> byVersion = new LinkedHashMap<>();
        for (RolloutShare row : rows) {
            byVersion
                    .computeIfAbsent(row.version(), version -> new XYSeries(version, false, true))
                    .add(row.epochSeconds() * 1000.0, row.share());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byVersion.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "time (UTC)", null, data);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(fontFamily, Font.BOLD, 16));
        theme.setLargeFont(new Font(fontFamily, Font.BOLD, 12));
        theme.setRegularFont(new Font(fontFamily, Font.PLAIN, 12));
        theme.setSmallFont(new Font(fontFamily, Font.PLAIN, 10));
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        // Fixed space for the axes: measured text would move the plot area between machines.
        AxisSpace left = new AxisSpace();
        left.setLeft(RANGE_AXIS_SPACE);
        plot.setFixedRangeAxisSpace(left);
        AxisSpace bottom = new AxisSpace();
        bottom.setBottom(DOMAIN_AXIS_SPACE);
        plot.setFixedDomainAxisSpace(bottom);
        XYLineAndShapeRenderer lines = (XYLineAndShapeRenderer) plot.getRenderer();
        lines.setDrawSeriesLineAsPath(true);
        lines.setAutoPopulateSeriesStroke(false);
        lines.setDefaultStroke(new BasicStroke(2.0f));
        for (int series = 0; series < data.getSeriesCount(); series++) {
            lines.setSeriesPaint(series, PALETTE.get(series % PALETTE.size()));
        }
        // Axis labels in UTC and a fixed locale: the chart must not depend on the machine.
        DateAxis time = new DateAxis("time (UTC)", TimeZone.getTimeZone("UTC"), Locale.ROOT);
        time.setLabelFont(theme.getRegularFont());
        time.setTickLabelFont(theme.getSmallFont());
        // The axis spans the plan exactly, without JFreeChart's margins.
        time.setLowerMargin(0);
        time.setUpperMargin(0);
        plot.setDomainAxis(time);
        if (!rows.isEmpty()) {
            time.setTickUnit(TimeTicks.spacing(
                    rows.get(rows.size() - 1).epochSeconds() - rows.get(0).epochSeconds(), MAX_TIME_TICKS));
        }
        NumberAxis share = (NumberAxis) plot.getRangeAxis();
        // A little room beyond 0 % and 100 %, so that lines there are not hidden by the frame.
        share.setRange(-0.03, 1.03);
        share.setTickUnit(new NumberTickUnit(0.1, NumberFormat.getPercentInstance(Locale.ROOT)));
        return chart;
    }
}
