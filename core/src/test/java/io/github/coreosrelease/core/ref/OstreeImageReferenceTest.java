/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.ref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.coreosrelease.core.InvalidValueException;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OstreeImageReferenceTest {
    private static final String HEX64 = "ca99893c80a7b84dd84d4143bd27538207c2f38ab6647a58d9c8caa251f9a087";
    private static final String SHA256 = "sha256:" + HEX64;
    private static final String FCOS = "quay.io/fedora/fedora-coreos";

    private static final String PREFIX_SHAPE = "a signature policy prefix ostree-unverified-registry:,"
            + " ostree-unverified-image:, ostree-remote-registry:, ostree-remote-image: or ostree-image-signed:";
    private static final String TRANSPORT_SHAPE =
            "a transport registry:, docker://, oci:, oci-archive:, containers-storage: or dir: before the image";

    static Stream<Arguments> validReferences() {
        // input, policy, remote, transport, image
        return Stream.of(
                arguments(
                        "ostree-unverified-registry:" + FCOS + ":stable",
                        SignaturePolicy.INSECURE_ACCEPT_ANY,
                        null,
                        ImageTransport.REGISTRY,
                        FCOS + ":stable"),
                arguments(
                        "ostree-unverified-image:registry:" + FCOS + ":stable",
                        SignaturePolicy.INSECURE_ACCEPT_ANY,
                        null,
                        ImageTransport.REGISTRY,
                        FCOS + ":stable"),
                arguments(
                        "ostree-unverified-image:docker://" + FCOS + "@" + SHA256,
                        SignaturePolicy.INSECURE_ACCEPT_ANY,
                        null,
                        ImageTransport.REGISTRY,
                        FCOS + "@" + SHA256),
                arguments(
                        "ostree-unverified-image:oci:/var/tmp/fcos:latest",
                        SignaturePolicy.INSECURE_ACCEPT_ANY,
                        null,
                        ImageTransport.OCI,
                        "/var/tmp/fcos:latest"),
                arguments(
                        "ostree-unverified-image:oci-archive:/var/tmp/fcos.ociarchive",
                        SignaturePolicy.INSECURE_ACCEPT_ANY,
                        null,
                        ImageTransport.OCI_ARCHIVE,
                        "/var/tmp/fcos.ociarchive"),
                arguments(
                        "ostree-unverified-image:containers-storage:localhost/my-fcos",
                        SignaturePolicy.INSECURE_ACCEPT_ANY,
                        null,
                        ImageTransport.CONTAINERS_STORAGE,
                        "localhost/my-fcos"),
                arguments(
                        "ostree-unverified-image:dir:/srv/Images/FCOS",
                        SignaturePolicy.INSECURE_ACCEPT_ANY,
                        null,
                        ImageTransport.DIR,
                        "/srv/Images/FCOS"),
                arguments(
                        "ostree-remote-registry:fedora:" + FCOS + ":stable",
                        SignaturePolicy.OSTREE_REMOTE,
                        "fedora",
                        ImageTransport.REGISTRY,
                        FCOS + ":stable"),
                arguments(
                        "ostree-remote-image:fedora:docker://" + FCOS + ":testing",
                        SignaturePolicy.OSTREE_REMOTE,
                        "fedora",
                        ImageTransport.REGISTRY,
                        FCOS + ":testing"),
                arguments(
                        "ostree-remote-image:my-remote:oci-archive:/tmp/a.ociarchive",
                        SignaturePolicy.OSTREE_REMOTE,
                        "my-remote",
                        ImageTransport.OCI_ARCHIVE,
                        "/tmp/a.ociarchive"),
                arguments(
                        "ostree-image-signed:docker://" + FCOS + ":stable",
                        SignaturePolicy.CONTAINER_POLICY,
                        null,
                        ImageTransport.REGISTRY,
                        FCOS + ":stable"),
                arguments(
                        "ostree-image-signed:registry:localhost:5000/fcos",
                        SignaturePolicy.CONTAINER_POLICY,
                        null,
                        ImageTransport.REGISTRY,
                        "localhost:5000/fcos"),
                arguments(
                        "ostree-image-signed:oci:/var/lib/fcos",
                        SignaturePolicy.CONTAINER_POLICY,
                        null,
                        ImageTransport.OCI,
                        "/var/lib/fcos"));
    }

    @ParameterizedTest
    @MethodSource("validReferences")
    void parsesEachForm(String text, SignaturePolicy policy, String remote, ImageTransport transport, String image) {
        OstreeImageReference ref = OstreeImageReference.parse(text);

        assertThat(ref.signaturePolicy()).isEqualTo(policy);
        assertThat(ref.remote()).isEqualTo(Optional.ofNullable(remote));
        assertThat(ref.transport()).isEqualTo(transport);
        assertThat(ref.image()).isEqualTo(image);
        assertThat(ref.imageReference())
                .isEqualTo(
                        transport == ImageTransport.REGISTRY
                                ? Optional.of(ImageReference.parse(image))
                                : Optional.empty());
        assertThat(ref.toString()).isEqualTo(text);
    }

    static Stream<Arguments> invalidReferences() {
        // input, text after "expected "
        return Stream.of(
                arguments(
                        "",
                        "<signature policy>:<transport>:<image> (e.g."
                                + " ostree-unverified-registry:quay.io/fedora/fedora-coreos:stable), but the reference"
                                + " is empty"),
                arguments(FCOS, PREFIX_SHAPE + ", but there is no ':'"),
                arguments("docker://" + FCOS + ":stable", PREFIX_SHAPE + ", but found \"docker:\""),
                arguments("ostree-signed:docker://" + FCOS, PREFIX_SHAPE + ", but found \"ostree-signed:\""),
                arguments(
                        "ostree-remote-registry:fedora",
                        "a remote name followed by ':' after \"ostree-remote-registry:\", but there is no ':' after"
                                + " the remote"),
                arguments(
                        "ostree-remote-registry::" + FCOS,
                        "a remote name followed by ':' after \"ostree-remote-registry:\", but the remote is empty"),
                arguments(
                        "ostree-remote-image::docker://" + FCOS,
                        "a remote name followed by ':' after \"ostree-remote-image:\", but the remote is empty"),
                arguments(
                        "ostree-image-signed:" + FCOS,
                        TRANSPORT_SHAPE + ", but there is no transport in \"" + FCOS + "\""),
                arguments("ostree-image-signed:docker:" + FCOS, TRANSPORT_SHAPE + ", but found \"docker:\""),
                arguments("ostree-unverified-image:http:" + FCOS, TRANSPORT_SHAPE + ", but found \"http:\""),
                arguments(
                        "ostree-unverified-registry:",
                        "a non-empty image after \"ostree-unverified-registry:\", but it is empty"),
                arguments("ostree-image-signed:docker://", "a non-empty image after \"docker://\", but it is empty"),
                arguments("ostree-unverified-image:oci:", "a non-empty image after \"oci:\", but it is empty"),
                arguments(
                        "ostree-remote-registry:fedora:",
                        "a non-empty image after \"ostree-remote-registry:fedora:\", but it is empty"),
                arguments(
                        "ostree-unverified-registry:quay.io/Fedora/fcos",
                        "a valid image reference after the registry transport, but invalid image reference"
                                + " \"quay.io/Fedora/fcos\": expected path components of lowercase [a-z0-9] joined"
                                + " by '.', '_', '__' or '-', but uppercase letters are not allowed in a repository"
                                + " path (component \"Fedora\")"),
                arguments(
                        "ostree-image-signed:docker://" + FCOS + ":",
                        "a valid image reference after the registry transport, but invalid image reference \"" + FCOS
                                + ":\": expected a tag of [A-Za-z0-9_][A-Za-z0-9_.-]{0,127} after ':', but it is"
                                + " empty"));
    }

    @ParameterizedTest
    @MethodSource("invalidReferences")
    void rejectsInvalidReferencesWithExactMessage(String text, String expected) {
        assertThatThrownBy(() -> OstreeImageReference.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid OSTree image reference \"" + text + "\": expected " + expected);
    }

    @Test
    void rejectsNullWithoutNullPointerException() {
        assertThatThrownBy(() -> OstreeImageReference.parse(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid OSTree image reference \"null\": expected <signature policy>:<transport>:<image>"
                        + " (e.g. ostree-unverified-registry:quay.io/fedora/fedora-coreos:stable), but found null");
    }

    @Test
    void bootedPayloadIsTheRepositoryPinnedToTheDigest() {
        // The reference and digest of the OCI-booted node in corpus/rpm-ostree/rpm-ostree-status.json.
        OstreeImageReference ref = OstreeImageReference.parse("ostree-image-signed:docker://" + FCOS + ":stable");

        ImageReference payload = ref.bootedPayload(Digest.parse(SHA256));

        assertThat(payload.toString()).isEqualTo(FCOS + "@" + SHA256);
        assertThat(payload.tag()).isEmpty();
        assertThat(payload.digest()).contains(Digest.parse(SHA256));
    }

    @Test
    void bootedPayloadReplacesADigestAlreadyInTheImage() {
        String other = "sha256:" + "0".repeat(64);
        OstreeImageReference ref =
                OstreeImageReference.parse("ostree-remote-registry:fedora:" + FCOS + ":stable@" + other);

        assertThat(ref.bootedPayload(Digest.parse(SHA256)).toString()).isEqualTo(FCOS + "@" + SHA256);
    }

    @Test
    void bootedPayloadNeedsARegistryTransport() {
        OstreeImageReference ref = OstreeImageReference.parse("ostree-unverified-image:oci-archive:/tmp/a.ociarchive");

        assertThatThrownBy(() -> ref.bootedPayload(Digest.parse(SHA256)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid OSTree image reference \"ostree-unverified-image:oci-archive:/tmp/a.ociarchive\":"
                        + " expected an image on a registry transport (registry: or docker://) to derive a booted"
                        + " payload from, but the transport is oci-archive:");
    }

    @Test
    void bootedPayloadRejectsNullDigest() {
        OstreeImageReference ref = OstreeImageReference.parse("ostree-unverified-registry:" + FCOS);

        assertThatThrownBy(() -> ref.bootedPayload(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid digest \"null\": expected the booted image's digest for"
                        + " \"ostree-unverified-registry:" + FCOS + "\", but found null");
    }

    @Test
    void equalityIsByText() {
        OstreeImageReference a = OstreeImageReference.parse("ostree-image-signed:docker://" + FCOS);
        OstreeImageReference b = OstreeImageReference.parse("ostree-image-signed:docker://" + FCOS);
        OstreeImageReference sameMeaning = OstreeImageReference.parse("ostree-image-signed:registry:" + FCOS);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        // Same components, different text: toString must give back each input, so they differ.
        assertThat(a).isNotEqualTo(sameMeaning);
        assertThat(a.imageReference()).isEqualTo(sameMeaning.imageReference());
    }

    @Test
    void transportPrefixes() {
        assertThat(Stream.of(ImageTransport.values()).map(ImageTransport::prefix))
                .containsExactly("registry:", "oci:", "oci-archive:", "containers-storage:", "dir:");
    }
}
