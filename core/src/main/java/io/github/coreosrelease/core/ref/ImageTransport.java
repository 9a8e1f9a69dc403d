/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.ref;

/**
 * Where an {@link OstreeImageReference} fetches its image from (SPEC §3.1).
 *
 * <pre>{@code
 * OstreeImageReference.parse("ostree-unverified-image:oci:/var/tmp/fcos").transport(); // OCI
 * }</pre>
 *
 * <p>Only {@link #REGISTRY} names an image by an {@link ImageReference}; for the other transports
 * the image is a local path or a storage reference kept as text.
 */
public enum ImageTransport {
    /** A container registry, written {@code registry:<image>} or {@code docker://<image>}. */
    REGISTRY("registry:"),

    /** An OCI image layout directory, written {@code oci:<path>[:<tag>]}. */
    OCI("oci:"),

    /** An OCI archive file, written {@code oci-archive:<path>[:<tag>]}. */
    OCI_ARCHIVE("oci-archive:"),

    /** The local containers storage (podman), written {@code containers-storage:<image>}. */
    CONTAINERS_STORAGE("containers-storage:"),

    /** A directory of image files, written {@code dir:<path>}. */
    DIR("dir:");

    private final String prefix;

    ImageTransport(String prefix) {
        this.prefix = prefix;
    }

    /**
     * The prefix that selects this transport in an OSTree image reference.
     *
     * @return e.g. {@code "oci-archive:"}; for {@link #REGISTRY} the form {@code "registry:"} (the
     *     equivalent {@code "docker://"} is accepted when parsing)
     */
    public String prefix() {
        return prefix;
    }
}
