/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a positive duration: a whole number with a unit ({@code 500ms}, {@code 30s}, {@code 5m},
 * {@code 1h}), or ISO-8601 ({@code PT30S}).
 */
final class DurationOption implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("([0-9]{1,9})(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
        Duration duration;
        Matcher matcher = SHORT.matcher(value);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            duration = switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        } else {
            try {
                duration = Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(
                        "expected a duration such as 30s, 500ms, 5m, 1h or PT30S, got \"" + value + "\"");
            }
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new TypeConversionException("expected a positive duration, got \"" + value + "\"");
        }
        return duration;
    }
}
