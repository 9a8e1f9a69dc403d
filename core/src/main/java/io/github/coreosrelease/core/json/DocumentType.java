/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.json.internal.Codec;
import io.github.coreosrelease.core.json.internal.GraphCodec;
import io.github.coreosrelease.core.json.internal.GraphErrorCodec;
import io.github.coreosrelease.core.json.internal.MetaCodec;
import io.github.coreosrelease.core.json.internal.ReleaseCodec;
import io.github.coreosrelease.core.json.internal.ReleaseIndexCodec;
import io.github.coreosrelease.core.json.internal.StreamCodec;
import io.github.coreosrelease.core.json.internal.UpdatesCodec;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphError;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.stream.StreamMetadata;

/**
 * A document type the library reads and writes, tied to its model class. Pass one to {@link
 * DocumentReader#read} or {@link DocumentWriter#write}.
 *
 * <pre>{@code
 * Updates updates = DocumentReader.standard().read(DocumentType.UPDATES, Path.of("stable.json"));
 * }</pre>
 *
 * @param <T> the model class
 */
public final class DocumentType<T> {
    /** The build metadata {@code meta.json} of one build and architecture (SPEC §1.1). */
    public static final DocumentType<BuildMeta> META =
            new DocumentType<>(DocumentKind.META, BuildMeta.class, new MetaCodec());

    /** The release metadata {@code release.json} (SPEC §1.4). */
    public static final DocumentType<Release> RELEASE =
            new DocumentType<>(DocumentKind.RELEASE, Release.class, new ReleaseCodec());

    /** The release index {@code releases.json}. */
    public static final DocumentType<ReleaseIndex> RELEASE_INDEX =
            new DocumentType<>(DocumentKind.RELEASE_INDEX, ReleaseIndex.class, new ReleaseIndexCodec());

    /** The updates metadata {@code updates/<stream>.json}. */
    public static final DocumentType<Updates> UPDATES =
            new DocumentType<>(DocumentKind.UPDATES, Updates.class, new UpdatesCodec());

    /** The stream metadata {@code streams/<stream>.json} (SPEC §1.8). */
    public static final DocumentType<StreamMetadata> STREAM =
            new DocumentType<>(DocumentKind.STREAM, StreamMetadata.class, new StreamCodec());

    /** A Cincinnati graph. */
    public static final DocumentType<CincinnatiGraph> GRAPH =
            new DocumentType<>(DocumentKind.GRAPH, CincinnatiGraph.class, new GraphCodec());

    /** A Cincinnati error body. */
    public static final DocumentType<GraphError> GRAPH_ERROR =
            new DocumentType<>(DocumentKind.GRAPH_ERROR, GraphError.class, new GraphErrorCodec());

    private final DocumentKind kind;
    private final Class<T> modelClass;
    private final Codec<T> codec;

    private DocumentType(DocumentKind kind, Class<T> modelClass, Codec<T> codec) {
        this.kind = kind;
        this.modelClass = modelClass;
        this.codec = codec;
    }

    /**
     * The document kind, as named in errors.
     *
     * @return the kind
     */
    public DocumentKind kind() {
        return kind;
    }

    /**
     * The model class.
     *
     * @return e.g. {@code ReleaseIndex.class}
     */
    public Class<T> modelClass() {
        return modelClass;
    }

    Codec<T> codec() {
        return codec;
    }

    @Override
    public String toString() {
        return kind.displayName();
    }
}
