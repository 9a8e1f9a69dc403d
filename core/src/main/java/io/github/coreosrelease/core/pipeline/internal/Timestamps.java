/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The {@code last-modified} timestamps of pipeline documents. */
public final class Timestamps {
    private static final DateTimeFormatter LAST_MODIFIED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    /**
     * The current time of a clock as a {@code last-modified} value.
     *
     * @param clock the clock
     * @return UTC time to the second, e.g. {@code 2025-01-01T00:00:00Z}
     */
    public static String lastModified(Clock clock) {
        return LAST_MODIFIED.format(clock.instant());
    }
}
