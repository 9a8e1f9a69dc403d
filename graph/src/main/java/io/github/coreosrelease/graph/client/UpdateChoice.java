/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@link UpdateChooser#findUpdate}: the update to apply, if any, why, and whether the
 * booted release is a dead-end.
 *
 * <p>The reasons, exactly:
 *
 * <ul>
 *   <li>{@code update found};
 *   <li>{@code update found (downgrade from <booted version> to <update version>, allowed)};
 *   <li>{@code update is a downgrade from <booted version> to <update version>, refused};
 *   <li>{@code booted deployment not in graph};
 *   <li>{@code no update available};
 *   <li>{@code all candidate updates are deny-listed}.
 * </ul>
 */
@Value.Immutable
@ModelStyle
public interface UpdateChoice {
    /** The reason of {@link UpdateOutcome#UPDATE_FOUND}. */
    String UPDATE_FOUND = "update found";

    /** The reason of {@link UpdateOutcome#NOT_IN_GRAPH}. */
    String NOT_IN_GRAPH = "booted deployment not in graph";

    /** The reason of {@link UpdateOutcome#NO_UPDATE}. */
    String NO_UPDATE = "no update available";

    /** The reason of {@link UpdateOutcome#ALL_DENY_LISTED}. */
    String ALL_DENY_LISTED = "all candidate updates are deny-listed";

    /** The dead-end reason reported when the graph gives none or an empty one. */
    String UNKNOWN_DEADEND_REASON = "(unknown reason)";

    /**
     * How the search ended.
     *
     * @return the outcome
     */
    UpdateOutcome outcome();

    /**
     * The release to update to.
     *
     * @return present exactly when {@link UpdateOutcome#hasUpdate()}
     */
    Optional<NodeRelease> update();

    /**
     * The booted release as the graph describes it.
     *
     * @return present unless the outcome is {@link UpdateOutcome#NOT_IN_GRAPH}
     */
    Optional<NodeRelease> booted();

    /**
     * Why this is the result, in words (see the class comment for the exact texts).
     *
     * @return a one-line reason
     */
    String reason();

    /**
     * Why the booted release is a dead-end, when it is one (SPEC §3 step 3).
     *
     * @return the node's dead-end reason, {@value #UNKNOWN_DEADEND_REASON} when it is missing or
     *     empty; empty when the booted release is not a dead-end or not in the graph
     */
    Optional<String> deadEndReason();

    /** Rejects an update that does not match the outcome. */
    @Value.Check
    default void check() {
        if (outcome().hasUpdate() != update().isPresent()) {
            throw new IllegalArgumentException("outcome " + outcome() + " and update " + update() + " disagree");
        }
        if ((outcome() == UpdateOutcome.NOT_IN_GRAPH) == booted().isPresent()) {
            throw new IllegalArgumentException("outcome " + outcome() + " and booted " + booted() + " disagree");
        }
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link UpdateChoice} values. */
    final class Builder extends ImmutableUpdateChoice.Builder {
        /** Creates an empty builder, as {@link UpdateChoice#builder()} does. */
        public Builder() {}
    }
}
