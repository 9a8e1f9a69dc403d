/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parameters of one {@code /v1/explain} request, as raw texts: those of the graph the node asks
 * for ({@link GraphQuery}) and what it runs. The service validates them and answers bad ones with
 * an error response, as for {@code /v1/graph}.
 *
 * <pre>{@code
 * ExplainQuery query = ExplainQuery.builder()
 *         .graph(GraphQuery.builder().basearch("x86_64").stream("stable").nodeUuid(uuid).build())
 *         .booted("quay.io/fedora/fedora-coreos@sha256:...")
 *         .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface ExplainQuery {
    /** Name of the booted payload parameter: an OSTree checksum or an OCI digest pullspec. */
    String BOOTED = "booted";

    /**
     * Name of the booted version parameter, the one a Cincinnati client sends as its OS version;
     * it finds near matches when the booted payload is not in the graph.
     */
    String OS_VERSION = "os_version";

    /**
     * The graph parameters: {@code basearch}, {@code stream}, {@code oci}, {@code
     * rollout_wariness}, {@code node_uuid}. When {@code oci} is absent, the booted payload's kind
     * picks the graph (SPEC §3); when present, it must be that kind.
     *
     * @return the graph query
     */
    GraphQuery graph();

    /**
     * The {@code booted} parameter; required and non-empty.
     *
     * @return the payload text, if given
     */
    Optional<String> booted();

    /**
     * The {@code os_version} parameter.
     *
     * @return the booted version, if given
     */
    Optional<String> osVersion();

    /**
     * Reads a query from decoded request parameters. Unknown parameters are ignored.
     *
     * @param parameters every parameter name with its values in request order
     * @return the query
     * @throws InvalidValueException if one of the graph parameters, {@code booted} or {@code
     *     os_version} is given more than once
     */
    static ExplainQuery fromParameters(Map<String, ? extends Collection<String>> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        return builder()
                .graph(GraphQuery.fromParameters(parameters))
                .booted(QueryParameters.single(parameters, BOOTED))
                .osVersion(QueryParameters.single(parameters, OS_VERSION))
                .build();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ExplainQuery} values. */
    final class Builder extends ImmutableExplainQuery.Builder {
        /** Creates an empty builder, as {@link ExplainQuery#builder()} does. */
        public Builder() {}
    }
}
