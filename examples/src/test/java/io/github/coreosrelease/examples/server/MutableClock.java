/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.server;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Test clock whose time the test sets. */
final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(long epochSeconds) {
        this.now = Instant.ofEpochSecond(epochSeconds);
    }

    void set(long epochSeconds) {
        now = Instant.ofEpochSecond(epochSeconds);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock has no zones");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
