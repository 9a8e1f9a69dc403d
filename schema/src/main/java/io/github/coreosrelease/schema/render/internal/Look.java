/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.render.internal;

import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;

/**
 * How a release looks in a rendered graph. Three independent cues keep every combination visible:
 * the shape says barrier (octagon, hexagon in Mermaid), the border says rollout (blue, double or
 * thick) and dead-end (red, dashed), the fill gives the most important state a colour (dead-end
 * red, else rollout blue, else barrier amber, else white). Edges to a rollout are dashed and blue:
 * they are offered gradually.
 *
 * @param barrier whether the release is a barrier
 * @param deadEnd whether the release is a dead-end
 * @param rollout whether the release is being rolled out
 */
public record Look(boolean barrier, boolean deadEnd, boolean rollout) {
    /** Fill of an ordinary release. */
    public static final String PLAIN_FILL = "#ffffff";
    /** Fill of a barrier. */
    public static final String BARRIER_FILL = "#fde68a";
    /** Fill of a rollout. */
    public static final String ROLLOUT_FILL = "#bfdbfe";
    /** Fill of a dead-end. */
    public static final String DEADEND_FILL = "#fecaca";
    /** Border of an ordinary release and colour of ordinary edges. */
    public static final String PLAIN_LINE = "#4b5563";
    /** Border of a rollout and colour of edges to it. */
    public static final String ROLLOUT_LINE = "#1d4ed8";
    /** Border of a dead-end. */
    public static final String DEADEND_LINE = "#b91c1c";

    /**
     * The look of a node.
     *
     * @param node a graph node
     * @return its look
     */
    public static Look of(GraphNode node) {
        return new Look(NodeMetadata.isBarrier(node), NodeMetadata.isDeadEnd(node), NodeMetadata.isRollout(node));
    }

    /**
     * The fill colour.
     *
     * @return a {@code #rrggbb} colour
     */
    public String fill() {
        if (deadEnd) {
            return DEADEND_FILL;
        }
        if (rollout) {
            return ROLLOUT_FILL;
        }
        return barrier ? BARRIER_FILL : PLAIN_FILL;
    }

    /**
     * The border colour.
     *
     * @return a {@code #rrggbb} colour
     */
    public String line() {
        if (deadEnd) {
            return DEADEND_LINE;
        }
        return rollout ? ROLLOUT_LINE : PLAIN_LINE;
    }
}
