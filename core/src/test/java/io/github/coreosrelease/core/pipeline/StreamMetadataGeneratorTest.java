/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import static io.github.coreosrelease.core.pipeline.PipelineFixtures.json;
import static io.github.coreosrelease.core.pipeline.PipelineFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.ConversionException;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.release.Artifact;
import io.github.coreosrelease.core.model.release.KubevirtImage;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.release.ReleaseArch;
import io.github.coreosrelease.core.model.release.ReleaseMedia;
import io.github.coreosrelease.core.model.stream.StreamContainerImage;
import io.github.coreosrelease.core.model.stream.StreamMetadata;
import io.github.coreosrelease.core.model.stream.StreamPlatform;
import io.github.coreosrelease.core.model.stream.StreamRegionImage;
import io.github.coreosrelease.core.model.stream.StreamRhelCoreosExtensions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamMetadataGeneratorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    private static Release release() {
        return read(DocumentType.RELEASE, "release-expected.json");
    }

    @Test
    void derivesTheExpectedStreamMetadata() {
        StreamMetadata stream = StreamMetadataGenerator.fromRelease(release(), CLOCK);

        assertThat(json(DocumentType.STREAM, stream))
                .isEqualTo(json(DocumentType.STREAM, read(DocumentType.STREAM, "stream-expected.json")));
    }

    @Test
    void windowsLicenseImagesGoToTheExtensionsByRegionAndAGcpImageMayHaveNoProject() {
        StreamMetadata stream =
                StreamMetadataGenerator.fromRelease(read(DocumentType.RELEASE, "release-rhcos-expected.json"), CLOCK);

        assertThat(json(DocumentType.STREAM, stream))
                .isEqualTo(json(DocumentType.STREAM, read(DocumentType.STREAM, "stream-rhcos-expected.json")));
        assertThat(stream.architectures()
                        .get("x86_64")
                        .rhelCoreosExtensions()
                        .orElseThrow()
                        .awsWinli()
                        .orElseThrow()
                        .regions()
                        .orElseThrow()
                        .get("eu-west-1"))
                .isEqualTo(StreamRegionImage.builder()
                        .release("9.6.20250101-0")
                        .image("ami-0000000000000000b")
                        .build());
    }

    @Test
    void withoutAwsMediaTheWindowsLicenseImagesAreLeftOutAsStreamMetadataGoDoes() {
        Release release = read(DocumentType.RELEASE, "release-rhcos-expected.json");
        ReleaseArch x86 = release.architectures().get("x86_64");
        Map<String, ReleaseMedia> media = new LinkedHashMap<>(x86.media());
        media.remove("aws");
        Release withoutAws = Release.builder()
                .from(release)
                .architectures(Map.of(
                        "x86_64", ReleaseArch.builder().from(x86).media(media).build()))
                .build();

        StreamMetadata stream = StreamMetadataGenerator.fromRelease(withoutAws, CLOCK);

        assertThat(stream.architectures().get("x86_64").rhelCoreosExtensions())
                .hasValue(StreamRhelCoreosExtensions.builder().build());
    }

    @Test
    void theSecureExecutionKeyAndEmptySignaturesStayOutOfStreamMetadata() {
        Release unsigned = ReleaseMetaGenerator.generate(
                List.of(read(DocumentType.META, "meta-s390x.json")),
                ReleaseMetaOptions.builder().signatures(false).build());

        StreamMetadata stream = StreamMetadataGenerator.fromRelease(unsigned, CLOCK);

        StreamPlatform secex = stream.architectures().get("s390x").artifacts().get("qemu-secex");
        assertThat(secex.formats().keySet()).containsExactly("qcow2.xz");
        assertThat(secex.formats().get("qcow2.xz").disk().orElseThrow())
                .isEqualTo(Artifact.builder()
                        .location("https://builds.coreos.fedoraproject.org/prod/streams/stable/builds/41.20250101.3.0"
                                + "/s390x/fedora-coreos-41.20250101.3.0-qemu-secex.s390x.qcow2.xz")
                        .sha256("1".repeat(64))
                        .build());
    }

    @Test
    void lastModifiedIsTheClockInUtcToTheSecond() {
        Clock clock = Clock.fixed(Instant.parse("2025-06-30T23:59:59.999Z"), ZoneOffset.ofHours(2));

        StreamMetadata stream = StreamMetadataGenerator.fromRelease(release(), clock);

        assertThat(stream.metadata().lastModified()).hasValue("2025-06-30T23:59:59Z");
        assertThat(stream.metadata().generator()).isEmpty();
        assertThat(stream.stream()).isEqualTo("stable");
    }

    private static Release withKubevirt(KubevirtImage image) {
        Release release = release();
        ReleaseArch x86 = release.architectures().get("x86_64");
        ReleaseMedia kubevirt = ReleaseMedia.builder()
                .from(x86.media().get("kubevirt"))
                .kubevirtImage(image)
                .build();
        return Release.builder()
                .from(release)
                .architectures(Map.of(
                        "x86_64",
                        ReleaseArch.builder()
                                .from(x86)
                                .putMedia("kubevirt", kubevirt)
                                .build()))
                .build();
    }

    @Test
    void aPinnedKubevirtImageWithoutDigestRefIsItsOwnDigestRef() {
        String pinned = "quay.io/openshift-release-dev/rhcos@sha256:" + "6".repeat(64);

        StreamMetadata stream = StreamMetadataGenerator.fromRelease(
                withKubevirt(KubevirtImage.builder().image(pinned).build()), CLOCK);

        assertThat(stream.architectures().get("x86_64").images().orElseThrow().kubevirt())
                .hasValue(StreamContainerImage.builder()
                        .release("41.20250101.3.0")
                        .image(pinned)
                        .digestRef(pinned)
                        .build());
    }

    @Test
    void aTaggedKubevirtImageWithoutDigestRefIsAnError() {
        Release release = withKubevirt(KubevirtImage.builder()
                .image("quay.io/fedora/fedora-coreos-kubevirt:stable")
                .build());

        assertThatThrownBy(() -> StreamMetadataGenerator.fromRelease(release, CLOCK))
                .isInstanceOf(ConversionException.class)
                .hasMessage("release 41.20250101.3.0: /architectures/x86_64/media/kubevirt/image/digest-ref: missing,"
                        + " and the image \"quay.io/fedora/fedora-coreos-kubevirt:stable\" is not pinned by digest;"
                        + " stream metadata needs a digest-ref");
    }
}
