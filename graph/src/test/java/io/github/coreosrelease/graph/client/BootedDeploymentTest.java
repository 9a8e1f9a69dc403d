/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.testing.Corpus;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BootedDeploymentTest {
    static final String DIGEST = "sha256:ca99893c80a7b84dd84d4143bd27538207c2f38ab6647a58d9c8caa251f9a087";
    static final String PULLSPEC = "quay.io/fedora/fedora-coreos@" + DIGEST;
    static final String SUM_A = "a".repeat(64);
    static final String SUM_B = "b".repeat(64);

    static BootedDeployment from(String... deployments) {
        String json = "{\"deployments\":[" + String.join(",", deployments) + "]}";
        return BootedDeployment.from(RpmOstreeStatus.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** A JSON string literal holding {@code text}. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String ociDeployment(String meta) {
        return "{\"booted\":true,\"version\":\"41.1\",\"checksum\":\"" + SUM_A + "\","
                + "\"container-image-reference\":\"ostree-unverified-registry:quay.io/fedora/fedora-coreos:next\","
                + "\"container-image-reference-digest\":\"" + DIGEST + "\",\"base-commit-meta\":{" + meta + "}}";
    }

    static String imageConfig(String labels) {
        return "\"ostree.container.image-config\":" + quoted("{\"config\":{\"Labels\":" + labels + "}}");
    }

    static String manifest(String annotations) {
        return "\"ostree.manifest\":" + quoted("{\"schemaVersion\":2,\"annotations\":" + annotations + "}");
    }

    @Test
    void readsTheOciBootedSample() {
        BootedDeployment deployment =
                BootedDeployment.from(RpmOstreeStatus.read(Corpus.file("rpm-ostree/rpm-ostree-status.json")));

        assertThat(deployment)
                .isEqualTo(BootedDeployment.builder().version("43.20251024.3.0").booted(Booted.parse(PULLSPEC)).stream(
                                "stable")
                        .build());
        assertThat(deployment.oci()).isTrue();
        assertThat(deployment.booted().payload()).isEqualTo(PULLSPEC);
    }

    @Test
    void readsTheOciBootedSampleWithTheStreamAnnotation() {
        BootedDeployment deployment = BootedDeployment.from(
                RpmOstreeStatus.read(Corpus.file("rpm-ostree/rpm-ostree-status-annotation.json")));

        assertThat(deployment)
                .isEqualTo(BootedDeployment.builder().version("43.20251024.3.0").booted(Booted.parse(PULLSPEC)).stream(
                                "stable")
                        .build());
    }

    @Test
    void readsTheOstreeBootedSampleWithAStagedUpdate() {
        BootedDeployment deployment =
                BootedDeployment.from(RpmOstreeStatus.read(Corpus.file("rpm-ostree/rpm-ostree-staged.json")));

        assertThat(deployment)
                .isEqualTo(BootedDeployment.builder()
                        .version("31.20200505.3.0")
                        .booted(Booted.checksum("01f074cc6cd88d8d2b43f821da692f2367c101eb4377802cb35092bde0ef02f7"))
                        .stream("stable")
                        .staged(StagedDeployment.builder()
                                .version("31.20200517.3.0")
                                .payload(Booted.checksum(
                                        "967b7b8d624e6d10ff51c2e81ef198fae966c567ac2e9b479771c693d0987949"))
                                .build())
                        .addOtherDeployment(
                                Booted.checksum("967b7b8d624e6d10ff51c2e81ef198fae966c567ac2e9b479771c693d0987949"))
                        .build());
        assertThat(deployment.denylistPayloads())
                .containsExactly("967b7b8d624e6d10ff51c2e81ef198fae966c567ac2e9b479771c693d0987949");
        assertThat(deployment.oci()).isFalse();
    }

    @Test
    void theImageConfigLabelWinsOverTheManifestAnnotation() {
        BootedDeployment deployment = from(ociDeployment(imageConfig("{\"com.coreos.stream\":\"next\"}") + ","
                + manifest("{\"fedora-coreos.stream\":\"stable\"}")));

        assertThat(deployment.stream()).contains("next");
        assertThat(deployment.booted().payload()).isEqualTo(PULLSPEC);
    }

    @Test
    void fallsBackToTheManifestAnnotation() {
        BootedDeployment deployment = from(ociDeployment(
                imageConfig("{\"other\":\"x\"}") + "," + manifest("{\"fedora-coreos.stream\":\"testing\"}")));

        assertThat(deployment.stream()).contains("testing");
    }

    @Test
    void aNodeWithoutStreamMetadataHasNoStream() {
        assertThat(from(ociDeployment(imageConfig("null"))).stream()).isEmpty();
        assertThat(from(ociDeployment("")).stream()).isEmpty();
    }

    @Test
    void theStreamIsReadTheSameWayForOciAndOstreeBootedNodes() {
        // Rebased to an image by tag: container-image-reference without a digest, OSTree-booted.
        String byTag = "{\"booted\":true,\"version\":\"41.1\",\"checksum\":\"" + SUM_A + "\","
                + "\"container-image-reference\":\"ostree-unverified-registry:quay.io/fedora/fedora-coreos:next\","
                + "\"base-commit-meta\":{" + imageConfig("{\"com.coreos.stream\":\"next\"}") + "}}";
        String annotated = "{\"booted\":true,\"version\":\"41.1\",\"checksum\":\"" + SUM_A + "\","
                + "\"base-commit-meta\":{" + manifest("{\"fedora-coreos.stream\":\"testing\"}") + "}}";

        BootedDeployment tagged = from(byTag);

        assertThat(tagged.oci()).isFalse();
        assertThat(tagged.booted()).isEqualTo(Booted.checksum(SUM_A));
        assertThat(tagged.stream()).contains("next");
        assertThat(from(annotated).stream()).contains("testing");
        // The commit metadata key of OSTree commits is the last resort, for OCI-booted nodes too.
        assertThat(from(ociDeployment("\"fedora-coreos.stream\":\"stable\"")).stream())
                .contains("stable");
        assertThat(from(ociDeployment(imageConfig("{\"com.coreos.stream\":\"next\"}")
                                + ",\"fedora-coreos.stream\":\"stable\""))
                        .stream())
                .contains("next");
    }

    @Test
    void theOtherDeploymentsAreDenyListed() {
        BootedDeployment deployment = from(
                "{\"booted\":false,\"staged\":true,\"version\":\"41.3\",\"checksum\":\"sha-staged\"}",
                "{\"booted\":true,\"version\":\"41.1\",\"checksum\":\"sha-mock\"}",
                "{\"booted\":false,\"version\":\"41.2\",\"checksum\":\"" + SUM_A + "\",\"base-checksum\":\"" + SUM_B
                        + "\"}",
                ociDeployment("").replace("\"booted\":true", "\"booted\":false"));

        assertThat(deployment.booted()).isEqualTo(Booted.checksum("sha-mock"));
        assertThat(deployment.otherDeployments())
                .containsExactly(Booted.checksum("sha-staged"), Booted.checksum(SUM_B), Booted.parse(PULLSPEC));
        assertThat(deployment.denylistPayloads()).containsExactly("sha-staged", SUM_B, PULLSPEC);
    }

    @Test
    void prefersTheBaseChecksumOfALayeredDeployment() {
        BootedDeployment deployment = from("{\"booted\":true,\"version\":\"40.1\",\"checksum\":\"" + SUM_A
                + "\",\"base-checksum\":\"" + SUM_B + "\"}");

        assertThat(deployment.booted()).isEqualTo(Booted.checksum(SUM_B));
        assertThat(deployment.stream()).isEmpty();
        assertThat(deployment.staged()).isEmpty();
    }

    @Test
    void aReferenceWithoutDigestIsOstreeBooted() {
        BootedDeployment deployment = from("{\"booted\":true,\"version\":\"40.1\",\"checksum\":\"" + SUM_A
                + "\",\"container-image-reference\":\"ostree-unverified-registry:quay.io/a/b:c\"}");

        assertThat(deployment.booted()).isEqualTo(Booted.checksum(SUM_A));
    }

    @Test
    void takesTheFirstBootedDeployment() {
        BootedDeployment deployment = from(
                "{\"booted\":false,\"version\":\"40.0\",\"checksum\":\"" + SUM_B + "\"}",
                "{\"booted\":true,\"version\":\"40.1\",\"checksum\":\"" + SUM_A + "\"}",
                "{\"booted\":true,\"version\":\"40.2\",\"checksum\":\"" + SUM_B + "\"}");

        assertThat(deployment.version()).isEqualTo("40.1");
    }

    @Test
    void failsWithoutABootedDeployment() {
        assertThatThrownBy(() -> from("{\"booted\":false,\"version\":\"40.0\",\"checksum\":\"" + SUM_B + "\"}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments: expected a deployment with \"booted\": true, found none"
                        + " among 1 deployments");
    }

    @Test
    void failsWithoutAVersion() {
        assertThatThrownBy(() -> from("{\"booted\":true,\"checksum\":\"" + SUM_A + "\"}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/version: missing required field \"version\"");
    }

    @Test
    void failsWithAnEmptyVersion() {
        assertThatThrownBy(() -> from("{\"booted\":true,\"version\":\"\",\"checksum\":\"" + SUM_A + "\"}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/version: expected a non-empty version, found an empty"
                        + " string");
    }

    @Test
    void failsWithAnEmptyStagedVersion() {
        assertThatThrownBy(() -> from(
                        "{\"booted\":false,\"staged\":true,\"version\":\"\",\"checksum\":\"" + SUM_B + "\"}",
                        "{\"booted\":true,\"version\":\"40.1\",\"checksum\":\"" + SUM_A + "\"}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/version: expected a non-empty version, found an empty"
                        + " string");
    }

    @Test
    void failsWithAnEmptyChecksum() {
        assertThatThrownBy(() -> from("{\"booted\":true,\"version\":\"40.1\",\"checksum\":\"\"}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/checksum: invalid OSTree checksum \"\": expected a"
                        + " non-empty checksum");
        assertThatThrownBy(() -> from(
                        "{\"booted\":true,\"version\":\"40.1\",\"checksum\":\"" + SUM_A + "\",\"base-checksum\":\"\"}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/base-checksum: invalid OSTree checksum \"\": expected"
                        + " a non-empty checksum");
        assertThatThrownBy(() -> from(
                        "{\"booted\":false,\"version\":\"40.0\",\"checksum\":\"\"}",
                        "{\"booted\":true,\"version\":\"40.1\",\"checksum\":\"" + SUM_A + "\"}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/checksum: invalid OSTree checksum \"\": expected a"
                        + " non-empty checksum");
    }

    @Test
    void failsWithAMalformedDigest() {
        String deployment = ociDeployment("").replace(DIGEST, "sha256:abc");

        assertThatThrownBy(() -> from(deployment))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/container-image-reference-digest: invalid"
                        + " digest \"sha256:abc\": expected exactly 64 lowercase hex characters after \"sha256:\", but"
                        + " found 3 characters");
    }

    @Test
    void failsWithAMalformedImageReference() {
        String deployment = ociDeployment("")
                .replace("ostree-unverified-registry:quay.io/fedora/fedora-coreos:next", "docker://quay.io/a/b");

        assertThatThrownBy(() -> from(deployment))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/container-image-reference: invalid OSTree"
                        + " image reference \"docker://quay.io/a/b\": expected a signature policy prefix"
                        + " ostree-unverified-registry:, ostree-unverified-image:, ostree-remote-registry:,"
                        + " ostree-remote-image: or ostree-image-signed:, but found \"docker:\"");
    }

    @Test
    void failsWithAnImageOutsideARegistry() {
        String deployment = ociDeployment("")
                .replace(
                        "ostree-unverified-registry:quay.io/fedora/fedora-coreos:next",
                        "ostree-unverified-image:oci:/var/img");

        assertThatThrownBy(() -> from(deployment))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/container-image-reference: invalid OSTree"
                        + " image reference \"ostree-unverified-image:oci:/var/img\": expected an image on a registry"
                        + " transport (registry: or docker://) to derive a booted payload from, but the transport is"
                        + " oci:");
    }

    @Test
    void failsWithAnEmptyStreamLabel() {
        assertThatThrownBy(() -> from(ociDeployment(imageConfig("{\"com.coreos.stream\":\"\"}") + ","
                        + manifest("{\"fedora-coreos.stream\":\"stable\"}"))))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/base-commit-meta/ostree.container.image-config: label"
                        + " com.coreos.stream of the image configuration: expected a non-empty stream name, found an"
                        + " empty string");
    }

    @Test
    void failsWithAnEmptyStreamAnnotation() {
        assertThatThrownBy(() -> from(ociDeployment(manifest("{\"fedora-coreos.stream\":\"\"}"))))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/base-commit-meta/ostree.manifest: annotation"
                        + " fedora-coreos.stream of the image manifest: expected a non-empty stream name, found an"
                        + " empty string");
    }

    @Test
    void failsWithAnEmptyOstreeStream() {
        assertThatThrownBy(() -> from("{\"booted\":true,\"version\":\"40.1\",\"checksum\":\"" + SUM_A
                        + "\",\"base-commit-meta\":{\"fedora-coreos.stream\":\"\"}}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/base-commit-meta/fedora-coreos.stream: expected a"
                        + " non-empty stream name, found an empty string");
    }

    @Test
    void failsWhenTheOstreeStreamIsNotAString() {
        assertThatThrownBy(() -> from("{\"booted\":true,\"version\":\"40.1\",\"checksum\":\"" + SUM_A
                        + "\",\"base-commit-meta\":{\"fedora-coreos.stream\":7}}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/base-commit-meta/fedora-coreos.stream: expected a"
                        + " string, found the number 7");
    }

    @Test
    void failsWhenTheImageConfigIsNotJson() {
        assertThatThrownBy(() -> from(ociDeployment("\"ostree.container.image-config\":\"{nope\"")))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/base-commit-meta/ostree.container.image-config: in the"
                        + " JSON document inside this string, at /: malformed JSON: Unexpected character ('n' (code"
                        + " 110)): was expecting double-quote to start field name (line 1, column 2 of the string)");
    }

    @Test
    void failsWhenTheImageConfigIsNotAString() {
        assertThatThrownBy(() -> from(ociDeployment("\"ostree.container.image-config\":{\"config\":{}}")))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/base-commit-meta/ostree.container.image-config:"
                        + " expected a string, found an object");
    }

    @Test
    void failsWhenTheLabelsAreNotAnObject() {
        assertThatThrownBy(() -> from(ociDeployment(imageConfig("[\"com.coreos.stream\"]"))))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/base-commit-meta/ostree.container.image-config: in the"
                        + " JSON document inside this string, at /config/Labels: expected an object, found an array");
    }

    @Test
    void failsWhenTheAnnotationIsNotAString() {
        assertThatThrownBy(() -> from(ociDeployment(manifest("{\"fedora-coreos.stream\":true}"))))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/base-commit-meta/ostree.manifest: in the JSON document"
                        + " inside this string, at /annotations/fedora-coreos.stream: expected a string, found a"
                        + " boolean");
    }
}
