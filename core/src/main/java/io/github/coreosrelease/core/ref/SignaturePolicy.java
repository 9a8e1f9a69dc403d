/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.ref;

/**
 * How rpm-ostree verifies a container image, the first part of an {@link OstreeImageReference}
 * (SPEC §3.1).
 *
 * <pre>{@code
 * OstreeImageReference.parse("ostree-image-signed:docker://quay.io/fedora/fedora-coreos:stable")
 *     .signaturePolicy(); // CONTAINER_POLICY
 * }</pre>
 */
public enum SignaturePolicy {
    /**
     * No verification: {@code ostree-unverified-registry:} and {@code ostree-unverified-image:}.
     */
    INSECURE_ACCEPT_ANY,

    /**
     * Verification with the keys of a named OSTree remote: {@code ostree-remote-registry:} and
     * {@code ostree-remote-image:}; the remote is {@link OstreeImageReference#remote()}.
     */
    OSTREE_REMOTE,

    /**
     * Verification by the host's container signature policy ({@code /etc/containers/policy.json}):
     * {@code ostree-image-signed:}.
     */
    CONTAINER_POLICY
}
