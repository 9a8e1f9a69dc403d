package io.github.coreosrelease.graph.service;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stream served by the graph service, and where its two documents come from (SPEC §2.4): the
 * release index and the updates metadata, fetched together on every refresh.
 *
 * <pre>{@code
 * StreamSources stable = StreamSources.of("stable",
 *     DocumentSource.parse("https://builds.coreos.fedoraproject.org/prod/streams/stable/releases.json"),
 *     DocumentSource.parse("https://builds.coreos.fedoraproject.org/updates/stable.json"));
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
     * Where the payload aliases document (SPEC §2.5) comes from, if the stream's OCI graphs get
     * alias nodes; fetched with the other two on every refresh.
     *
     * @return the source, empty for no aliases
     */
    Optional<DocumentSource> payloadAliases();

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

    /** Rejects an empty stream name: no request could name it. */
    @Value.Check
    default void check() {
        if (stream().isEmpty()) {
            throw new InvalidValueException("stream", stream(), "a non-empty stream name, e.g. stable");
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
