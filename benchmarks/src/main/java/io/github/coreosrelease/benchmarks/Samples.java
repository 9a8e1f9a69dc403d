/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings of one side of a comparison, in milliseconds, summarized by their median. */
final class Samples {
    private final List<Double> millis = new ArrayList<>();

    void add(double ms) {
        millis.add(ms);
    }

    void addAll(List<Double> ms) {
        millis.addAll(ms);
    }

    int count() {
        return millis.size();
    }

    double median() {
        return quantile(0.5);
    }

    double min() {
        return quantile(0);
    }

    double max() {
        return quantile(1);
    }

    /** The sample at this quantile (nearest rank, no interpolation); NaN when there are none. */
    double quantile(double q) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int size = sorted.size();
        if (q == 0.5 && size % 2 == 0) {
            return (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
        }
        return sorted.get((int) Math.round(q * (size - 1)));
    }
}
