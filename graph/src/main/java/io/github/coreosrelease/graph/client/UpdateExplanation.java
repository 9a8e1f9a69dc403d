/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.graph.Scope;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a node does or does not update at one instant, and when it will: the answer of {@link
 * UpdateExplainer#explain}.
 */
@Value.Immutable
@ModelStyle
public interface UpdateExplanation {
    /**
     * The graph the node asks for.
     *
     * @return stream, basearch and oci of the request
     */
    Scope scope();

    /**
     * The booted payload.
     *
     * @return the payload as the node reports it
     */
    String bootedPayload();

    /**
     * The booted node, when the payload is in the graph (the first node of its kind with it).
     *
     * @return the release, or empty
     */
    Optional<NodeRelease> bootedNode();

    /**
     * When the booted node is a payload alias node (SPEC §2.5): the release payload it stands for.
     *
     * @return {@code repository@good}, or empty
     */
    Optional<String> aliasOf();

    /**
     * When the payload is not in the graph: nodes of the same version with another payload, and
     * nodes of the same OCI digest in another repository, in graph order.
     *
     * @return the near matches; empty when the booted node was found
     */
    List<NearMatch> nearMatches();

    /**
     * The dead-end reason of the booted node ({@code (unknown reason)} when it has none).
     *
     * @return the reason, or empty when the node is not a dead-end
     */
    Optional<String> deadEndReason();

    /**
     * The newest release of the graph (its last node that is not an alias).
     *
     * @return the version, or empty for a graph without nodes
     */
    Optional<String> newest();

    /**
     * The first barrier after the booted release, before the newest release: the node passes
     * through it on its way.
     *
     * @return the barrier, or empty
     */
    Optional<BarrierAhead> barrierAhead();

    /**
     * The client's wariness used.
     *
     * @return a number in [0, 1]
     */
    double wariness();

    /**
     * The instant explained.
     *
     * @return seconds since the epoch
     */
    long nowEpochSeconds();

    /**
     * The targets of the booted node's edges in the graph as built, ordered as releases (greatest
     * last), each with its state now.
     *
     * @return the candidates
     */
    List<ExplainedCandidate> candidates();

    /**
     * What the node would apply now, as {@link UpdateChooser} picks it from the served graph.
     *
     * @return the outcome and its reason
     */
    UpdateChoice choice();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link UpdateExplanation} values. */
    final class Builder extends ImmutableUpdateExplanation.Builder {
        /** Creates an empty builder, as {@link UpdateExplanation#builder()} does. */
        public Builder() {}
    }
}
