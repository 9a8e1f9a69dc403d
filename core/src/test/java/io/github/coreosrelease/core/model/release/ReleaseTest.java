/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.json.JsonTrees;
import io.github.coreosrelease.core.model.DocumentMetadata;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseTest {
    private final Release release =
            DocumentReader.standard().read(DocumentType.RELEASE, Fixtures.model("release-small.json"));

    @Test
    void readsTheTopLevelAndKeepsArchitectureOrder() {
        assertThat(release.release()).isEqualTo("41.20250101.3.0");
        assertThat(release.stream()).isEqualTo("stable");
        assertThat(release.metadata())
                .hasValue(DocumentMetadata.builder()
                        .lastModified("2025-01-02T03:04:05Z")
                        .build());
        assertThat(release.architectures().keySet()).containsExactly("x86_64", "aarch64");
        assertThat(release.extraFields()).isEmpty();
    }

    @Test
    void readsCommitOciImageAndExtensions() {
        ReleaseArch x86 = release.architectures().get("x86_64");

        assertThat(x86.commit()).hasValue("9".repeat(64));
        assertThat(x86.ociImage())
                .hasValue(ReleaseOciImage.builder()
                        .image("quay.io/fedora/fedora-coreos:stable")
                        .digestRef("quay.io/fedora/fedora-coreos@sha256:" + "10".repeat(32))
                        .build());
        assertThat(x86.rhelCoreosExtensions())
                .hasValue(RhelCoreosExtensions.builder()
                        .azureDisk(AzureDisk.builder()
                                .url("https://example.org/azure.vhd")
                                .build())
                        .build());
        assertThat(x86.media().keySet()).containsExactly("aws", "gcp", "ibmcloud", "kubevirt", "metal");
        ReleaseArch arm = release.architectures().get("aarch64");
        assertThat(arm.commit()).isEmpty();
        assertThat(arm.ociImage()).isEmpty();
    }

    @Test
    void typesPlatformImagesByPlatform() {
        Map<String, ReleaseMedia> media = release.architectures().get("x86_64").media();

        ReleaseMedia aws = media.get("aws");
        assertThat(aws.regionImages())
                .hasValue(Map.of(
                        "us-east-1",
                                RegionImage.builder()
                                        .image("ami-0123456789abcdef0")
                                        .build(),
                        "eu-north-1",
                                RegionImage.builder()
                                        .image("ami-0fedcba9876543210")
                                        .build()));
        assertThat(aws.regionImages().orElseThrow().keySet()).containsExactly("us-east-1", "eu-north-1");
        assertThat(aws.cloudObjects()).isEmpty();
        assertThat(media.get("gcp").gcpImage())
                .hasValue(GcpImage.builder()
                        .project("fedora-coreos-cloud")
                        .family("fedora-coreos-stable")
                        .name("fedora-coreos-41-gcp-x86-64")
                        .build());
        assertThat(media.get("ibmcloud").cloudObjects())
                .hasValue(Map.of(
                        "us-south",
                        CloudObject.builder()
                                .object("fcos-41.qcow2")
                                .bucket("fcos-us-south")
                                .url("https://example.org/fcos-41.qcow2")
                                .build()));
        assertThat(media.get("kubevirt").kubevirtImage())
                .hasValue(KubevirtImage.builder()
                        .image("quay.io/fedora/fedora-coreos-kubevirt:stable")
                        .digestRef("quay.io/fedora/fedora-coreos-kubevirt@sha256:" + "50".repeat(32))
                        .build());
        ReleaseMedia future = release.architectures().get("aarch64").media().get("future-cloud");
        assertThat(future.regionImages()).isEmpty();
        assertThat(future.cloudObjects()).isEmpty();
        assertThat(future.extraFields())
                .containsExactly(Map.entry("images", RawJson.of("{\"region-1\":{\"anything\":1}}")));
    }

    @Test
    void readsArtifactsOfEveryKind() {
        Map<String, ReleaseMedia> media = release.architectures().get("x86_64").media();

        assertThat(media.get("aws").artifacts().get("vmdk.xz").disk())
                .hasValue(Artifact.builder()
                        .location("https://example.org/aws.vmdk.xz")
                        .signature("https://example.org/aws.vmdk.xz.sig")
                        .sha256("a1".repeat(32))
                        .uncompressedSha256("b1".repeat(32))
                        .build());
        ArtifactFormat pxe = media.get("metal").artifacts().get("pxe");
        assertThat(pxe.disk()).isEmpty();
        assertThat(pxe.kernel().orElseThrow().signature()).hasValue("");
        assertThat(pxe.kernel().orElseThrow().uncompressedSha256()).isEmpty();
        assertThat(pxe.initramfs().orElseThrow().location()).isEqualTo("https://example.org/initramfs.img");
        assertThat(pxe.rootfs().orElseThrow().sha256()).isEqualTo("e1".repeat(32));
        assertThat(media.get("gcp").artifacts()).isEmpty();
    }

    @Test
    void roundTripsExactly() {
        byte[] written = DocumentWriter.indented(2).write(DocumentType.RELEASE, release);

        assertThat(JsonTrees.tree(written)).isEqualTo(JsonTrees.tree(Fixtures.model("release-small.json")));
        assertThat(DocumentReader.standard().read(DocumentType.RELEASE, written))
                .isEqualTo(release);
    }

    @Test
    void refusesTwoValuesForOneJsonKey() {
        ReleaseMedia.Builder both = ReleaseMedia.builder()
                .regionImages(Map.of("r", RegionImage.builder().image("i").build()))
                .cloudObjects(Map.of(
                        "r",
                        CloudObject.builder().object("o").bucket("b").url("u").build()));

        assertThatThrownBy(both::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a release platform has either region images or cloud objects under \"images\", not both");
    }
}
