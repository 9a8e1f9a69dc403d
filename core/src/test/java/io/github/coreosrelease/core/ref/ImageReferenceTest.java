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

class ImageReferenceTest {
    private static final String HEX64 = "ca99893c80a7b84dd84d4143bd27538207c2f38ab6647a58d9c8caa251f9a087";
    private static final String HEX64_B = "460576931cf4ce59afe432ea266234f9d34fa77f8ca3087282084bc3a7324632";
    private static final String SHA256 = "sha256:" + HEX64;
    private static final String SHA256_B = "sha256:" + HEX64_B;
    private static final String SHA512 = "sha512:" + HEX64 + HEX64_B;

    private static final String PATH_SHAPE = "path components of lowercase [a-z0-9] joined by '.', '_', '__' or '-'";
    private static final String TAG_SHAPE = "a tag of [A-Za-z0-9_][A-Za-z0-9_.-]{0,127} after ':'";
    private static final String HOST_SHAPE = "a registry host of '.'-separated labels of [A-Za-z0-9-] that neither"
            + " start nor end with '-', or a bracketed IPv6 address";
    private static final String DIGEST_AFTER_AT = "a digest after '@': ";

    /** A 255-character name: "r.io/" plus a 250-character path. */
    private static final String LONGEST_NAME = "r.io/" + "a".repeat(250);

    private static final String LONGEST_TAG = "T" + "a".repeat(127);

    static Stream<Arguments> validReferences() {
        // input, registry, path, tag, digest (null = absent)
        return Stream.of(
                arguments("fedora", null, "fedora", null, null),
                arguments("fedora:41", null, "fedora", "41", null),
                arguments("fedora@" + SHA256, null, "fedora", null, SHA256),
                arguments("quay.io/fedora/fedora-coreos", "quay.io", "fedora/fedora-coreos", null, null),
                arguments("quay.io/fedora/fedora-coreos:stable", "quay.io", "fedora/fedora-coreos", "stable", null),
                arguments("quay.io/fedora/fedora-coreos@" + SHA256, "quay.io", "fedora/fedora-coreos", null, SHA256),
                arguments(
                        "quay.io/fedora/fedora-coreos:stable@" + SHA256,
                        "quay.io",
                        "fedora/fedora-coreos",
                        "stable",
                        SHA256),
                arguments(
                        "quay.io/fedora/fedora-coreos:41.20250331.3.0-x86_64",
                        "quay.io",
                        "fedora/fedora-coreos",
                        "41.20250331.3.0-x86_64",
                        null),
                arguments(
                        "quay.io/openshift-release-dev/rhcos@" + SHA256_B,
                        "quay.io",
                        "openshift-release-dev/rhcos",
                        null,
                        SHA256_B),
                arguments("localhost/foo", "localhost", "foo", null, null),
                arguments("localhost:5000/coreos/fcos:testing", "localhost:5000", "coreos/fcos", "testing", null),
                // Without '/', "localhost:5000" is the repository "localhost" with the tag "5000".
                arguments("localhost:5000", null, "localhost", "5000", null),
                arguments("localhostx/foo", null, "localhostx/foo", null, null),
                arguments("quay.io:443/a/b", "quay.io:443", "a/b", null, null),
                arguments("[::1]:5000/foo/bar", "[::1]:5000", "foo/bar", null, null),
                arguments("[2001:DB8::1]/img", "[2001:DB8::1]", "img", null, null),
                arguments("192.168.1.10:5000/img:v1", "192.168.1.10:5000", "img", "v1", null),
                arguments(
                        "registry-1.docker.io/library/busybox:latest",
                        "registry-1.docker.io",
                        "library/busybox",
                        "latest",
                        null),
                arguments("Quay.IO/fedora/x", "Quay.IO", "fedora/x", null, null),
                arguments("docker.io/library/ubuntu:_under", "docker.io", "library/ubuntu", "_under", null),
                arguments("a/b/c/d/e/f", null, "a/b/c/d/e/f", null, null),
                arguments("foo_bar/baz__qux", null, "foo_bar/baz__qux", null, null),
                arguments("a-b---c/x.y.z", null, "a-b---c/x.y.z", null, null),
                arguments("0/1", null, "0/1", null, null),
                arguments("example.com/a:TAG_Upper.1-2", "example.com", "a", "TAG_Upper.1-2", null),
                arguments("host/path@" + SHA512, null, "host/path", null, SHA512),
                arguments(
                        "my-registry.example.com:8443/ns/img:tag@" + SHA256,
                        "my-registry.example.com:8443",
                        "ns/img",
                        "tag",
                        SHA256),
                arguments(
                        "fcos@sha256+b64u:LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g",
                        null,
                        "fcos",
                        null,
                        "sha256+b64u:LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g"),
                arguments("fcos:" + LONGEST_TAG, null, "fcos", LONGEST_TAG, null),
                arguments(LONGEST_NAME + ":t", "r.io", "a".repeat(250), "t", null));
    }

