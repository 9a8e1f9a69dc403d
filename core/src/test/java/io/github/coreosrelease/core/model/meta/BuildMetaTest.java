/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.json.JsonTrees;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuildMetaTest {
    private static BuildMeta read(String fixture) {
        return DocumentReader.standard().read(DocumentType.META, Fixtures.model(fixture));
    }

    @Test
    void readsTheLegacyOscontainerEntryAsWritten() {
        BuildMeta meta = read("meta-legacy.json");

        assertThat(meta.buildId()).isEqualTo("410.84.202201010000-0");
        assertThat(meta.name()).isEqualTo("rhcos");
        assertThat(meta.ostreeCommit()).isEqualTo("1".repeat(64));
        assertThat(meta.ostreeTimestamp()).isEqualTo("2022-01-01T00:00:00Z");
        assertThat(meta.ostreeVersion()).isEqualTo("410.84.202201010000-0");
        assertThat(meta.coreosAssemblerBasearch()).hasValue("x86_64");
        assertThat(meta.coreosAssemblerImageGenver()).hasValue(0L);
        assertThat(meta.oscontainer())
                .hasValue(ContainerImage.builder()
                        .image("registry.example.org/rhcos/machine-os-content")
                        .digest("sha256:f8d18011913e87ae59d3781f3d07819267d43401ab444fb3b5794a5eb392b915")
                        .build());
        assertThat(meta.baseOscontainer()).isEmpty();
        assertThat(meta.coreosAssemblerContainerConfigGit())
                .hasValue(GitRecord.builder()
                        .commit("abcdef0123456789abcdef0123456789abcdef01")
                        .origin("https://example.org/openshift/os.git")
                        .branch("release-4.10")
                        .dirty("false")
                        .build());
        assertThat(meta.azure())
                .hasValue(CloudArtifact.builder()
                        .image("rhcos-410-azure.x86_64.vhd")
                        .url("https://example.org/imagebucket/rhcos-410-azure.x86_64.vhd")
                        .build());
        assertThat(meta.gcp())
                .hasValue(GcpUpload.builder()
                        .image("rhcos-410-84-202201010000-0")
                        .url("https://example.org/rhcos/410.tar.gz")
                        .build());
        assertThat(meta.aliyun())
                .hasValue(List.of(AliyunImage.builder()
                        .name("us-west-1")
                        .id("m-rj000000aaaa111azzzz")
                        .build()));
        assertThat(meta.pkgDiff())
                .hasValue(
                        List.of(RawJson.of("[\"kernel\",2,{\"NewPackage\":[\"kernel\",\"4.18.0-305\",\"x86_64\"]}]")));
        assertThat(meta.releasePayload().orElseThrow().tags()).hasValue(List.of("4.10.0-x86_64"));
        assertThat(meta.extraFields())
                .containsExactly(Map.entry("unknown-top-level", RawJson.of("{\"kept\":[1.50,true]}")));
    }

    @Test
    void readsArtifactsWithExactNumbersAndKeepsUnknownArtifacts() {
        MetaImages images = read("meta-legacy.json").images().orElseThrow();

        assertThat(images.ostree())
                .isEqualTo(MetaArtifact.builder()
                        .path("rhcos-410.84.202201010000-0-ostree.x86_64.tar")
                        .sha256("2".repeat(64))
                        .size(new BigDecimal("814407680"))
                        .build());
        MetaArtifact qemu = images.qemu().orElseThrow();
        assertThat(qemu.size()).hasValue(new BigDecimal("1.0"));
        assertThat(qemu.size().orElseThrow().scale()).isEqualTo(1);
        assertThat(qemu.uncompressedSha256()).hasValue("4".repeat(64));
        assertThat(qemu.uncompressedSize()).hasValue(2476539904L);
        assertThat(qemu.skipCompression()).hasValue(false);
        assertThat(images.metal()).isEmpty();
        assertThat(images.byName()).containsOnlyKeys("ostree", "qemu");
        assertThat(images.extraFields()).containsOnlyKeys("future-cloud");
    }

    @Test
    void readsThePinnedBaseOscontainerEntryWithoutInventingFields() {
        BuildMeta meta = read("meta-pinned.json");

        ContainerImage base = meta.baseOscontainer().orElseThrow();
        assertThat(base.image()).isEqualTo("quay.io/fedora/fedora-coreos@sha256:" + "7".repeat(64));
        assertThat(base.digest()).isEmpty();
        assertThat(base.manifestListDigest()).isEmpty();
        assertThat(base.tags()).isEmpty();
        assertThat(base.comment()).isEmpty();
        assertThat(base.additionalImages()).isEmpty();
        assertThat(meta.oscontainer()).isEmpty();
        assertThat(meta.amis())
                .hasValue(List.of(
                        AwsAmi.builder()
                                .name("us-east-1")
                                .hvm("ami-0123456789abcdef0")
                                .snapshot("snap-0123456789abcdef0")
                                .build(),
                        AwsAmi.builder()
                                .name("eu-north-1")
                                .hvm("ami-0fedcba9876543210")
                                .build()));
        assertThat(meta.pkgDiff()).hasValue(List.of());
        assertThat(meta.parentPkgDiff()).isEmpty();
        assertThat(meta.coreosAssemblerMetaStamp()).hasValue(new BigDecimal("1686268800123456789"));
    }

    @Test
    void readsTheSplitShapeWithEveryField() {
        BuildMeta meta = read("meta-split.json");

        ContainerImage base = meta.baseOscontainer().orElseThrow();
        assertThat(base.image()).isEqualTo("quay.io/fedora/fedora-coreos");
        assertThat(base.digest()).hasValue("sha256:" + "10".repeat(32));
        assertThat(base.manifestListDigest()).hasValue("sha256:" + "20".repeat(32));
        assertThat(base.tags()).hasValue(List.of("stable", "41.20250101.3.0-x86_64"));
        assertThat(base.comment()).hasValue("pushed by the release job");
        assertThat(base.additionalImages())
                .hasValue(List.of(ContainerImage.builder()
                        .image("quay.io/fedora/fedora-coreos-extra")
                        .digest("sha256:" + "30".repeat(32))
                        .tags(List.of())
                        .build()));
        assertThat(meta.extensionsContainer().orElseThrow().tags()).hasValue(List.of("41.20250101.3.0-extensions"));
        assertThat(meta.kubevirt().orElseThrow().digest()).hasValue("sha256:" + "50".repeat(32));
        assertThat(meta.coreosAssemblerOciImported()).hasValue(true);
        assertThat(meta.coreosAssemblerDelayedMetaMerge()).hasValue(false);
        assertThat(meta.coreosAssemblerOciImportedLabels())
                .hasValue(Map.of(
                        "com.coreos.stream", "stable",
                        "org.opencontainers.image.version", "41.20250101.3.0"));
        assertThat(meta.coreosAssemblerMetaStamp()).hasValue(new BigDecimal("1.0"));
        assertThat(meta.ostreeContentChecksum()).hasValue("aaaa" + "9".repeat(60));
        assertThat(meta.ibmcloud())
                .hasValue(List.of(CloudArtifact.builder()
                        .object("fedora-coreos-41-ibmcloud.qcow2")
                        .bucket("fcos-ibmcloud-us-east")
                        .region("us-east")
                        .url("https://s3.us-east.example.org/fcos-ibmcloud-us-east/fedora-coreos-41-ibmcloud.qcow2")
                        .build()));
        assertThat(meta.powervs()).hasValue(List.of());
        assertThat(meta.amis()).isEmpty();
        assertThat(meta.extraFields()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"meta-legacy.json", "meta-pinned.json", "meta-split.json"})
    void fixturesRoundTripExactly(String fixture) {
        byte[] original = Fixtures.model(fixture);
        BuildMeta meta = read(fixture);

        assertThat(JsonTrees.tree(DocumentWriter.compact().write(DocumentType.META, meta)))
                .isEqualTo(JsonTrees.tree(original));
        assertThat(read(fixture)).isEqualTo(meta);
    }

    @Test
    void writesKnownFieldsInSortedKeyOrderThenUnknownFields() {
        String json = "{\"zzz\":1,\"ostree-version\":\"v\",\"name\":\"n\",\"ostree-commit\":\"c\","
                + "\"buildid\":\"b\",\"ostree-timestamp\":\"t\",\"amis\":[{\"snapshot\":\"s\",\"name\":\"r\","
                + "\"hvm\":\"h\"}],\"coreos-assembler.basearch\":\"x86_64\",\"build-url\":\"u\"}";
        BuildMeta meta = DocumentReader.standard().read(DocumentType.META, json.getBytes(StandardCharsets.UTF_8));

        assertThat(DocumentWriter.compact().writeString(DocumentType.META, meta))
                .isEqualTo("{\"amis\":[{\"hvm\":\"h\",\"name\":\"r\",\"snapshot\":\"s\"}],\"build-url\":\"u\","
                        + "\"buildid\":\"b\",\"coreos-assembler.basearch\":\"x86_64\",\"name\":\"n\","
                        + "\"ostree-commit\":\"c\",\"ostree-timestamp\":\"t\",\"ostree-version\":\"v\",\"zzz\":1}");
    }

    @Test
    void explicitNullIsAbsentForOptionalFieldsAndKeptForWriting() {
        String json = "{\"base-oscontainer\":null,\"buildid\":\"b\",\"name\":\"n\",\"ostree-commit\":\"c\","
                + "\"ostree-timestamp\":\"t\",\"ostree-version\":\"v\",\"summary\":null}";
        BuildMeta meta = DocumentReader.standard().read(DocumentType.META, json.getBytes(StandardCharsets.UTF_8));

        assertThat(meta.baseOscontainer()).isEqualTo(Optional.empty());
        assertThat(meta.summary()).isEmpty();
        assertThat(meta.extraFields())
                .containsExactly(
                        Map.entry("base-oscontainer", RawJson.nullValue()), Map.entry("summary", RawJson.nullValue()));
        assertThat(DocumentWriter.compact().writeString(DocumentType.META, meta))
                .isEqualTo(json);
    }
}
