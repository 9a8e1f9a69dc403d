/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.ref.ImageReference;
import org.junit.jupiter.api.Test;

class BootedTest {
    static final String CHECKSUM = "25d3bcf965998cf24ca80c72aa04c176f527a54df4e846fdf4f409d2c288d7f1";
    static final String PULLSPEC =
            "quay.io/fedora/fedora-coreos@sha256:ca99893c80a7b84dd84d4143bd27538207c2f38ab6647a58d9c8caa251f9a087";

    @Test
    void parsesAChecksum() {
        Booted booted = Booted.parse(CHECKSUM);

        assertThat(booted.oci()).isFalse();
        assertThat(booted.payload()).isEqualTo(CHECKSUM);
        assertThat(booted.scheme()).isEqualTo("checksum");
        assertThat(booted).isEqualTo(Booted.checksum(CHECKSUM));
    }

    @Test
    void parsesADigestPullspec() {
        Booted booted = Booted.parse(PULLSPEC);

        assertThat(booted.oci()).isTrue();
        assertThat(booted.payload()).isEqualTo(PULLSPEC);
        assertThat(booted.scheme()).isEqualTo("oci");
        assertThat(booted).isEqualTo(Booted.oci(ImageReference.parse(PULLSPEC)));
    }

    @Test
    void refusesATaggedReference() {
        assertThatThrownBy(() -> Booted.parse("quay.io/fedora/fedora-coreos:stable"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid booted deployment \"quay.io/fedora/fedora-coreos:stable\": expected an OSTree"
                        + " checksum or an image reference with a digest (the image reference has no digest)");
    }

    @Test
    void refusesAnInvalidReference() {
        assertThatThrownBy(() -> Booted.parse("Quay.io/Fedora@sha256:abc"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith(
                        "invalid booted deployment \"Quay.io/Fedora@sha256:abc\": expected an OSTree"
                                + " checksum or an image reference with a digest (as an image reference it is invalid: expected ");
    }

    @Test
    void acceptsAnyNonEmptyChecksumAsZincatiDoes() {
        Booted mock = Booted.parse("sha-mock");
        Booted upper = Booted.parse(CHECKSUM.toUpperCase(java.util.Locale.ROOT));

        assertThat(mock.oci()).isFalse();
        assertThat(mock.payload()).isEqualTo("sha-mock");
        assertThat(mock).isEqualTo(Booted.checksum("sha-mock"));
        assertThat(upper.oci()).isFalse();
        assertThat(Booted.checksum("abc").payload()).isEqualTo("abc");
    }

    @Test
    void refusesAnEmptyChecksum() {
        assertThatThrownBy(() -> Booted.checksum(""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid OSTree checksum \"\": expected a non-empty checksum");
        assertThatThrownBy(() -> Booted.parse(""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid booted deployment \"\": expected an OSTree checksum or an image reference with a"
                        + " digest (it is empty)");
    }

    @Test
    void refusesATaggedImage() {
        assertThatThrownBy(() -> Booted.oci(ImageReference.parse("quay.io/fedora/fedora-coreos:stable")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid booted image reference \"quay.io/fedora/fedora-coreos:stable\": expected an"
                        + " image reference with a digest (repo@sha256:...)");
    }

    @Test
    void theGeneratedFactoryChecksToo() {
        assertThatThrownBy(() -> ImmutableBooted.of(false, ""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid OSTree checksum \"\": expected a non-empty checksum");
    }
}
