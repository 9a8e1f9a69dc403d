/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one refresh of a stream did (SPEC §2.4): loaded new graphs, found the documents unchanged,
 * or failed and kept the graphs it had.
 */
@Value.Immutable
@ModelStyle
public interface RefreshResult {
    /** The outcomes of a refresh. */
    enum Outcome {
        /** New documents were read and every graph of the stream was swapped in at once. */
        UPDATED,
        /**
         * The documents are those of the last success, byte for byte or by the server's {@code 304
         * Not Modified}: nothing was rebuilt.
         */
        UNCHANGED,
        /** Fetching, reading or building failed; the last good graphs (if any) stay served. */
        FAILED
    }

    /**
     * The stream refreshed.
     *
     * @return the stream name
     */
    String stream();

    /**
     * When the refresh started, by the service's clock.
     *
     * @return the instant
     */
    Instant startedAt();

    /**
     * What the refresh did.
     *
     * @return the outcome
     */
    Outcome outcome();

    /**
     * Why the refresh failed.
     *
     * @return the reason, naming the source; empty unless {@link Outcome#FAILED}
     */
    Optional<String> failure();

    /**
     * Whether the stream's graphs are now those of its current documents.
     *
     * @return {@code true} unless the refresh failed
     */
    default boolean succeeded() {
        return outcome() != Outcome.FAILED;
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RefreshResult} values. */
    final class Builder extends ImmutableRefreshResult.Builder {
        /** Creates an empty builder, as {@link RefreshResult#builder()} does. */
        public Builder() {}
    }
}
