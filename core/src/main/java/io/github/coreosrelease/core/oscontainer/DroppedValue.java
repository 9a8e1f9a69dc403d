/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.oscontainer;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A value that a migration could not carry into the target shape, e.g. the tags of a split entry
 * migrated to the pinned shape.
 *
 * <pre>{@code
 * dropped.pointer(); // "/base-oscontainer/tags"
 * dropped.reason();  // "the pinned shape has no tags"
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface DroppedValue {
    /**
     * Where the value was in the original document.
     *
     * @return a JSON pointer, e.g. {@code /base-oscontainer/manifest-list-digest}
     */
    String pointer();

    /**
     * Why the value could not be kept.
     *
     * @return a short explanation
     */
    String reason();

    /**
     * A dropped value.
     *
     * @param pointer where it was in the original document
     * @param reason why it could not be kept
     * @return the value
     */
    static DroppedValue of(String pointer, String reason) {
        return builder().pointer(pointer).reason(reason).build();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link DroppedValue} values. */
    final class Builder extends ImmutableDroppedValue.Builder {
        /** Creates an empty builder, as {@link DroppedValue#builder()} does. */
        public Builder() {}
    }
}
