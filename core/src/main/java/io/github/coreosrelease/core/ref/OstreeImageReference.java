/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.ref;

import io.github.coreosrelease.core.InvalidValueException;
import java.util.Optional;

/**
 * The image reference rpm-ostree reports for an OCI-booted deployment, {@code <signature
 * policy>:<transport>:<image>} (SPEC §3.1).
 *
 * <pre>{@code
 * OstreeImageReference ref =
 *         OstreeImageReference.parse("ostree-image-signed:docker://quay.io/fedora/fedora-coreos:stable");
 * ref.signaturePolicy(); // CONTAINER_POLICY
 * ref.transport();       // REGISTRY
 * ref.image();           // "quay.io/fedora/fedora-coreos:stable"
 * ref.bootedPayload(Digest.parse("sha256:ca99...")).toString();
 *                        // "quay.io/fedora/fedora-coreos@sha256:ca99..."
 * }</pre>
 *
 * <p>The accepted forms are:
 *
 * <ul>
 *   <li>{@code ostree-unverified-registry:<image>} (transport {@link ImageTransport#REGISTRY});
 *   <li>{@code ostree-unverified-image:<transport>:<image>};
 *   <li>{@code ostree-remote-registry:<remote>:<image>} (transport {@link ImageTransport#REGISTRY});
 *   <li>{@code ostree-remote-image:<remote>:<transport>:<image>};
 *   <li>{@code ostree-image-signed:<transport>:<image>}.
 * </ul>
 *
 * <p>A transport is {@code registry:} or {@code docker://} (both a registry; {@code docker://} is
 * followed directly by the image), {@code oci:}, {@code oci-archive:}, {@code containers-storage:}
 * or {@code dir:}. On a registry transport the image must be a valid {@link ImageReference}; on the
 * others it is a path or storage name, kept as text. {@link #toString()} returns the parsed text
 * unchanged, and two references are equal when their text is equal.
 */
public final class OstreeImageReference {
    private static final String WHAT = "OSTree image reference";
    private static final String SHAPE = "<signature policy>:<transport>:<image>"
            + " (e.g. ostree-unverified-registry:quay.io/fedora/fedora-coreos:stable)";
    private static final String PREFIX_SHAPE = "a signature policy prefix ostree-unverified-registry:,"
            + " ostree-unverified-image:, ostree-remote-registry:, ostree-remote-image: or ostree-image-signed:";
    private static final String TRANSPORT_SHAPE =
            "a transport registry:, docker://, oci:, oci-archive:, containers-storage: or dir: before the image";
    private static final String DOCKER_PREFIX = "docker://";

    private final String text;
    private final SignaturePolicy signaturePolicy;
    private final Optional<String> remote;
    private final ImageTransport transport;
    private final String image;
    private final Optional<ImageReference> imageReference;

    private OstreeImageReference(
            String text,
            SignaturePolicy signaturePolicy,
            Optional<String> remote,
            ImageTransport transport,
            String image,
            Optional<ImageReference> imageReference) {
        this.text = text;
        this.signaturePolicy = signaturePolicy;
        this.remote = remote;
        this.transport = transport;
        this.image = image;
        this.imageReference = imageReference;
    }

    /**
     * Parses and validates an OSTree image reference.
     *
     * <pre>{@code
     * OstreeImageReference.parse("ostree-remote-registry:fedora:quay.io/fedora/fedora-coreos:stable")
     *     .remote(); // Optional[fedora]
     * }</pre>
     *
     * @param text the reference, as in {@code container-image-reference} of {@code rpm-ostree status
     *     --json}
     * @return the reference; its {@link #toString()} is {@code text}
     * @throws InvalidValueException if {@code text} is null, has an unknown prefix or transport, an
     *     empty remote or image, or a registry image that is not a valid {@link ImageReference}
     */
    public static OstreeImageReference parse(String text) {
        if (text == null) {
            throw invalid(null, SHAPE + ", but found null");
        }
        if (text.isEmpty()) {
            throw invalid(text, SHAPE + ", but the reference is empty");
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw invalid(text, PREFIX_SHAPE + ", but there is no ':'");
        }
        String prefix = text.substring(0, colon);
        String rest = text.substring(colon + 1);
        return switch (prefix) {
            case "ostree-unverified-registry" ->
                withImage(
                        text,
                        SignaturePolicy.INSECURE_ACCEPT_ANY,
                        Optional.empty(),
                        ImageTransport.REGISTRY,
                        prefix + ":",
                        rest);
            case "ostree-unverified-image" ->
                withTransport(text, SignaturePolicy.INSECURE_ACCEPT_ANY, Optional.empty(), rest);
            case "ostree-remote-registry" -> withRemote(text, prefix, rest, true);
            case "ostree-remote-image" -> withRemote(text, prefix, rest, false);
            case "ostree-image-signed" -> withTransport(text, SignaturePolicy.CONTAINER_POLICY, Optional.empty(), rest);
            default -> throw invalid(text, PREFIX_SHAPE + ", but found \"" + prefix + ":\"");
        };
    }

    /**
     * How the image is verified.
     *
     * @return the signature policy selected by the prefix
     */
    public SignaturePolicy signaturePolicy() {
        return signaturePolicy;
    }

    /**
     * The OSTree remote whose keys verify the image.
     *
     * @return the remote name; present exactly when the policy is {@link
     *     SignaturePolicy#OSTREE_REMOTE}
     */
    public Optional<String> remote() {
        return remote;
    }