    @ParameterizedTest
    @MethodSource("validReferences")
    void parsesValidReferences(String text, String registry, String path, String tag, String digest) {
        ImageReference ref = ImageReference.parse(text);

        assertThat(ref.registry()).isEqualTo(Optional.ofNullable(registry));
        assertThat(ref.path()).isEqualTo(path);
        assertThat(ref.repository()).isEqualTo(registry == null ? path : registry + "/" + path);
        assertThat(ref.tag()).isEqualTo(Optional.ofNullable(tag));
        assertThat(ref.digest()).isEqualTo(Optional.ofNullable(digest).map(Digest::parse));
        assertThat(ref.isDigestReference()).isEqualTo(digest != null);
        assertThat(ref.toString()).isEqualTo(text);
    }

    @Test
    void hasAtLeastTwentyFiveValidAndInvalidCases() {
        assertThat(validReferences().count()).isGreaterThanOrEqualTo(25);
        assertThat(invalidReferences().count()).isGreaterThanOrEqualTo(25);
    }

    static Stream<Arguments> invalidReferences() {
        // input, text after "expected "
        return Stream.of(
                arguments("", "[registry[:port]/]path[:tag][@digest], but the reference is empty"),
                arguments(
                        "quay.io/Fedora/fcos",
                        PATH_SHAPE + ", but uppercase letters are not allowed in a repository path (component"
                                + " \"Fedora\")"),
                arguments(
                        "Fedora/fcos",
                        PATH_SHAPE + ", but uppercase letters are not allowed in a repository path (component"
                                + " \"Fedora\")"),
                arguments(
                        "FEDORA:41",
                        PATH_SHAPE + ", but uppercase letters are not allowed in a repository path (component"
                                + " \"FEDORA\")"),
                arguments("quay.io//fcos", "non-empty path components separated by '/', but found an empty component"),
                arguments("quay.io/fcos/", "non-empty path components separated by '/', but found an empty component"),
                arguments("/fcos", "non-empty path components separated by '/', but found an empty component"),
                arguments("quay.io/", "a repository path after the registry \"quay.io\", but it is empty"),
                arguments(":tag", "a repository name before ':' or '@', but it is empty"),
                arguments("@" + SHA256, "a repository name before ':' or '@', but it is empty"),
                arguments("quay.io/-fcos", PATH_SHAPE + ", but component \"-fcos\" starts with a separator"),
                arguments("quay.io/fcos-", PATH_SHAPE + ", but component \"fcos-\" ends with a separator"),
                arguments("quay.io/fcos__", PATH_SHAPE + ", but component \"fcos__\" ends with a separator"),
                arguments("quay.io/a..b", PATH_SHAPE + ", but component \"a..b\" contains the separator \"..\""),
                arguments("quay.io/a___b", PATH_SHAPE + ", but component \"a___b\" contains the separator \"___\""),
                arguments("quay.io/a._b", PATH_SHAPE + ", but component \"a._b\" contains the separator \"._\""),
                arguments("quay.io/a-.b", PATH_SHAPE + ", but component \"a-.b\" contains the separator \"-.\""),
                arguments("quay.io/fc os", PATH_SHAPE + ", but found U+0020 in component \"fc os\""),
                arguments("quay.io/fcos!", PATH_SHAPE + ", but found '!' in component \"fcos!\""),
                arguments("quay.io/fcos:tag/x", PATH_SHAPE + ", but found ':' in component \"fcos:tag\""),
                arguments("quay..io/fcos", HOST_SHAPE + ", but found \"quay..io\""),
                arguments("-quay.io/fcos", HOST_SHAPE + ", but found \"-quay.io\""),
                arguments("quay-.io/fcos", HOST_SHAPE + ", but found \"quay-.io\""),
                arguments("my_registry.io/fcos", HOST_SHAPE + ", but found \"my_registry.io\""),
                arguments("[::1/fcos", HOST_SHAPE + ", but found \"[::1\""),
                arguments("[]:5000/fcos", HOST_SHAPE + ", but found \"[]:5000\""),
                arguments("[::1]x/fcos", HOST_SHAPE + ", but found \"[::1]x\""),
                arguments("[::g]/fcos", HOST_SHAPE + ", but found \"[::g]\""),
                arguments("quay.io:/fcos", "a decimal port number after ':' in the registry, but it is empty"),
                arguments("quay.io:abc/fcos", "a decimal port number after ':' in the registry, but found \"abc\""),
                arguments(
                        "localhost:5000:6000/fcos",
                        "a decimal port number after ':' in the registry, but found \"5000:6000\""),
                arguments("fcos:", TAG_SHAPE + ", but it is empty"),
                arguments("fcos:-x", TAG_SHAPE + ", but it starts with '-' in \"-x\""),
                arguments("fcos:.x", TAG_SHAPE + ", but it starts with '.' in \".x\""),
                arguments("fcos:a+b", TAG_SHAPE + ", but found '+' in \"a+b\""),
                arguments("fcos:a:b", TAG_SHAPE + ", but found ':' in \"a:b\""),
                arguments("fcos:" + LONGEST_TAG + "x", TAG_SHAPE + ", but it has 129 characters"),
                arguments(
                        "fcos@",
                        DIGEST_AFTER_AT + "algorithm:encoded (e.g. sha256:<64 lowercase hex>), but there is no ':'"),
                arguments(
                        "fcos@sha256:abc",
                        DIGEST_AFTER_AT
                                + "exactly 64 lowercase hex characters after \"sha256:\", but found 3 characters"),
                arguments(
                        "fcos@SHA256:" + HEX64,
                        DIGEST_AFTER_AT + "an algorithm of lowercase [a-z0-9] components joined by '+', '.', '_' or"
                                + " '-' before ':', but found \"SHA256\""),
                arguments(
                        "quay.io/fcos@" + SHA256 + "@x",
                        DIGEST_AFTER_AT + "an encoded part of [a-zA-Z0-9=_-] characters after ':', but found '@'"),
                arguments(
                        "r.io/" + "a".repeat(251),
                        "a repository name (registry and path) of at most 255 characters, but it has 256"));
    }

