/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.json.JsonLimits;
import io.github.coreosrelease.graph.GraphLimits;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a {@link GraphService} serves and how it refreshes: the streams with their document
 * sources, the refresh period, the retry backoff after a failed refresh, the limits on fetching
 * and on built graphs, and whether the serving policy (SPEC §2.3) applies.
 *
 * <pre>{@code
 * GraphServiceConfig config = GraphServiceConfig.builder()
 *     .addStream(StreamSources.of("stable", indexSource, updatesSource))
 *     .refreshInterval(Duration.ofSeconds(30))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface GraphServiceConfig {
    /**
     * The served streams, each with its own refresh.
     *
     * @return at least one stream, names unique
     */
    List<StreamSources> streams();

    /**
     * How long after a successful refresh a stream is refreshed again.
     *
     * @return a positive duration, 30 seconds by default (as the reference graph builder)
     */
    @Value.Default
    default Duration refreshInterval() {
        return Duration.ofSeconds(30);
    }

    /**
     * The delay before the first retry after a failed refresh; it doubles after every further
     * consecutive failure, up to {@link #retryMaxDelay()}.
     *
     * @return a positive duration, 1 second by default
     */
    @Value.Default
    default Duration retryInitialDelay() {
        return Duration.ofSeconds(1);
    }

    /**
     * The longest delay between retries while a stream keeps failing.
     *
     * @return a duration at least {@link #retryInitialDelay()}, 5 minutes by default
     */
    @Value.Default
    default Duration retryMaxDelay() {
        return Duration.ofMinutes(5);
    }

    /**
     * How long to wait for a connection to an http(s) source.
     *
     * @return a positive duration, 10 seconds by default
     */
    @Value.Default
    default Duration connectTimeout() {
        return Duration.ofSeconds(10);
    }

    /**
     * How long one http(s) request may take, from sending to the end of the response headers.
     * Reading the body is bounded by {@link #maxDocumentBytes()}.
     *
     * @return a positive duration, 60 seconds by default
     */
    @Value.Default
    default Duration requestTimeout() {
        return Duration.ofSeconds(60);
    }

    /**
     * The largest document accepted from a source; a larger one fails the refresh.
     *
     * @return bytes, {@link io.github.coreosrelease.core.json.JsonLimits#DEFAULT_MAX_DOCUMENT_BYTES} by default
     */
    @Value.Default
    default long maxDocumentBytes() {
        return JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES;
    }

    /**
     * The bounds on each graph a refresh builds, such as the most edges one graph may have (alias
     * nodes' edges included). A refresh whose documents ask for more fails (reason {@code build})
     * and the stream keeps serving what it served. Raise them for streams larger than real ones,
     * e.g. generated load tests.
     *
     * @return the limits, {@link GraphLimits#defaults()} by default ({@link
     *     io.github.coreosrelease.graph.GraphBuilder#MAX_EDGES} edges)
     */
    @Value.Default
    default GraphLimits graphLimits() {
        return GraphLimits.defaults();
    }

    /**
     * Whether requests get the serving policy of the reference policy engine (SPEC §2.3:
     * throttled rollouts per client wariness), or the graph as built, like the reference graph
     * builder serves it.
     *
     * @return {@code true} (the default) to apply the policy
     */
    @Value.Default
    default boolean applyPolicy() {
        return true;
    }

    /**
     * Rejects configurations that cannot work.
     *
     * @throws InvalidValueException for no streams, a stream named twice, or a non-positive
     *     duration or size
     */
    @Value.Check
    default void check() {
        if (streams().isEmpty()) {
            throw new InvalidValueException("streams", "[]", "at least one stream to serve");
        }
        Set<String> names = new HashSet<>();
        for (StreamSources stream : streams()) {
            if (!names.add(stream.stream())) {
                throw new InvalidValueException("stream", stream.stream(), "each stream configured once");
            }
        }
        positive("refresh interval", refreshInterval());
        positive("retry initial delay", retryInitialDelay());
        positive("retry max delay", retryMaxDelay());
        positive("connect timeout", connectTimeout());
        positive("request timeout", requestTimeout());
        if (retryMaxDelay().compareTo(retryInitialDelay()) < 0) {
            throw new InvalidValueException(
                    "retry max delay",
                    retryMaxDelay().toString(),
                    "at least the retry initial delay " + retryInitialDelay());
        }
        if (maxDocumentBytes() < 2) {
            throw new InvalidValueException(
                    "max document bytes",
                    Long.toString(maxDocumentBytes()),
                    "at least 2 bytes (the smallest JSON object)");
        }
    }

    private static void positive(String what, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new InvalidValueException(what, duration.toString(), "a positive duration");
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

    /** Builds {@link GraphServiceConfig} values. */
    final class Builder extends ImmutableGraphServiceConfig.Builder {
        /** Creates an empty builder, as {@link GraphServiceConfig#builder()} does. */
        public Builder() {}
    }
}