    /**
     * Where the image comes from.
     *
     * @return the transport; {@link ImageTransport#REGISTRY} for both {@code registry:} and {@code
     *     docker://}
     */
    public ImageTransport transport() {
        return transport;
    }

    /**
     * The image, as written after the transport.
     *
     * @return e.g. {@code quay.io/fedora/fedora-coreos:stable} or {@code /var/tmp/fcos.ociarchive}
     */
    public String image() {
        return image;
    }

    /**
     * The image as a container image reference, for registry transports.
     *
     * @return the parsed image when the transport is {@link ImageTransport#REGISTRY}, else empty
     */
    public Optional<ImageReference> imageReference() {
        return imageReference;
    }

    /**
     * The update payload of a deployment booted from this reference: the image's repository (tag
     * and any digest dropped) pinned to the digest rpm-ostree reports in {@code
     * container-image-reference-digest} (SPEC §3.1).
     *
     * <pre>{@code
     * OstreeImageReference.parse("ostree-image-signed:docker://quay.io/fedora/fedora-coreos:stable")
     *     .bootedPayload(Digest.parse("sha256:ca99..."))
     *     .toString(); // "quay.io/fedora/fedora-coreos@sha256:ca99..."
     * }</pre>
     *
     * @param digest the booted image's manifest digest
     * @return {@code repository@digest}
     * @throws InvalidValueException if the transport is not a registry (there is then no repository
     *     to pin) or {@code digest} is null
     */
    public ImageReference bootedPayload(Digest digest) {
        if (digest == null) {
            throw new InvalidValueException(
                    "digest", null, "the booted image's digest for \"" + text + "\", but found null");
        }
        ImageReference ref = imageReference.orElseThrow(() -> invalid(
                text,
                "an image on a registry transport (registry: or docker://) to derive a booted payload from,"
                        + " but the transport is " + transport.prefix()));
        return ref.repositoryOnly().withDigest(digest);
    }

    /**
     * The reference as text.
     *
     * @return exactly the text that was parsed
     */
    @Override
    public String toString() {
        return text;
    }

    /**
     * Two references are equal when their text is equal.
     *
     * @param other any object
     * @return whether {@code other} is an OSTree image reference with the same text
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof OstreeImageReference ostreeImageReference && ostreeImageReference.text.equals(text);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the reference's text
     */
    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private static InvalidValueException invalid(String text, String expected) {
        return new InvalidValueException(WHAT, text, expected);
    }

    private static OstreeImageReference withRemote(String text, String prefix, String rest, boolean registryOnly) {
        int colon = rest.indexOf(':');
        String remoteShape = "a remote name followed by ':' after \"" + prefix + ":\"";
        if (colon < 0) {
            throw invalid(text, remoteShape + ", but there is no ':' after the remote");
        }
        if (colon == 0) {
            throw invalid(text, remoteShape + ", but the remote is empty");
        }
        Optional<String> remote = Optional.of(rest.substring(0, colon));
        String afterRemote = rest.substring(colon + 1);
        if (registryOnly) {
            return withImage(
                    text,
                    SignaturePolicy.OSTREE_REMOTE,
                    remote,
                    ImageTransport.REGISTRY,
                    prefix + ":" + remote.get() + ":",
                    afterRemote);
        }
        return withTransport(text, SignaturePolicy.OSTREE_REMOTE, remote, afterRemote);
    }

    private static OstreeImageReference withTransport(
            String text, SignaturePolicy policy, Optional<String> remote, String transportAndImage) {
        if (transportAndImage.startsWith(DOCKER_PREFIX)) {
            return withImage(
                    text,
                    policy,
                    remote,
                    ImageTransport.REGISTRY,
                    DOCKER_PREFIX,
                    transportAndImage.substring(DOCKER_PREFIX.length()));
        }
        for (ImageTransport transport : ImageTransport.values()) {
            if (transportAndImage.startsWith(transport.prefix())) {
                return withImage(
                        text,
                        policy,
                        remote,
                        transport,
                        transport.prefix(),
                        transportAndImage.substring(transport.prefix().length()));
            }
        }
        int colon = transportAndImage.indexOf(':');
        String found = colon < 0
                ? "there is no transport in \"" + transportAndImage + "\""
                : "found \"" + transportAndImage.substring(0, colon + 1) + "\"";
        throw invalid(text, TRANSPORT_SHAPE + ", but " + found);
    }

    /**
     * Finishes parsing once the image is isolated.
     *
     * @param writtenBefore the text before the image, as written, for the error message
     */
    private static OstreeImageReference withImage(
            String text,
            SignaturePolicy policy,
            Optional<String> remote,
            ImageTransport transport,
            String writtenBefore,
            String image) {
        if (image.isEmpty()) {
            throw invalid(text, "a non-empty image after \"" + writtenBefore + "\", but it is empty");
        }
        Optional<ImageReference> imageReference = Optional.empty();
        if (transport == ImageTransport.REGISTRY) {
            try {
                imageReference = Optional.of(ImageReference.parse(image));
            } catch (InvalidValueException e) {
                throw invalid(text, "a valid image reference after the registry transport, but " + e.getMessage());
            }
        }
        return new OstreeImageReference(text, policy, remote, transport, image, imageReference);
    }
}
