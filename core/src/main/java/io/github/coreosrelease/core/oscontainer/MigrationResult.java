/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.oscontainer;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of {@link OscontainerMigration#migrate}: the migrated document and what it could not
 * keep.
 */
@Value.Immutable
@ModelStyle
public interface MigrationResult {
    /**
     * The migrated document; every field that is not a container entry is unchanged.
     *
     * @return the new {@code meta.json}
     */
    BuildMeta meta();

    /**
     * The values of the original document that the target shape has no place for, in document
     * order.
     *
     * @return the dropped values, empty when the migration lost nothing
     */
    List<DroppedValue> dropped();

    /**
     * Whether the migration kept everything.
     *
     * @return true when nothing was dropped
     */
    default boolean lossless() {
        return dropped().isEmpty();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link MigrationResult} values. */
    final class Builder extends ImmutableMigrationResult.Builder {
        /** Creates an empty builder, as {@link MigrationResult#builder()} does. */
        public Builder() {}
    }
}
