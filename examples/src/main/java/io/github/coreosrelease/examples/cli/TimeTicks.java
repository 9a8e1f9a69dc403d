/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;

/**
 * The spacing of a chart's time ticks, chosen from the time span alone. JFreeChart's own choice
 * measures the labels with the machine's fonts, so that two machines could draw a chart with
 * different ticks; this one is the same everywhere.
 */
final class TimeTicks {
    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long YEAR = 365 * DAY;

    /** A candidate spacing and its approximate length (months and years vary). */
    private record Step(DateTickUnitType type, int count, long seconds) {}

    private static final List<Step> STEPS = List.of(
            new Step(DateTickUnitType.MINUTE, 1, MINUTE),
            new Step(DateTickUnitType.MINUTE, 5, 5 * MINUTE),
            new Step(DateTickUnitType.MINUTE, 15, 15 * MINUTE),
            new Step(DateTickUnitType.MINUTE, 30, 30 * MINUTE),
            new Step(DateTickUnitType.HOUR, 1, HOUR),
            new Step(DateTickUnitType.HOUR, 3, 3 * HOUR),
            new Step(DateTickUnitType.HOUR, 6, 6 * HOUR),
            new Step(DateTickUnitType.HOUR, 12, 12 * HOUR),
            new Step(DateTickUnitType.DAY, 1, DAY),
            new Step(DateTickUnitType.DAY, 2, 2 * DAY),
            new Step(DateTickUnitType.DAY, 7, 7 * DAY),
            new Step(DateTickUnitType.DAY, 14, 14 * DAY),
            new Step(DateTickUnitType.MONTH, 1, 30 * DAY),
            new Step(DateTickUnitType.MONTH, 3, 91 * DAY),
            new Step(DateTickUnitType.MONTH, 6, 182 * DAY),
            new Step(DateTickUnitType.YEAR, 1, YEAR));

    private TimeTicks() {}

    /**
     * The shortest spacing that puts at most {@code maxTicks} ticks on the span, labelled in UTC:
     * with the time of day below one day, the date alone from one day on.
     *
     * @param spanSeconds the time the axis covers
     * @param maxTicks the most ticks wanted, positive
     * @return the tick unit
     */
    static DateTickUnit spacing(long spanSeconds, int maxTicks) {
        for (Step step : STEPS) {
            if (spanSeconds / step.seconds() <= maxTicks) {
                return unit(step.type(), step.count(), step.seconds() < DAY);
            }
        }
        long years = spanSeconds / YEAR;
        int count = (int) Math.min(Integer.MAX_VALUE, (years + maxTicks - 1) / maxTicks);
        return unit(DateTickUnitType.YEAR, count, false);
    }

    private static DateTickUnit unit(DateTickUnitType type, int count, boolean timeOfDay) {
        SimpleDateFormat format = new SimpleDateFormat(timeOfDay ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return new DateTickUnit(type, count, format);
    }
}
