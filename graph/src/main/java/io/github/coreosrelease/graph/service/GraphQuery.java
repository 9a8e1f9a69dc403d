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
 * The parameters of one {@code /v1/graph} request (SPEC §2.4), as raw texts: the service validates
 * them and answers bad ones with an error response. Other parameters of the protocol ({@code
 * os_version}, {@code os_checksum}, {@code group}, {@code platform}) and unknown ones are ignored.
 *
 * <pre>{@code
 * GraphQuery query = GraphQuery.builder().basearch("x86_64").stream("stable").nodeUuid(uuid).build();
 * GraphQuery fromHttp = GraphQuery.fromParameters(Map.of("basearch", List.of("x86_64"), "stream", List.of("stable")));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface GraphQuery {
    /** Name of the architecture parameter. */
    String BASEARCH = "basearch";

    /** Name of the stream parameter. */
    String STREAM = "stream";

    /** Name of the payload scheme parameter ({@code true} for OCI graphs). */
    String OCI = "oci";

    /** Name of the stated wariness parameter. */
    String ROLLOUT_WARINESS = "rollout_wariness";

    /** Name of the node UUID parameter, from which the wariness is derived when none is stated. */
    String NODE_UUID = "node_uuid";

    /**
     * The {@code basearch} parameter; required and non-empty.
     *
     * @return the architecture text, if given
     */
    Optional<String> basearch();

    /**
     * The {@code stream} parameter; required and non-empty.
     *
     * @return the stream text, if given
     */
    Optional<String> stream();

    /**
     * The {@code oci} parameter: {@code true} or {@code false}, {@code false} when absent.
     *
     * @return the text, if given
     */
    Optional<String> oci();

    /**
     * The {@code rollout_wariness} parameter (SPEC §2.3 step 1).
     *
     * @return the text, if given
     */
    Optional<String> rolloutWariness();

    /**
     * The {@code node_uuid} parameter (SPEC §2.3 step 1).
     *
     * @return the text, if given
     */
    Optional<String> nodeUuid();

    /**
     * Reads a query from decoded request parameters, e.g. an HTTP server's query map. Unknown
     * parameters are ignored.
     *
     * @param parameters every parameter name with its values in request order
     * @return the query
     * @throws InvalidValueException if one of the five parameters above is given more than once:
     *     the request is ambiguous (the reference service refuses it too)
     */
    static GraphQuery fromParameters(Map<String, ? extends Collection<String>> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        return builder().basearch(QueryParameters.single(parameters, BASEARCH)).stream(
                        QueryParameters.single(parameters, STREAM))
                .oci(QueryParameters.single(parameters, OCI))
                .rolloutWariness(QueryParameters.single(parameters, ROLLOUT_WARINESS))
                .nodeUuid(QueryParameters.single(parameters, NODE_UUID))
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

    /** Builds {@link GraphQuery} values. */
    final class Builder extends ImmutableGraphQuery.Builder {
        /** Creates an empty builder, as {@link GraphQuery#builder()} does. */
        public Builder() {}
    }
}
