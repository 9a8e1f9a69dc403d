/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.testing.Corpus;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RpmOstreeStatusTest {
    static RpmOstreeStatus read(String json) {
        return RpmOstreeStatus.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheOciBootedSample() {
        RpmOstreeStatus status = RpmOstreeStatus.read(Corpus.file("rpm-ostree/rpm-ostree-status.json"));

        assertThat(status.deployments()).hasSize(1);
        RpmOstreeDeployment deployment = status.deployments().get(0);
        assertThat(deployment.booted()).isTrue();
        assertThat(deployment.staged()).isFalse();
        assertThat(deployment.version()).contains("43.20251024.3.0");
        assertThat(deployment.checksum()).isEqualTo("36ff46d732a070a1bf10f7157f764e316f99a836dcdbf56702798e5042411fe9");
        assertThat(deployment.baseChecksum()).isEmpty();
        assertThat(deployment.containerImageReference())
                .contains("ostree-image-signed:docker://quay.io/fedora/fedora-coreos:stable");
        assertThat(deployment.containerImageReferenceDigest())
                .contains("sha256:ca99893c80a7b84dd84d4143bd27538207c2f38ab6647a58d9c8caa251f9a087");
        assertThat(deployment.baseCommitMeta().keySet())
                .containsExactly(
                        "ostree.manifest-digest",
                        "ostree.manifest",
                        "ostree.container.image-config",
                        "ostree.importer.version");
        assertThat(deployment.baseCommitMeta().get("ostree.importer.version")).isEqualTo(RawJson.of("\"0.15.3\""));
        assertThat(deployment.extraFields().keySet())
                .containsExactly(
                        "unlocked",
                        "requested-local-packages",
                        "base-removals",
                        "pinned",
                        "osname",
                        "base-remote-replacements",
                        "regenerate-initramfs",
                        "requested-base-local-replacements",
                        "id",
                        "requested-local-fileoverride-packages",
                        "requested-base-removals",
                        "requested-packages",
                        "serial",
                        "timestamp",
                        "packages",
                        "base-local-replacements");
        assertThat(deployment.extraFields().get("osname")).isEqualTo(RawJson.of("\"fedora-coreos\""));
        assertThat(status.extraFields())
                .containsExactly(
                        Map.entry("transaction", RawJson.of("null")),
                        Map.entry("cached-update", RawJson.of("null")),
                        Map.entry(
                                "update-driver",
                                RawJson.of("{\"driver-name\":\"Zincati\",\"driver-sd-unit\":\"zincati.service\"}")));
    }

    @Test
    void readsTheStagedSample() {
        RpmOstreeStatus status = RpmOstreeStatus.read(Corpus.file("rpm-ostree/rpm-ostree-staged.json"));

        assertThat(status.deployments()).hasSize(2);
        RpmOstreeDeployment staged = status.deployments().get(0);
        assertThat(staged.booted()).isFalse();
        assertThat(staged.staged()).isTrue();
        assertThat(staged.version()).contains("31.20200517.3.0");
        assertThat(staged.checksum()).isEqualTo("967b7b8d624e6d10ff51c2e81ef198fae966c567ac2e9b479771c693d0987949");
        assertThat(staged.containerImageReference()).isEmpty();
        assertThat(staged.baseCommitMeta().get("fedora-coreos.stream")).isEqualTo(RawJson.of("\"stable\""));
        RpmOstreeDeployment booted = status.deployments().get(1);
        assertThat(booted.booted()).isTrue();
        assertThat(booted.staged()).isFalse();
        assertThat(booted.version()).contains("31.20200505.3.0");
        assertThat(booted.checksum()).isEqualTo("01f074cc6cd88d8d2b43f821da692f2367c101eb4377802cb35092bde0ef02f7");
        assertThat(booted.extraFields().get("pending-base-checksum"))
                .isEqualTo(RawJson.of("\"967b7b8d624e6d10ff51c2e81ef198fae966c567ac2e9b479771c693d0987949\""));
        assertThat(status.extraFields().keySet()).containsExactly("transaction", "cached-update");
    }

    @Test
    void readsAMinimalDocument() {
        RpmOstreeStatus status = read("{\"deployments\":[{\"booted\":true,\"checksum\":\"abc\",\"staged\":null}]}");

        assertThat(status)
                .isEqualTo(RpmOstreeStatus.builder()
                        .addDeployment(RpmOstreeDeployment.builder()
                                .booted(true)
                                .checksum("abc")
                                .putExtraField("staged", RawJson.nullValue())
                                .build())
                        .build());
    }

    @Test
    void requiresDeployments() {
        assertThatThrownBy(() -> read("{\"transaction\": null}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage(
                        "rpm-ostree status: /deployments: missing required field \"deployments\" (line 1, column 1)")
                .extracting(e -> ((DocumentException) e).kind())
                .isEqualTo(DocumentKind.RPM_OSTREE_STATUS);
    }

    @Test
    void namesTheFieldOfTheWrongType() {
        assertThatThrownBy(() -> read("{\"deployments\": [\n  {\"booted\": \"yes\", \"checksum\": \"abc\"}\n]}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/booted: expected a boolean, found a string"
                        + " (line 2, column 14)");
    }

    @Test
    void requiresTheChecksum() {
        assertThatThrownBy(() -> read("{\"deployments\": [{\"booted\": false}]}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/checksum: missing required field \"checksum\""
                        + " (line 1, column 18)");
    }

    @Test
    void requiresBaseCommitMetaToBeAnObject() {
        assertThatThrownBy(() ->
                        read("{\"deployments\": [{\"booted\": true, \"checksum\": \"a\", \"base-commit-meta\": []}]}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/base-commit-meta: expected an object, found an array"
                        + " (line 1, column 72)");
    }

    @Test
    void rejectsMalformedJson() {
        assertThatThrownBy(() -> read("{\"deployments\": [}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments: malformed JSON: Unexpected close marker '}': expected"
                        + " ']' (for Array starting at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`"
                        + " disabled); line: 1, column: 17]) (line 1, column 18)");
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThatThrownBy(() -> RpmOstreeStatus.read(Path.of("/nonexistent/status.json")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read /nonexistent/status.json: no such file");
    }
}
