/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.json.JsonTrees;
import io.github.coreosrelease.core.model.DocumentMetadata;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.model.release.Artifact;
import io.github.coreosrelease.core.model.release.ArtifactFormat;
import io.github.coreosrelease.core.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamMetadataTest {
    private final StreamMetadata stream =
            DocumentReader.standard().read(DocumentType.STREAM, Fixtures.model("stream-small.json"));

    @Test
    void readsStreamAndMetadata() {
        assertThat(stream.stream()).isEqualTo("stable");
        assertThat(stream.metadata())
                .isEqualTo(DocumentMetadata.builder()
                        .lastModified("2025-01-02T03:04:05Z")
                        .generator("fedora-coreos-stream-generator v0.4.0")
                        .build());
        assertThat(stream.architectures().keySet()).containsExactly("x86_64");
    }

    @Test
    void readsPlatformArtifactsWithTheSharedArtifactType() {
        StreamPlatform metal = stream.architectures().get("x86_64").artifacts().get("metal");

        assertThat(metal.release()).isEqualTo("41.20250101.3.0");
        assertThat(metal.formats())
                .isEqualTo(Map.of(
                        "raw.xz",
                        ArtifactFormat.builder()
                                .disk(Artifact.builder()
                                        .location("https://example.org/metal.raw.xz")
                                        .signature("https://example.org/metal.raw.xz.sig")
                                        .sha256("a2".repeat(32))
                                        .uncompressedSha256("b2".repeat(32))
                                        .build())
                                .build()));
    }

    @Test
    void readsEveryCloudImageShape() {
        StreamImages images = stream.architectures().get("x86_64").images().orElseThrow();

        assertThat(images.aws().orElseThrow().regions())
                .hasValue(Map.of(
                        "us-east-1",
                        StreamRegionImage.builder()
                                .release("41.20250101.3.0")
                                .image("ami-0123456789abcdef0")
                                .build()));
        assertThat(images.aliyun()).hasValue(StreamRegionImages.builder().build());
        assertThat(images.aliyun().orElseThrow().regions()).isEmpty();
        assertThat(images.gcp())
                .hasValue(StreamGcpImage.builder()
                        .release("41.20250101.3.0")
                        .project("fedora-coreos-cloud")
                        .name("fedora-coreos-41-gcp-x86-64")
                        .build());
        assertThat(images.gcp().orElseThrow().family()).isEmpty();
        assertThat(images.kubevirt())
                .hasValue(StreamContainerImage.builder()
                        .release("41.20250101.3.0")
                        .image("quay.io/fedora/fedora-coreos-kubevirt:stable")
                        .digestRef("quay.io/fedora/fedora-coreos-kubevirt@sha256:" + "50".repeat(32))
                        .build());
        assertThat(images.ibmcloud().orElseThrow().regions())
                .hasValue(Map.of(
                        "us-south",
                        StreamRegionObject.builder()
                                .release("41.20250101.3.0")
                                .object("fcos-41.qcow2")
                                .bucket("fcos-us-south")
                                .url("https://example.org/fcos-41.qcow2")
                                .build()));
        assertThat(images.powervs()).isEmpty();
        assertThat(images.extraFields()).containsExactly(Map.entry("future-cloud", RawJson.of("{\"regions\":{}}")));
    }

    @Test
    void readsRhelCoreosExtensions() {
        assertThat(stream.architectures().get("x86_64").rhelCoreosExtensions())
                .hasValue(StreamRhelCoreosExtensions.builder()
                        .azureDisk(StreamAzureDisk.builder()
                                .release("41.20250101.3.0")
                                .url("https://example.org/azure.vhd")
                                .build())
                        .build());
    }

    @Test
    void roundTripsExactly() {
        byte[] written = DocumentWriter.compact().write(DocumentType.STREAM, stream);

        assertThat(JsonTrees.tree(written)).isEqualTo(JsonTrees.tree(Fixtures.model("stream-small.json")));
        assertThat(DocumentReader.standard().read(DocumentType.STREAM, written)).isEqualTo(stream);
    }
}
