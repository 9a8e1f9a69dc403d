/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.render;

import java.util.Locale;

/** The picture formats that {@link Graphviz} can produce. */
public enum ImageFormat {
    /** Scalable vector graphics; node tooltips survive. */
    SVG,
    /** A bitmap. */
    PNG;

    /**
     * The name Graphviz uses for the format ({@code -T<name>}).
     *
     * @return {@code svg} or {@code png}
     */
    public String graphvizName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
