/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import io.github.coreosrelease.core.ConversionException;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.meta.GitRecord;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.release.ReleaseArch;
import io.github.coreosrelease.core.model.release.ReleaseMedia;
import io.github.coreosrelease.core.pipeline.internal.ReleaseArchBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the {@code meta.json} files of one build (one per architecture) into its {@code
 * release.json}, or merges them into an existing one (SPEC §4.1).
 *
 * <ul>
 *   <li>{@code release} is the {@code buildid}, which all inputs share.
 *   <li>{@code stream} is the override of the options, else the {@code com.coreos.stream} label of
 *       {@code coreos-assembler.oci-imported-labels}, else the {@code branch} of {@code
 *       coreos-assembler.container-config-git}; all inputs agree on it.
 *   <li>Per architecture: {@code commit} is {@code ostree-commit} unless the build was imported
 *       from an OCI image; {@code oci-image} comes from {@code base-oscontainer}: the repository
 *       tagged with the floating tag (the one tag without the build ID, or {@link
 *       ReleaseMetaOptions#floatingTag()}, which entries migrated from the legacy or pinned shape
 *       need: they have no tags) and the repository by its architecture-specific digest.
 *   <li>Media: the disk image of every platform of {@link #PLATFORMS} found in {@code images}, its
 *       format being the file name after {@code <platform>.<arch>.}; the metal extras ({@code
 *       metal4k} as {@code 4k.<format>}, {@code iso} as {@code installer.iso}, {@code
 *       kernel}/{@code initramfs} as {@code installer-pxe}, {@code live-iso} as {@code iso}, {@code
 *       live-kernel}/{@code live-initramfs}/{@code live-rootfs} as {@code pxe}), the metal media
 *       being written even when empty; {@code ignition-gpg-key} as the plain artifact {@code
 *       media.qemu-secex.ignition-gpg-key} beside the Secure Execution image's artifacts; the cloud
 *       images (AWS and Alibaba Cloud per region, IBM Cloud and Power VS objects per region, the
 *       GCP image without its upload URL and with its project only when the build has one, the
 *       KubeVirt image); the Azure upload as {@code rhel-coreos-extensions.azure-disk} and the AWS
 *       Windows License Included AMIs ({@code aws-winli}) as {@code
 *       rhel-coreos-extensions.aws-winli.images} by region. Every artifact carries {@code
 *       uncompressed-sha256}, {@code null} when the build has none, as the generator writes it.
 *   <li>Merging: an architecture that is new is added; for an existing one, each media entry (and
 *       the commit, OCI image and extensions) is added when absent, skipped when equal and refused
 *       when different.
 * </ul>
 *
 * <pre>{@code
 * Release release = ReleaseMetaGenerator.generate(List.of(x86Meta, armMeta), ReleaseMetaOptions.defaults());
 * Release more = ReleaseMetaGenerator.merge(release, List.of(s390xMeta), ReleaseMetaOptions.defaults());
 * }</pre>
 */
public final class ReleaseMetaGenerator {
    /** The platforms whose disk image becomes media, in the order they are written. */
    public static final List<String> PLATFORMS = ReleaseArchBuilder.PLATFORMS;

    private ReleaseMetaGenerator() {}

    /**
     * Builds a new {@code release.json} from the build metadata of each architecture.
     *
     * @param metas one {@code meta.json} per architecture, at least one
     * @param options stream override, base URL, signatures
     * @return the release metadata, architectures in input order
     * @throws ConversionException if the inputs are of different builds or streams, or one cannot
     *     be converted; the message names the build, the architecture and the JSON pointer
     */
    public static Release generate(List<BuildMeta> metas, ReleaseMetaOptions options) {
        Objects.requireNonNull(options, "options");
        if (metas.isEmpty()) {
            throw new ConversionException(
                    "no meta.json given: a release needs the build metadata of at least one" + " architecture");
        }
        BuildMeta first = metas.get(0);
        String firstArch = arch(first);
        String stream = stream(first, options);
        for (BuildMeta meta : metas.subList(1, metas.size())) {
            if (!meta.buildId().equals(first.buildId())) {
                throw new ConversionException("the meta.json files are of different builds: " + first.buildId() + " ("
                        + firstArch + ") and " + meta.buildId() + " (" + arch(meta) + ")");
            }
            String other = stream(meta, options);
            if (!other.equals(stream)) {
                throw new ConversionException("the meta.json files disagree on the stream: \"" + stream + "\" ("
                        + firstArch + ") and \"" + other + "\" (" + arch(meta) + ")");
            }
        }
        Release empty =
                Release.builder().release(first.buildId()).stream(stream).build();
        return merge(empty, metas, options);
    }

    /**
     * Merges the build metadata of more architectures into an existing {@code release.json}.
     *
     * @param existing the release metadata so far
     * @param metas one {@code meta.json} per architecture
     * @param options stream override, base URL, signatures
     * @return the merged release metadata; the existing one is not changed
     * @throws ConversionException if an input is of another build or stream than {@code existing},
     *     or a media entry, commit or OCI image differs from the existing one (the message names the
     *     architecture and the platform)
     */
    public static Release merge(Release existing, List<BuildMeta> metas, ReleaseMetaOptions options) {
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(options, "options");
        Map<String, ReleaseArch> arches = new LinkedHashMap<>(existing.architectures());
        for (BuildMeta meta : metas) {
            String arch = arch(meta);
            if (!meta.buildId().equals(existing.release())) {
                throw new ConversionException("the release.json is for release " + existing.release()
                        + " but the meta.json for " + arch + " is of build " + meta.buildId());
            }
            String stream = stream(meta, options);
            if (!stream.equals(existing.stream())) {
                throw new ConversionException("the release.json is for stream \"" + existing.stream()
                        + "\" but the meta.json for " + arch + " is for stream \"" + stream + "\"");
            }
            ReleaseArch built = ReleaseArchBuilder.build(
                    meta, arch, stream, options.baseUrl(), options.signatures(), options.floatingTag());
            ReleaseArch current = arches.get(arch);
            arches.put(arch, current == null ? built : mergeArch(arch, current, built));
        }
        return Release.builder().from(existing).architectures(arches).build();
    }

    private static ReleaseArch mergeArch(String arch, ReleaseArch current, ReleaseArch added) {
        Map<String, ReleaseMedia> media = new LinkedHashMap<>(current.media());
        for (Map.Entry<String, ReleaseMedia> entry : added.media().entrySet()) {
            ReleaseMedia existing = media.putIfAbsent(entry.getKey(), entry.getValue());
            if (existing != null && !existing.equals(entry.getValue())) {
                throw new ConversionException("architecture " + arch + ": media \"" + entry.getKey()
                        + "\" differs from the one already in the release.json");
            }
        }
        return ReleaseArch.builder()
                .from(current)
                .commit(mergeValue(arch, "commit", current.commit(), added.commit()))
                .ociImage(mergeValue(arch, "oci-image", current.ociImage(), added.ociImage()))
                .rhelCoreosExtensions(mergeValue(
                        arch, "rhel-coreos-extensions", current.rhelCoreosExtensions(), added.rhelCoreosExtensions()))
                .media(media)
                .build();
    }

    private static <T> Optional<T> mergeValue(String arch, String field, Optional<T> current, Optional<T> added) {
        if (current.isPresent() && added.isPresent() && !current.equals(added)) {
            throw new ConversionException("architecture " + arch + ": " + field + " " + added.get()
                    + " differs from the one already in the release.json: " + current.get());
        }
        return current.or(() -> added);
    }

    private static String arch(BuildMeta meta) {
        return meta.coreosAssemblerBasearch()
                .filter(arch -> !arch.isEmpty())
                .orElseThrow(() -> new ConversionException("meta.json of build " + meta.buildId()
                        + ": /coreos-assembler.basearch: missing, but the architecture of the build is needed"));
    }

    private static String stream(BuildMeta meta, ReleaseMetaOptions options) {
        if (options.stream().isPresent()) {
            return options.stream().get();
        }
        Optional<String> label = meta.coreosAssemblerOciImportedLabels()
                .map(labels -> labels.get("com.coreos.stream"))
                .filter(s -> !s.isEmpty());
        if (label.isPresent()) {
            return label.get();
        }
        return meta.coreosAssemblerContainerConfigGit()
                .flatMap(GitRecord::branch)
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> new ConversionException("meta.json of build " + meta.buildId() + " for "
                        + arch(meta) + ": cannot tell the stream: no stream given, no \"com.coreos.stream\" in"
                        + " /coreos-assembler.oci-imported-labels and no branch in"
                        + " /coreos-assembler.container-config-git"));
    }
}
