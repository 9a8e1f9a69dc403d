/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.coreosrelease.core.ConversionException;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.json.JsonTrees;
import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexOciImage;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.release.Artifact;
import io.github.coreosrelease.core.model.release.ArtifactFormat;
import io.github.coreosrelease.core.model.release.GcpImage;
import io.github.coreosrelease.core.model.release.RegionImage;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.release.ReleaseArch;
import io.github.coreosrelease.core.model.stream.StreamMetadata;
import io.github.coreosrelease.core.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pipeline conversions on the real documents of the shared corpus. */
class PipelineCorpusTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-01-05T10:15:52Z"), ZoneOffset.UTC);
    private static final String FCOS_BASE =
            "https://builds.coreos.fedoraproject.org/prod/streams/testing-devel/builds/31.20200310.20.0/x86_64/"
                    + "fedora-coreos-31.20200310.20.0-";

    private static <T> T corpus(DocumentType<T> type, String file) {
        return DocumentReader.standard().read(type, Corpus.file(file));
    }

    private static Release corpusRelease() {
        return corpus(DocumentType.RELEASE, "release/fcos-stable-33.20201201.3.0.json");
    }

    @Test
    void theFcosMetaBecomesARelease() {
        BuildMeta meta = corpus(DocumentType.META, "meta/fcos-x86_64.json");

        Release release = ReleaseMetaGenerator.generate(List.of(meta), ReleaseMetaOptions.defaults());

        assertThat(release.release()).isEqualTo("31.20200310.20.0");
        assertThat(release.stream()).isEqualTo("testing-devel");
        assertThat(release.metadata()).isEmpty();
        assertThat(release.architectures().keySet()).containsExactly("x86_64");
        ReleaseArch x86 = release.architectures().get("x86_64");
        assertThat(x86.commit()).hasValue("981ddd48f99d8d30caa85c81e02ab4f0d20b957f031db81b7bccfe8f54b679ce");
        assertThat(x86.ociImage()).isEmpty();
        assertThat(x86.rhelCoreosExtensions()).isEmpty();
        assertThat(x86.media().keySet())
                .containsExactly("aliyun", "aws", "azure", "exoscale", "gcp", "metal", "openstack", "qemu", "vmware");
        assertThat(x86.media().get("qemu").artifacts())
                .isEqualTo(Map.of(
                        "qcow2.xz",
                        ArtifactFormat.builder()
                                .disk(Artifact.builder()
                                        .location(FCOS_BASE + "qemu.x86_64.qcow2.xz")
                                        .signature(FCOS_BASE + "qemu.x86_64.qcow2.xz.sig")
                                        .sha256("99f76fe3bc89818aca638c754610997730d5f58a1850446a00bff9e51309c67a")
                                        .uncompressedSha256(
                                                "8f8c9f50b3ba9e19e28df398ea6ef48d5c472e94d4d6e481e9ef8bf02a31aad2")
                                        .build())
                                .build()));
        assertThat(x86.media().get("metal").artifacts().keySet()).containsExactly("raw.xz", "iso", "pxe");
        ArtifactFormat pxe = x86.media().get("metal").artifacts().get("pxe");
        assertThat(pxe.disk()).isEmpty();
        assertThat(pxe.kernel().map(Artifact::location)).hasValue(FCOS_BASE + "live-kernel-x86_64");
        assertThat(pxe.initramfs().map(Artifact::sha256))
                .hasValue("cbbf3a6cf94129afa598fba6b1d0e00738d80b5b43ee462d633ed4b8d59cc11b");
        assertThat(pxe.rootfs().map(Artifact::location)).hasValue(FCOS_BASE + "live-rootfs.x86_64.img");
        assertThat(x86.media().get("vmware").artifacts().keySet()).containsExactly("ova");
        assertThat(x86.media().get("gcp").artifacts().keySet()).containsExactly("tar.gz");
        assertThat(x86.media().get("gcp").gcpImage()).isEmpty();
        assertThat(x86.media().get("aws").regionImages())
                .hasValue(Map.of(
                        "us-east-1",
                        RegionImage.builder().image("ami-050291f5347c66dbb").build()));
        assertThat(x86.media().get("aliyun").regionImages()).isEmpty();
    }

    @Test
    void theRhcosMetaGivesAGcpImageWithoutProjectAsTheGeneratorDoes() {
        BuildMeta meta = corpus(DocumentType.META, "meta/rhcos-x86_64-legacy-oscontainer.json");

        Release release = ReleaseMetaGenerator.generate(
                List.of(meta), ReleaseMetaOptions.builder().stream("rhcos-4.4").build());

        GcpImage gcp = release.architectures()
                .get("x86_64")
                .media()
                .get("gcp")
                .gcpImage()
                .orElseThrow();
        assertThat(gcp.project()).isEmpty();
        assertThat(gcp.name()).isEqualTo(meta.gcp().orElseThrow().image());
        Release again = DocumentReader.standard()
                .read(DocumentType.RELEASE, DocumentWriter.compact().write(DocumentType.RELEASE, release));
        assertThat(again).isEqualTo(release);
    }

    @Test
    void theCorpusReleaseBecomesAnIndexEntry() {
        IndexRelease entry =
                ReleaseIndexUpdater.entry(corpusRelease(), ReleaseIndexUpdater.metadataUrl(corpusRelease()));

        assertThat(entry)
                .isEqualTo(IndexRelease.builder()
                        .version("33.20201201.3.0")
                        .metadata("https://builds.coreos.fedoraproject.org/prod/streams/stable/builds/33.20201201.3.0/"
                                + "release.json")
                        .commits(List.of(IndexCommit.builder()
                                .architecture("x86_64")
                                .checksum("cad80088392fe43bd3cadf0481c3267f199afa7d9f83bc03937ffdbf5ebbc6da")
                                .build()))
                        .ociImages(List.of(IndexOciImage.builder()
                                .architecture("x86_64")
                                .image("quay.io/fedora/fedora-coreos:stable")
                                .digestRef("quay.io/fedora/fedora-coreos@sha256:"
                                        + "460576931cf4ce59afe432ea266234f9d34fa77f8ca3087282084bc3a7324632")
                                .build()))
                        .build());
    }

    @Test
    void theCorpusIndexRefusesTheReleaseBecauseItIsNotTheLastEntry() {
        ReleaseIndex index = corpus(DocumentType.RELEASE_INDEX, "release-index/fcos-stable-early.json");
        Release release = corpusRelease();

        assertThatThrownBy(
                        () -> ReleaseIndexUpdater.add(index, release, ReleaseIndexUpdater.metadataUrl(release), CLOCK))
                .isInstanceOf(ConversionException.class)
                .hasMessage(
                        "release 33.20201201.3.0 is already in the index at position 25 of 26, not the last one: only"
                                + " the newest release can be updated");
    }

    @Test
    void theReleaseReplacesItsCommitOnlyEntryAtTheEndOfTheCorpusIndex() {
        ReleaseIndex full = corpus(DocumentType.RELEASE_INDEX, "release-index/fcos-stable-early.json");
        ReleaseIndex upTo = ReleaseIndex.builder()
                .from(full)
                .releases(full.releases().subList(0, 25))
                .build();
        Release release = corpusRelease();

        IndexUpdate update = ReleaseIndexUpdater.add(upTo, release, ReleaseIndexUpdater.metadataUrl(release), CLOCK);

        assertThat(update.change()).isEqualTo(IndexChange.REPLACED);
        assertThat(update.index().releases()).hasSize(25);
        assertThat(update.index().releases().subList(0, 24))
                .isEqualTo(full.releases().subList(0, 24));
        assertThat(update.index().releases().get(24))
                .isEqualTo(ReleaseIndexUpdater.entry(release, ReleaseIndexUpdater.metadataUrl(release)));
        assertThat(update.index().note()).isEqualTo(full.note());
        assertThat(update.index().metadata().orElseThrow().lastModified()).hasValue("2021-01-05T10:15:52Z");

        ReleaseIndex before = ReleaseIndex.builder()
                .from(full)
                .releases(full.releases().subList(0, 24))
                .build();
        IndexUpdate appended =
                ReleaseIndexUpdater.add(before, release, ReleaseIndexUpdater.metadataUrl(release), CLOCK);
        assertThat(appended.change()).isEqualTo(IndexChange.APPENDED);
        assertThat(appended.index()).isEqualTo(update.index());
    }

    @Test
    void theCorpusReleaseBecomesTheStreamMetadataOfItsDay() {
        StreamMetadata stream = StreamMetadataGenerator.fromRelease(corpusRelease(), CLOCK);
        JsonNode ours = JsonTrees.tree(DocumentWriter.compact().write(DocumentType.STREAM, stream));
        JsonNode published = JsonTrees.tree(DocumentWriter.compact()
                .write(DocumentType.STREAM, corpus(DocumentType.STREAM, "streams/fcos-stable-2020-12.json")));

        assertThat(ours.at("/stream").asText()).isEqualTo("stable");
        assertThat(ours.at("/metadata/last-modified").asText()).isEqualTo("2021-01-05T10:15:52Z");
        assertThat(ours.at("/architectures/x86_64/artifacts"))
                .isEqualTo(published.at("/architectures/x86_64/artifacts"));
        assertThat(ours.at("/architectures/x86_64/images/aws"))
                .isEqualTo(published.at("/architectures/x86_64/images/aws"));
        assertThat(ours.at("/architectures/x86_64/images/gcp"))
                .isEqualTo(published.at("/architectures/x86_64/images/gcp"));
        String kubevirt = "quay.io/openshift-release-dev/rhcos@sha256:"
                + "67a81539946ec0397196c145394553b8e0241acf27b14ae9de43bc56e167f773";
        assertThat(ours.at("/architectures/x86_64/images/kubevirt"))
                .isEqualTo(JsonTrees.tree(("{\"release\":\"33.20201201.3.0\",\"image\":\"" + kubevirt
                                + "\",\"digest-ref\":\"" + kubevirt + "\"}")
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(ours.at("/architectures/x86_64/images").size()).isEqualTo(3);
    }
}
