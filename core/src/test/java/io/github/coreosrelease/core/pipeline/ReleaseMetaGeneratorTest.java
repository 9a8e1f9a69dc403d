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
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.model.meta.AwsAmi;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.meta.CloudArtifact;
import io.github.coreosrelease.core.model.meta.ContainerImage;
import io.github.coreosrelease.core.model.meta.GitRecord;
import io.github.coreosrelease.core.model.meta.MetaArtifact;
import io.github.coreosrelease.core.model.meta.MetaImages;
import io.github.coreosrelease.core.model.release.Artifact;
import io.github.coreosrelease.core.model.release.ArtifactFormat;
import io.github.coreosrelease.core.model.release.AwsWinliImages;
import io.github.coreosrelease.core.model.release.RegionImage;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.release.ReleaseArch;
import io.github.coreosrelease.core.model.release.ReleaseMedia;
import io.github.coreosrelease.core.testing.TestResources;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReleaseMetaGeneratorTest {
    private static final String HINT = "; name it with the floating-tag option (release-meta --floating-tag TAG)";

    private static final String BUILD = "41.20250101.3.0";
    private static final ReleaseMetaOptions DEFAULTS = ReleaseMetaOptions.defaults();

    private static BuildMeta meta(String arch) {
        return read(DocumentType.META, "meta-" + arch + ".json");
    }

    private static BuildMeta x86(UnaryOperator<BuildMeta.Builder> change) {
        return change.apply(BuildMeta.builder().from(meta("x86_64"))).build();
    }

    private static List<BuildMeta> all() {
        return List.of(meta("x86_64"), meta("aarch64"), meta("s390x"));
    }

    @Test
    void buildsTheExpectedReleaseFromThreeArchitectures() {
        Release release = ReleaseMetaGenerator.generate(all(), DEFAULTS);

        assertThat(json(DocumentType.RELEASE, release))
                .isEqualTo(json(DocumentType.RELEASE, read(DocumentType.RELEASE, "release-expected.json")));
        assertThat(release).isEqualTo(read(DocumentType.RELEASE, "release-expected.json"));
    }

    @Test
    void mergingArchitecturesOneByOneGivesTheSameRelease() {
        Release x86Only = ReleaseMetaGenerator.generate(List.of(meta("x86_64")), DEFAULTS);
        Release withArm = ReleaseMetaGenerator.merge(x86Only, List.of(meta("aarch64")), DEFAULTS);
        Release all = ReleaseMetaGenerator.merge(withArm, List.of(meta("s390x")), DEFAULTS);

        assertThat(x86Only.architectures().keySet()).containsExactly("x86_64");
        assertThat(all).isEqualTo(ReleaseMetaGenerator.generate(all(), DEFAULTS));
    }

    @Test
    void mergingTheSameBuildAgainChangesNothing() {
        Release release = ReleaseMetaGenerator.generate(all(), DEFAULTS);

        assertThat(ReleaseMetaGenerator.merge(release, all(), DEFAULTS)).isEqualTo(release);
    }

    @Test
    void mergingKeepsWhatTheExistingReleaseHasAndAddsMissingMedia() {
        Release release = ReleaseMetaGenerator.generate(List.of(meta("x86_64")), DEFAULTS);
        ReleaseArch x86 = release.architectures().get("x86_64");
        Map<String, ReleaseMedia> withoutQemu = new LinkedHashMap<>(x86.media());
        withoutQemu.remove("qemu");
        ReleaseMedia digitalocean = ReleaseMedia.builder()
                .putArtifact(
                        "qcow2.gz",
                        ArtifactFormat.builder()
                                .disk(Artifact.builder()
                                        .location("https://example.org/do.qcow2.gz")
                                        .sha256("0".repeat(64))
                                        .build())
                                .build())
                .build();
        withoutQemu.put("digitalocean", digitalocean);
        Release existing = Release.builder()
                .from(release)
                .putArchitecture(
                        "x86_64",
                        ReleaseArch.builder().from(x86).media(withoutQemu).build())
                .build();

        Release merged = ReleaseMetaGenerator.merge(existing, List.of(meta("x86_64")), DEFAULTS);

        Map<String, ReleaseMedia> media = merged.architectures().get("x86_64").media();
        assertThat(media.keySet())
                .containsExactly("aws", "azure", "gcp", "ibmcloud", "kubevirt", "metal", "digitalocean", "qemu");
        assertThat(media.get("qemu")).isEqualTo(x86.media().get("qemu"));
        assertThat(media.get("digitalocean")).isEqualTo(digitalocean);
    }

    @Test
    void conflictingMediaIsAnErrorThatNamesThePlatform() {
        Release release = ReleaseMetaGenerator.generate(all(), DEFAULTS);
        MetaImages images = meta("x86_64").images().orElseThrow();
        BuildMeta rebuilt = x86(b -> b.images(MetaImages.builder()
                .from(images)
                .qemu(MetaArtifact.builder()
                        .from(images.qemu().orElseThrow())
                        .sha256("0".repeat(64))
                        .build())
                .build()));

        assertThatThrownBy(() -> ReleaseMetaGenerator.merge(release, List.of(rebuilt), DEFAULTS))
                .isInstanceOf(ConversionException.class)
                .hasMessage("architecture x86_64: media \"qemu\" differs from the one already in the release.json");
    }

    @Test
    void aDifferentCommitForAnExistingArchitectureIsAnError() {
        Release release = ReleaseMetaGenerator.generate(all(), DEFAULTS);
        BuildMeta other = x86(b -> b.ostreeCommit("0".repeat(64)));

        assertThatThrownBy(() -> ReleaseMetaGenerator.merge(release, List.of(other), DEFAULTS))
                .isInstanceOf(ConversionException.class)
                .hasMessage("architecture x86_64: commit " + "0".repeat(64)
                        + " differs from the one already in the release.json: " + "c".repeat(64));
    }

    @Test
    void inputsOfDifferentBuildsAreRefused() {
        BuildMeta otherBuild = BuildMeta.builder()
                .from(meta("aarch64"))
                .buildId("41.20250102.3.0")
                .build();

        assertThatThrownBy(() -> ReleaseMetaGenerator.generate(List.of(meta("x86_64"), otherBuild), DEFAULTS))
                .isInstanceOf(ConversionException.class)
                .hasMessage("the meta.json files are of different builds: 41.20250101.3.0 (x86_64) and"
                        + " 41.20250102.3.0 (aarch64)");
        Release release = ReleaseMetaGenerator.generate(List.of(meta("x86_64")), DEFAULTS);
        assertThatThrownBy(() -> ReleaseMetaGenerator.merge(release, List.of(otherBuild), DEFAULTS))
                .isInstanceOf(ConversionException.class)
                .hasMessage("the release.json is for release 41.20250101.3.0 but the meta.json for aarch64 is of"
                        + " build 41.20250102.3.0");
    }

    @Test
    void inputsOfDifferentStreamsAreRefusedUnlessTheStreamIsGiven() {
        BuildMeta testing = BuildMeta.builder()
                .from(meta("aarch64"))
                .coreosAssemblerContainerConfigGit(GitRecord.builder()
                        .from(meta("aarch64")
                                .coreosAssemblerContainerConfigGit()
                                .orElseThrow())
                        .branch("testing")
                        .build())
                .build();
        List<BuildMeta> metas = List.of(meta("x86_64"), testing);

        assertThatThrownBy(() -> ReleaseMetaGenerator.generate(metas, DEFAULTS))
                .isInstanceOf(ConversionException.class)
                .hasMessage("the meta.json files disagree on the stream: \"stable\" (x86_64) and \"testing\""
                        + " (aarch64)");
        Release release = ReleaseMetaGenerator.generate(List.of(meta("x86_64")), DEFAULTS);
        assertThatThrownBy(() -> ReleaseMetaGenerator.merge(release, List.of(testing), DEFAULTS))
                .isInstanceOf(ConversionException.class)
                .hasMessage("the release.json is for stream \"stable\" but the meta.json for aarch64 is for stream"
                        + " \"testing\"");
        Release overridden = ReleaseMetaGenerator.generate(
                metas, ReleaseMetaOptions.builder().stream("next").build());
        assertThat(overridden.stream()).isEqualTo("next");
        assertThat(overridden
                        .architectures()
                        .get("aarch64")
                        .media()
                        .get("qemu")
                        .artifacts()
                        .get("qcow2.xz"))
                .isEqualTo(ArtifactFormat.builder()
                        .disk(Artifact.builder()
                                .location("https://builds.coreos.fedoraproject.org/prod/streams/next/builds/" + BUILD
                                        + "/aarch64/fedora-coreos-" + BUILD + "-qemu.aarch64.qcow2.xz")
                                .signature("https://builds.coreos.fedoraproject.org/prod/streams/next/builds/" + BUILD
                                        + "/aarch64/fedora-coreos-" + BUILD + "-qemu.aarch64.qcow2.xz.sig")
                                .sha256("a".repeat(64))
                                .putExtraField("uncompressed-sha256", RawJson.nullValue())
                                .build())
                        .build());
    }

    static Stream<Arguments> streamSources() {
        GitRecord branch = meta("x86_64").coreosAssemblerContainerConfigGit().orElseThrow();
        return Stream.of(
                Arguments.of(Optional.of("next"), Optional.of("stable"), Optional.of(branch), "next"),
                Arguments.of(Optional.empty(), Optional.of("stable"), Optional.of(branch), "stable"),
                Arguments.of(Optional.empty(), Optional.of(""), Optional.of(branch), "testing-devel"),
                Arguments.of(Optional.empty(), Optional.empty(), Optional.of(branch), "testing-devel"));
    }

    @ParameterizedTest
    @MethodSource("streamSources")
    void theStreamComesFromTheOverrideThenTheLabelThenTheBranch(
            Optional<String> override, Optional<String> label, Optional<GitRecord> git, String expected) {
        BuildMeta meta = x86(b -> b.coreosAssemblerOciImportedLabels(label.map(l -> Map.of("com.coreos.stream", l)))
                .coreosAssemblerContainerConfigGit(git));
        ReleaseMetaOptions options =
                ReleaseMetaOptions.builder().stream(override).build();

        assertThat(ReleaseMetaGenerator.generate(List.of(meta), options).stream())
                .isEqualTo(expected);
    }

    @Test
    void aBuildWithoutAnyStreamIsAnError() {
        BuildMeta meta = x86(b -> b.coreosAssemblerOciImportedLabels(Optional.empty())
                .coreosAssemblerContainerConfigGit(Optional.empty()));

        assertThatThrownBy(() -> ReleaseMetaGenerator.generate(List.of(meta), DEFAULTS))
                .isInstanceOf(ConversionException.class)
                .hasMessage("meta.json of build 41.20250101.3.0 for x86_64: cannot tell the stream: no stream given,"
                        + " no \"com.coreos.stream\" in /coreos-assembler.oci-imported-labels and no branch in"
                        + " /coreos-assembler.container-config-git");
    }

    @Test
    void withoutSignaturesEverySignatureIsEmpty() {
        Release release = ReleaseMetaGenerator.generate(
                all(), ReleaseMetaOptions.builder().signatures(false).build());

        List<Artifact> artifacts = artifacts(release);
        assertThat(artifacts).hasSize(19);
        assertThat(artifacts).allSatisfy(a -> assertThat(a.signature()).hasValue(""));
        assertThat(artifacts.get(0).location())
                .isEqualTo("https://builds.coreos.fedoraproject.org/prod/streams/stable/builds/" + BUILD
                        + "/x86_64/fedora-coreos-" + BUILD + "-aws.x86_64.vmdk.xz");
    }

    @Test
    void theBaseUrlStartsEveryLocationWithoutADoubleSlash() {
        Release release = ReleaseMetaGenerator.generate(
                all(),
                ReleaseMetaOptions.builder()
                        .baseUrl("https://mirror.example.org/fcos/")
                        .build());

        List<Artifact> artifacts = artifacts(release);
        assertThat(artifacts)
                .allSatisfy(a -> assertThat(a.location()).startsWith("https://mirror.example.org/fcos/stable/builds/"));
        assertThat(artifacts.get(artifacts.size() - 1).location())
                .isEqualTo("https://mirror.example.org/fcos/stable/builds/" + BUILD + "/s390x/fedora-coreos-" + BUILD
                        + "-ignition-secex-key.s390x.gpg.pub");
        assertThat(artifacts.get(artifacts.size() - 1).signature())
                .hasValue("https://mirror.example.org/fcos/stable/builds/" + BUILD + "/s390x/fedora-coreos-" + BUILD
                        + "-ignition-secex-key.s390x.gpg.pub.sig");
    }

    @Test
    void optionsRejectEmptyValues() {
        assertThatThrownBy(() -> ReleaseMetaOptions.builder().stream("").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid stream \"\": expected a non-empty stream name");
        assertThatThrownBy(() -> ReleaseMetaOptions.builder().baseUrl("/").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid base URL \"/\": expected a URL such as"
                        + " https://builds.coreos.fedoraproject.org/prod/streams");
        assertThat(DEFAULTS.baseUrl()).isEqualTo("https://builds.coreos.fedoraproject.org/prod/streams");
        assertThat(DEFAULTS.signatures()).isTrue();
        assertThat(DEFAULTS.stream()).isEmpty();
    }

    static Stream<Arguments> badBuilds() {
        ContainerImage base = meta("x86_64").baseOscontainer().orElseThrow();
        String context = "meta.json of build 41.20250101.3.0 for x86_64: ";
        return Stream.of(
                Arguments.of(
                        "no floating tag",
                        (UnaryOperator<BuildMeta.Builder>) b -> b.baseOscontainer(ContainerImage.builder()
                                .from(base)
                                .tags(List.of(BUILD + "-x86_64"))
                                .build()),
                        context + "/base-oscontainer/tags: expected exactly one floating tag (a tag without the build"
                                + " ID \"41.20250101.3.0\"), found none among [41.20250101.3.0-x86_64]" + HINT),
                Arguments.of(
                        "two floating tags",
                        (UnaryOperator<BuildMeta.Builder>) b -> b.baseOscontainer(ContainerImage.builder()
                                .from(base)
                                .tags(List.of("stable", "latest", BUILD))
                                .build()),
                        context + "/base-oscontainer/tags: expected exactly one floating tag (a tag without the build"
                                + " ID \"41.20250101.3.0\"), found 2 [stable, latest] among [stable, latest,"
                                + " 41.20250101.3.0]" + HINT),
                Arguments.of(
                        "a pinned base image has no tags",
                        (UnaryOperator<BuildMeta.Builder>) b -> b.baseOscontainer(ContainerImage.builder()
                                .image("quay.io/fedora/fedora-coreos@sha256:" + "1".repeat(64))
                                .build()),
                        context + "/base-oscontainer/tags: expected exactly one floating tag (a tag without the build"
                                + " ID \"41.20250101.3.0\"), found none among []" + HINT),
                Arguments.of(
                        "only the list digest",
                        (UnaryOperator<BuildMeta.Builder>) b -> b.baseOscontainer(ContainerImage.builder()
                                .from(base)
                                .digest(Optional.empty())
                                .build()),
                        context + "/base-oscontainer/digest: missing: the architecture-specific digest is needed for"
                                + " the digest-ref (the manifest-list-digest is never used in its place)"),
                Arguments.of(
                        "a malformed digest",
                        (UnaryOperator<BuildMeta.Builder>) b -> b.kubevirt(ContainerImage.builder()
                                .from(meta("x86_64").kubevirt().orElseThrow())
                                .digest("sha256:xyz")
                                .build()),
                        context + "/kubevirt/digest: invalid digest \"sha256:xyz\": expected exactly 64 lowercase hex"
                                + " characters after \"sha256:\", but found 3 characters"),
                Arguments.of(
                        "a file name without platform and architecture",
                        (UnaryOperator<BuildMeta.Builder>) b -> b.images(MetaImages.builder()
                                .from(meta("x86_64").images().orElseThrow())
                                .vmware(MetaArtifact.builder()
                                        .path("fedora-coreos-vmware.ova")
                                        .sha256("0".repeat(64))
                                        .build())
                                .build()),
                        context + "/images/vmware/path: expected a file name with \"vmware.x86_64.\" followed by the"
                                + " format (e.g. \"vmware.x86_64.qcow2.xz\"), found \"fedora-coreos-vmware.ova\""),
                Arguments.of(
                        "a region listed twice",
                        (UnaryOperator<BuildMeta.Builder>) b -> b.amis(List.of(
                                AwsAmi.builder().name("us-east-1").hvm("ami-1").build(),
                                AwsAmi.builder().name("us-east-1").hvm("ami-2").build())),
                        context + "/amis/1/name: region \"us-east-1\" is listed twice"),
                Arguments.of(
                        "an IBM Cloud object without region",
                        (UnaryOperator<BuildMeta.Builder>) b -> b.ibmcloud(List.of(CloudArtifact.builder()
                                .url("https://example.org/o")
                                .object("o")
                                .bucket("b")
                                .build())),
                        context + "/ibmcloud/0/region: missing, but the release metadata needs it"),
                Arguments.of(
                        "an Ignition GPG key without the Secure Execution image",
                        (UnaryOperator<BuildMeta.Builder>) b -> b.images(MetaImages.builder()
                                .from(meta("x86_64").images().orElseThrow())
                                .ignitionGpgKey(MetaArtifact.builder()
                                        .path("fedora-coreos-ignition-secex-key.x86_64.gpg.pub")
                                        .sha256("0".repeat(64))
                                        .build())
                                .build()),
                        context + "/images/ignition-gpg-key: the Ignition GPG key belongs to the qemu-secex media, but"
                                + " the build has no qemu-secex image"),
                Arguments.of(
                        "a Windows License Included region listed twice",
                        (UnaryOperator<BuildMeta.Builder>) b -> b.awsWinli(List.of(
                                AwsAmi.builder().name("us-east-1").hvm("ami-1").build(),
                                AwsAmi.builder().name("us-east-1").hvm("ami-2").build())),
                        context + "/aws-winli/1/name: region \"us-east-1\" is listed twice"),
                Arguments.of(
                        "no architecture",
                        (UnaryOperator<BuildMeta.Builder>) b -> b.coreosAssemblerBasearch(Optional.empty()),
                        "meta.json of build 41.20250101.3.0: /coreos-assembler.basearch: missing, but the architecture"
                                + " of the build is needed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBuilds")
    void buildsThatCannotBeConvertedAreErrorsNamingTheField(
            String description, UnaryOperator<BuildMeta.Builder> change, String message) {
        BuildMeta meta = x86(change);

        assertThatThrownBy(() -> ReleaseMetaGenerator.generate(List.of(meta), DEFAULTS))
                .isInstanceOf(ConversionException.class)
                .hasMessage(message);
    }

    @Test
    void anRhcosBuildGivesWindowsLicenseImagesAGcpImageWithoutProjectAndEmptyMetalMedia() {
        BuildMeta rhcos = read(DocumentType.META, "meta-rhcos-x86_64.json");

        Release release = ReleaseMetaGenerator.generate(List.of(rhcos), DEFAULTS);

        ReleaseArch x86 = release.architectures().get("x86_64");
        assertThat(x86.rhelCoreosExtensions().orElseThrow().awsWinli())
                .hasValue(AwsWinliImages.builder()
                        .images(Map.of(
                                "us-east-1",
                                        RegionImage.builder()
                                                .image("ami-0000000000000000a")
                                                .build(),
                                "eu-west-1",
                                        RegionImage.builder()
                                                .image("ami-0000000000000000b")
                                                .build()))
                        .build());
        assertThat(x86.media().get("gcp").gcpImage().orElseThrow().project()).isEmpty();
        assertThat(x86.media().get("metal").artifacts()).isEmpty();
        assertThat(json(DocumentType.RELEASE, release))
                .isEqualTo(json(DocumentType.RELEASE, read(DocumentType.RELEASE, "release-rhcos-expected.json")));
    }

    @Test
    void theIgnitionGpgKeyIsAPlainArtifactBesideTheSecureExecutionArtifacts() {
        Release release = ReleaseMetaGenerator.generate(List.of(meta("s390x")), DEFAULTS);

        ReleaseMedia secex = release.architectures().get("s390x").media().get("qemu-secex");
        String base = "https://builds.coreos.fedoraproject.org/prod/streams/stable/builds/" + BUILD + "/s390x/";
        assertThat(secex.artifacts().keySet()).containsExactly("qcow2.xz");
        assertThat(secex.ignitionGpgKey())
                .hasValue(Artifact.builder()
                        .location(base + "fedora-coreos-" + BUILD + "-ignition-secex-key.s390x.gpg.pub")
                        .signature(base + "fedora-coreos-" + BUILD + "-ignition-secex-key.s390x.gpg.pub.sig")
                        .sha256("2".repeat(64))
                        .putExtraField("uncompressed-sha256", RawJson.nullValue())
                        .build());
    }

    @Test
    void platformsWithOnlyCloudImagesHaveNoArtifactsKey() {
        Release release = ReleaseMetaGenerator.generate(List.of(meta("s390x")), DEFAULTS);

        ReleaseMedia powervs = release.architectures().get("s390x").media().get("powervs");
        assertThat(powervs.hasArtifactsKey()).isFalse();
        assertThat(powervs.artifacts()).isEmpty();
        assertThat(powervs.cloudObjects().orElseThrow().keySet()).containsExactly("us-south");
    }

    @ParameterizedTest
    @ValueSource(strings = {"release-expected.json", "release-rhcos-expected.json"})
    void theGeneratorsShapesReadAndWriteBackUnchanged(String name) {
        String text = new String(TestResources.bytes("pipeline/" + name), StandardCharsets.UTF_8);

        assertThat(json(DocumentType.RELEASE, read(DocumentType.RELEASE, name))).isEqualTo(text);
    }

    @Test
    void noInputIsAnError() {
        assertThatThrownBy(() -> ReleaseMetaGenerator.generate(List.of(), DEFAULTS))
                .isInstanceOf(ConversionException.class)
                .hasMessage("no meta.json given: a release needs the build metadata of at least one architecture");
    }

    @Test
    void aPinnedKubevirtEntryKeepsItsPinnedImage() {
        String pinned = "quay.io/fedora/fedora-coreos-kubevirt@sha256:" + "3".repeat(64);
        BuildMeta meta =
                x86(b -> b.kubevirt(ContainerImage.builder().image(pinned).build()));

        Release release = ReleaseMetaGenerator.generate(List.of(meta), DEFAULTS);

        var image = release.architectures()
                .get("x86_64")
                .media()
                .get("kubevirt")
                .kubevirtImage()
                .orElseThrow();
        assertThat(image.image()).isEqualTo(pinned);
        assertThat(image.digestRef()).hasValue(pinned);
    }

    private static List<Artifact> artifacts(Release release) {
        List<Artifact> all = new ArrayList<>();
        release.architectures()
                .values()
                .forEach(arch -> arch.media().values().forEach(media -> {
                    media.artifacts().values().forEach(format -> {
                        format.disk().ifPresent(all::add);
                        format.kernel().ifPresent(all::add);
                        format.initramfs().ifPresent(all::add);
                        format.rootfs().ifPresent(all::add);
                    });
                    media.ignitionGpgKey().ifPresent(all::add);
                }));
        return all;
    }
}
