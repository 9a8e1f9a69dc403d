/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

/**
 * Where a lint {@link Finding} is: a value in a document ({@link DocumentLocation}), a release in
 * a built update graph ({@link GraphLocation}), or a node or edge of a graph document ({@link
 * GraphDocumentLocation}).
 */
public sealed interface Location permits DocumentLocation, GraphLocation, GraphDocumentLocation {
    /**
     * The location in words, with the default document names.
     *
     * @return e.g. {@code release-index#/releases/3/version} or {@code x86_64/oci@41.20250105.3.0}
     */
    String describe();
}