    @ParameterizedTest
    @MethodSource("invalidReferences")
    void rejectsInvalidReferencesWithExactMessage(String text, String expected) {
        assertThatThrownBy(() -> ImageReference.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid image reference \"" + text + "\": expected " + expected);
    }

    @Test
    void rejectsNullWithoutNullPointerException() {
        assertThatThrownBy(() -> ImageReference.parse(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid image reference \"null\": expected [registry[:port]/]path[:tag][@digest], but"
                        + " found null");
    }

    @Test
    void rejectsPathologicalSeparatorRunInLinearTime() {
        // A backtracking regex would explode on this input; the scanner reads it once.
        String text = "a" + "-".repeat(200_000) + "!";

        assertThatThrownBy(() -> ImageReference.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid image reference \"" + text + "\": expected " + PATH_SHAPE + ", but found '!'"
                        + " in component \"" + text + "\"");
    }

    @Test
    void withoutTagKeepsTheDigest() {
        ImageReference ref = ImageReference.parse("quay.io/fedora/fedora-coreos:stable@" + SHA256);

        ImageReference untagged = ref.withoutTag();

        assertThat(untagged.toString()).isEqualTo("quay.io/fedora/fedora-coreos@" + SHA256);
        assertThat(untagged.tag()).isEmpty();
        assertThat(untagged.digest()).contains(Digest.parse(SHA256));
        assertThat(untagged.registry()).contains("quay.io");
        assertThat(untagged.path()).isEqualTo("fedora/fedora-coreos");
        assertThat(untagged).isEqualTo(ImageReference.parse("quay.io/fedora/fedora-coreos@" + SHA256));
    }

    @Test
    void withoutTagOnAnUntaggedReferenceReturnsTheSameReference() {
        ImageReference ref = ImageReference.parse("quay.io/fedora/fedora-coreos@" + SHA256);

        assertThat(ref.withoutTag()).isSameAs(ref);
    }

    @Test
    void withDigestKeepsTheTagAndReplacesAnExistingDigest() {
        ImageReference tagged = ImageReference.parse("localhost:5000/fcos:stable");
        ImageReference pinned = ImageReference.parse("localhost:5000/fcos@" + SHA256);

        assertThat(tagged.withDigest(Digest.parse(SHA256_B)).toString())
                .isEqualTo("localhost:5000/fcos:stable@" + SHA256_B);
        ImageReference repinned = pinned.withDigest(Digest.parse(SHA256_B));
        assertThat(repinned.toString()).isEqualTo("localhost:5000/fcos@" + SHA256_B);
        assertThat(repinned.digest()).contains(Digest.parse(SHA256_B));
        assertThat(repinned.registry()).contains("localhost:5000");
    }

    @Test
    void withDigestRejectsNull() {
        ImageReference ref = ImageReference.parse("fcos");

        assertThatThrownBy(() -> ref.withDigest(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid digest \"null\": expected a digest to add to \"fcos\", but found null");
    }

    @Test
    void repositoryOnlyDropsTagAndDigest() {
        ImageReference ref = ImageReference.parse("quay.io/fedora/fedora-coreos:stable@" + SHA256);

        ImageReference repo = ref.repositoryOnly();

        assertThat(repo.toString()).isEqualTo("quay.io/fedora/fedora-coreos");
        assertThat(repo.tag()).isEmpty();
        assertThat(repo.digest()).isEmpty();
        assertThat(repo.isDigestReference()).isFalse();
        assertThat(repo.repositoryOnly()).isSameAs(repo);
    }

    @Test
    void ofBuildsADigestReference() {
        ImageReference ref = ImageReference.of("quay.io/fedora/fedora-coreos", Digest.parse(SHA256));

        assertThat(ref.toString()).isEqualTo("quay.io/fedora/fedora-coreos@" + SHA256);
        assertThat(ref.isDigestReference()).isTrue();
        assertThat(ref).isEqualTo(ImageReference.parse("quay.io/fedora/fedora-coreos@" + SHA256));
    }

    @Test
    void ofRejectsARepositoryWithATag() {
        assertThatThrownBy(() -> ImageReference.of("quay.io/fcos:stable", Digest.parse(SHA256)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid image repository \"quay.io/fcos:stable\": expected a repository without tag or"
                        + " digest, but found tag \"stable\"");
    }

    @Test
    void ofRejectsARepositoryWithADigest() {
        assertThatThrownBy(() -> ImageReference.of("quay.io/fcos@" + SHA256, Digest.parse(SHA256_B)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid image repository \"quay.io/fcos@" + SHA256 + "\": expected a repository without"
                        + " tag or digest, but found digest \"" + SHA256 + "\"");
    }

    @Test
    void ofRejectsAnInvalidRepository() {
        assertThatThrownBy(() -> ImageReference.of("quay.io/FCOS", Digest.parse(SHA256)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid image reference \"quay.io/FCOS\": expected " + PATH_SHAPE
                        + ", but uppercase letters are not allowed in a repository path (component \"FCOS\")");
    }

    @Test
    void equalityIsByText() {
        ImageReference a = ImageReference.parse("quay.io/fcos:stable");
        ImageReference b = ImageReference.parse("quay.io/fcos:stable");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(ImageReference.parse("quay.io/fcos:testing"));
        assertThat(a).isNotEqualTo("quay.io/fcos:stable");
    }
}
