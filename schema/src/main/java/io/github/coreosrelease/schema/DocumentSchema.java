/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The JSON Schemas (draft 2020-12) this library publishes, one per pipeline document of SPEC §1.
 *
 * <p>Each schema is a class path resource of this package named {@code <name>.schema.json} and
 * carries the stable {@code $id} {@code https://coreos-release.github.io/schemas/<name>.schema.json}.
 * The output of {@code rpm-ostree status} ({@link DocumentKind#RPM_OSTREE_STATUS}) has no schema.
 */
public enum DocumentSchema {
    /** {@code meta.json} of coreos-assembler (SPEC §1.1, §1.2). */
    META(DocumentKind.META, "meta"),
    /** {@code release.json} (SPEC §1.4). */
    RELEASE(DocumentKind.RELEASE, "release"),
    /** {@code releases.json}, the release index of a stream (SPEC §1.5). */
    RELEASE_INDEX(DocumentKind.RELEASE_INDEX, "release-index"),
    /** {@code updates/<stream>.json} (SPEC §1.6). */
    UPDATES(DocumentKind.UPDATES, "updates"),
    /** The Cincinnati {@code /v1/graph} response (SPEC §1.7). */
    GRAPH(DocumentKind.GRAPH, "graph"),
    /** The Cincinnati error body {@code {"kind", "value"}} (SPEC §1.7). */
    GRAPH_ERROR(DocumentKind.GRAPH_ERROR, "graph-error"),
    /** {@code streams/<stream>.json} (SPEC §1.8). */
    STREAM(DocumentKind.STREAM, "stream");

    private static final String ID_BASE = "https://coreos-release.github.io/schemas/";
    private static final String RESOURCE_DIRECTORY = "io/github/coreosrelease/schema/";

    private final DocumentKind kind;
    private final String name;

    DocumentSchema(DocumentKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    /**
     * The schema of a document kind.
     *
     * @param kind a document kind
     * @return its schema, or empty for a kind without one ({@link DocumentKind#RPM_OSTREE_STATUS})
     */
    public static Optional<DocumentSchema> forKind(DocumentKind kind) {
        return Arrays.stream(values()).filter(s -> s.kind == kind).findFirst();
    }

    /**
     * The schema of a document kind, for callers that need one.
     *
     * @param kind a document kind
     * @return its schema
     * @throws InvalidValueException if the kind has no schema
     */
    static DocumentSchema require(DocumentKind kind) {
        return forKind(kind)
                .orElseThrow(() -> new InvalidValueException(
                        "document kind",
                        String.valueOf(kind),
                        "a kind that has a schema: "
                                + Arrays.stream(values())
                                        .map(s -> s.kind.name())
                                        .collect(Collectors.joining(", "))));
    }

    /**
     * The document kind this schema describes.
     *
     * @return the kind
     */
    public DocumentKind kind() {
        return kind;
    }

    /**
     * The file name of the schema.
     *
     * @return e.g. {@code release-index.schema.json}
     */
    public String fileName() {
        return name + ".schema.json";
    }

    /**
     * The schema's {@code $id}.
     *
     * @return e.g. {@code https://coreos-release.github.io/schemas/release-index.schema.json}
     */
    public URI id() {
        return URI.create(ID_BASE + fileName());
    }

    /**
     * The class path resource that holds the schema.
     *
     * @return e.g. {@code io/github/coreosrelease/schema/release-index.schema.json}
     */
    public String resourcePath() {
        return RESOURCE_DIRECTORY + fileName();
    }

    /**
     * The schema's JSON text, exactly as shipped.
     *
     * @return the schema document
     * @throws UncheckedIOException if the resource is missing from the class path or unreadable, which
     *     means a broken installation
     */
    public String text() {
        try (InputStream in = DocumentSchema.class.getClassLoader().getResourceAsStream(resourcePath())) {
            if (in == null) {
                throw new UncheckedIOException(
                        new IOException("schema resource " + resourcePath() + " is not on the class path"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + resourcePath(), e);
        }
    }
}
