/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.graph.policy.Wariness;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** What {@link UpdateExplainer} needs to know about a node, its graph and the instant. */
@Value.Immutable
@ModelStyle
public interface ExplainRequest {
    /**
     * The scope the node asks for; its {@code oci} must be the booted kind's (SPEC §3).
     *
     * @return the scope
     */
    Scope scope();

    /**
     * The scope's graph as built, before the serving policy (payload alias nodes included if the
     * server adds them).
     *
     * @return the graph
     */
    CincinnatiGraph graph();

    /**
     * What the node runs.
     *
     * @return the booted payload
     */
    Booted booted();

    /**
     * The booted version, when known (from {@code rpm-ostree status}): it finds near matches when
     * the payload is not in the graph.
     *
     * @return the version, or empty
     */
    Optional<String> bootedVersion();

    /**
     * Payloads the node never updates to (its other deployments, see {@link
     * BootedDeployment#denylistPayloads()}).
     *
     * @return the payloads
     */
    Set<String> denylist();

    /**
     * The node's wariness, as the server resolves it ({@link io.github.coreosrelease.graph.policy.Wariness#resolve}).
     *
     * @return a number in [0, 1]
     */
    double wariness();

    /**
     * The instant of the request.
     *
     * @return seconds since the epoch
     */
    long nowEpochSeconds();

    /**
     * Rejects a wariness outside [0, 1] and a scope of the other kind than the booted payload.
     *
     * @throws IllegalArgumentException if the values do not fit together
     */
    @Value.Check
    default void check() {
        if (!(wariness() >= 0.0 && wariness() <= Wariness.MAX)) {
            throw new IllegalArgumentException("wariness must be a number in [0, 1], got " + wariness());
        }
        if (scope().oci() != booted().oci()) {
            throw new IllegalArgumentException("a node booted from " + booted().payload() + " asks for the "
                    + (booted().oci() ? "OCI" : "checksum") + " graph, not the "
                    + (scope().oci() ? "OCI" : "checksum") + " one");
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

    /** Builds {@link ExplainRequest} values. */
    final class Builder extends ImmutableExplainRequest.Builder {
        /** Creates an empty builder, as {@link ExplainRequest#builder()} does. */
        public Builder() {}
    }
}
