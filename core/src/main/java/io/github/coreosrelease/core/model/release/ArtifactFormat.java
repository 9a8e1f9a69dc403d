/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.release;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The files of one format of a platform, e.g. {@code qcow2.xz} or {@code pxe}: a disk image, or a
 * kernel, initramfs and root file system. Shared by {@link ReleaseMedia} and stream metadata (SPEC
 * §1.4, §1.8).
 */
@Value.Immutable
@ModelStyle
public interface ArtifactFormat {
    /**
     * JSON key {@code disk}: the disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Artifact> disk();

    /**
     * JSON key {@code kernel}: the kernel.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Artifact> kernel();

    /**
     * JSON key {@code initramfs}: the initramfs.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Artifact> initramfs();

    /**
     * JSON key {@code rootfs}: the root file system.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Artifact> rootfs();

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

    /** Builds {@link ArtifactFormat} values. */
    final class Builder extends ImmutableArtifactFormat.Builder {
        /** Creates an empty builder, as {@link ArtifactFormat#builder()} does. */
        public Builder() {}
    }
}
