/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code deployments} in {@code rpm-ostree status --json} (SPEC §3.1): the fields a
 * client needs to know what it runs, plus every other field, kept as raw JSON.
 */
@Value.Immutable
@ModelStyle
public interface RpmOstreeDeployment {
    /**
     * {@code booted}: whether this deployment is the running one.
     *
     * @return the flag
     */
    boolean booted();

    /**
     * {@code staged}: whether this deployment is the pending update, applied on the next boot.
     *
     * @return the flag; {@code false} when the field is missing
     */
    @Value.Default
    default boolean staged() {
        return false;
    }

    /**
     * {@code version}: the release version.
     *
     * @return the version, or empty when missing
     */
    Optional<String> version();

    /**
     * {@code checksum}: the deployment's OSTree commit, including local layering.
     *
     * @return the checksum
     */
    String checksum();

    /**
     * {@code base-checksum}: the base OSTree commit, present when packages are layered on top.
     *
     * @return the checksum, or empty when missing
     */
    Optional<String> baseChecksum();

    /**
     * {@code container-image-reference}: the OSTree image reference of an OCI-booted deployment,
     * e.g. {@code ostree-image-signed:docker://quay.io/fedora/fedora-coreos:stable}.
     *
     * @return the reference text, or empty when missing
     */
    Optional<String> containerImageReference();

    /**
     * {@code container-image-reference-digest}: the manifest digest of the booted image.
     *
     * @return the digest text, or empty when missing
     */
    Optional<String> containerImageReferenceDigest();

    /**
     * {@code base-commit-meta}: the base commit's metadata, key by key, as raw JSON (values are
     * mostly strings; {@code ostree.manifest} and {@code ostree.container.image-config} are JSON
     * documents inside a string).
     *
     * @return the metadata in document order; empty when missing
     */
    Map<String, RawJson> baseCommitMeta();

    /**
     * The other fields of the deployment, e.g. {@code id}, {@code osname}, {@code packages}.
     *
     * @return unknown fields in document order
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

    /** Builds {@link RpmOstreeDeployment} values. */
    final class Builder extends ImmutableRpmOstreeDeployment.Builder {
        /** Creates an empty builder, as {@link RpmOstreeDeployment#builder()} does. */
        public Builder() {}
    }
}
