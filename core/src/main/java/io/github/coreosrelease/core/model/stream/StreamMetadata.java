/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.stream;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.DocumentMetadata;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The stream metadata {@code streams/<stream>.json} (SPEC §1.8): the newest artifacts and cloud
 * images of a stream per architecture, derived from the newest release.
 *
 * <pre>{@code
 * StreamMetadata stream = DocumentReader.standard().read(DocumentType.STREAM, Path.of("stable.json"));
 * StreamArch x86 = stream.architectures().get("x86_64");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface StreamMetadata {
    /**
     * JSON key {@code stream}: the stream name, e.g. {@code stable}.
     *
     * @return the value
     */
    String stream();

    /**
     * JSON key {@code metadata}: the document metadata: {@code last-modified} and {@code
     * generator}.
     *
     * @return the value
     */
    DocumentMetadata metadata();

    /**
     * JSON key {@code architectures}: the artifacts and images per architecture, in document order.
     *
     * @return the architectures by name
     */
    Map<String, StreamArch> architectures();

    /**
     * Fields of this object that the model does not interpret, kept so that writing loses nothing.
     *
     * @return unknown fields, and explicit nulls of known ones (see {@link RawJson}), in document order
     */
    Map<String, RawJson> extraFields();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link StreamMetadata} values. */
    final class Builder extends ImmutableStreamMetadata.Builder {
        /** Creates an empty builder, as {@link StreamMetadata#builder()} does. */
        public Builder() {}
    }
}
