/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Locale;
import org.immutables.value.Value;

/** A value in a document, by JSON pointer: where a document lint rule found something. */
@Value.Immutable
@ModelStyle
public non-sealed interface DocumentLocation extends Location {
    /**
     * The document: {@link DocumentKind#RELEASE_INDEX} or {@link DocumentKind#UPDATES}.
     *
     * @return the document kind
     */
    DocumentKind document();

    /**
     * The value concerned.
     *
     * @return an RFC 6901 JSON pointer, e.g. {@code /releases/3/version}
     */
    String pointer();

    /**
     * The location as {@code <document>#<pointer>}, the document named as the CLI's {@code --type}
     * does.
     *
     * @return e.g. {@code release-index#/releases/3/version}
     */
    @Override
    default String describe() {
        return defaultName(document()) + "#" + pointer();
    }

    /**
     * The name a document kind has in {@link #describe()}.
     *
     * @param kind a document kind
     * @return e.g. {@code release-index} or {@code updates}
     */
    static String defaultName(DocumentKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A location in a document.
     *
     * @param document the document kind
     * @param pointer the JSON pointer of the value
     * @return the location
     */
    static DocumentLocation of(DocumentKind document, String pointer) {
        return builder().document(document).pointer(pointer).build();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link DocumentLocation} values. */
    final class Builder extends ImmutableDocumentLocation.Builder {
        /** Creates an empty builder, as {@link DocumentLocation#builder()} does. */
        public Builder() {}
    }
}
