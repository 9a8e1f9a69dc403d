/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.graph.GraphBuilder;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One stream served by the graph service, and where its two documents come from (SPEC §2.4): the
 * release index and the updates metadata, fetched together on every refresh; and the architectures
 * it serves even without releases.
 *
 * <pre>{@code
 * StreamSources stable = StreamSources.of("stable",
 *     DocumentSource.parse("https://builds.coreos.fedoraproject.org/prod/streams/stable/releases.json"),
 *     DocumentSource.parse("https://builds.coreos.fedoraproject.org/updates/stable.json"));
 * StreamSources withRiscv = StreamSources.of("stable", indexSource, updatesSource, Set.of("x86_64", "riscv64"));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface StreamSources {
    /**
     * The stream name that clients send as {@code stream}.
     *
     * @return the name, non-empty
     */
    String stream();

    /**
     * Where the release index ({@code releases.json}, SPEC §1.5) comes from.
     *
     * @return the source
     */
    DocumentSource releaseIndex();

    /**
     * Where the updates metadata ({@code updates/<stream>.json}, SPEC §1.6) comes from.
     *
     * @return the source
     */
    DocumentSource updates();

    /**
     * The architectures the stream serves even without releases (SPEC §2.4): a request for one of
     * them gets an empty graph until the index has a release for it. Architectures the index names
     * are served as well; any other is answered with 404.
     *
     * @return non-empty names; {@link io.github.coreosrelease.graph.GraphBuilder#DEFAULT_ARCHITECTURES}
     *     by default, as the reference configures every stream
     */
    @Value.Default
    default Set<String> architectures() {
        return GraphBuilder.DEFAULT_ARCHITECTURES;
    }

    /**
     * A stream and its sources.
     *
     * @param stream the stream name, non-empty
     * @param releaseIndex the release index source
     * @param updates the updates source
     * @return the value
     * @throws InvalidValueException if the stream name is empty
     */
    static StreamSources of(String stream, DocumentSource releaseIndex, DocumentSource updates) {
        return builder().stream(stream)
                .releaseIndex(releaseIndex)
                .updates(updates)
                .build();
    }

    /**
     * A stream, its sources and the architectures it serves even without releases.
     *
     * @param stream the stream name, non-empty
     * @param releaseIndex the release index source
     * @param updates the updates source
     * @param architectures non-empty architecture names, replacing the default set
     * @return the value
     * @throws InvalidValueException if the stream name or an architecture is empty
     */
    static StreamSources of(
            String stream, DocumentSource releaseIndex, DocumentSource updates, Set<String> architectures) {
        return builder().stream(stream)
                .releaseIndex(releaseIndex)
                .updates(updates)
                .architectures(architectures)
                .build();
    }

    /** Rejects an empty stream or architecture name: no request could name it. */
    @Value.Check
    default void check() {
        if (stream().isEmpty()) {
            throw new InvalidValueException("stream", stream(), "a non-empty stream name, e.g. stable");
        }
        for (String architecture : architectures()) {
            if (architecture.isEmpty()) {
                throw new InvalidValueException(
                        "architecture", architecture, "a non-empty architecture name, e.g. x86_64");
            }
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

    /** Builds {@link StreamSources} values. */
    final class Builder extends ImmutableStreamSources.Builder {
        /** Creates an empty builder, as {@link StreamSources#builder()} does. */
        public Builder() {}
    }
}
