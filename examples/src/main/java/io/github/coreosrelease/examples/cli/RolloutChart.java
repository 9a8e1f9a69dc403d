/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.graph.policy.RolloutShare;
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
import java.text.SimpleDateFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The chart of a rollout plan, drawn with JFreeChart: one line per rollout, the share of the fleet
 * offered (0 to 100 %) over UTC time.
 */
final class RolloutChart {
    static final int WIDTH = 800;
    static final int HEIGHT = 450;

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
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        // The default prefix of generated ids is random; a fixed one keeps the output reproducible.
        svg.setDefsKeyPrefix("rollout");
        chart(title, rows).draw(svg, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
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
            chart(title, rows).draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
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

    private static JFreeChart chart(String title, List<RolloutShare> rows) {
        Map<String, XYSeries> byVersion = new LinkedHashMap<>();
        for (RolloutShare row : rows) {
            byVersion
                    .computeIfAbsent(row.version(), version -> new XYSeries(version, false, true))
                    .add(row.epochSeconds() * 1000.0, row.share());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byVersion.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "time (UTC)", "share of the fleet", data);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        // Axis labels in UTC and a fixed locale: the chart must not depend on the machine.
        DateAxis time = new DateAxis("time (UTC)", TimeZone.getTimeZone("UTC"), Locale.ROOT);
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        time.setDateFormatOverride(format);
        plot.setDomainAxis(time);
        NumberAxis share = (NumberAxis) plot.getRangeAxis();
        share.setRange(0.0, 1.0);
        share.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        return chart;
    }
}
