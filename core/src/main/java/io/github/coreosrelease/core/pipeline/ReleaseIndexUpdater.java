/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import io.github.coreosrelease.core.ConversionException;
import io.github.coreosrelease.core.model.DocumentMetadata;
import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexOciImage;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.release.ReleaseArch;
import io.github.coreosrelease.core.pipeline.internal.ReleaseArchBuilder;
import io.github.coreosrelease.core.pipeline.internal.Timestamps;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Adds a release to a stream's release index {@code releases.json}, like {@code plume
 * update-release-index} (SPEC §4.2).
 *
 * <p>The new entry has the version, the URL of the {@code release.json}, a {@code commits} item for
 * every architecture with a commit and an {@code oci-images} item for every architecture with an
 * OCI image (each list only when not empty). If the index already has the version:
 *
 * <ul>
 *   <li>not as its last entry: refused, only the newest release may be updated;
 *   <li>with the same commits and images: nothing to do, the index is returned as it is;
 *   <li>with a strict subset of them (e.g. an architecture was added since): the entry is
 *       replaced;
 *   <li>otherwise: refused, the new entry is not a superset of the existing one.
 * </ul>
 *
 * <p>Otherwise the entry is appended. A changed index gets {@code stream} and a {@code
 * metadata.last-modified} from the clock. The given index is never modified; a refusal throws
 * {@link ConversionException}.
 *
 * <pre>{@code
 * IndexUpdate update = ReleaseIndexUpdater.add(index, release, ReleaseIndexUpdater.metadataUrl(release), Clock.systemUTC());
 * ReleaseIndex newIndex = update.index();
 * }</pre>
 */
public final class ReleaseIndexUpdater {
    private ReleaseIndexUpdater() {}

    /**
     * The default URL of a release's {@code release.json}: {@code
     * https://builds.coreos.fedoraproject.org/prod/streams/<stream>/builds/<version>/release.json}.
     *
     * @param release the release
     * @return the URL
     */
    public static String metadataUrl(Release release) {
        return metadataUrl(ReleaseMetaOptions.DEFAULT_BASE_URL, release);
    }

    /**
     * The URL of a release's {@code release.json} below a base URL: {@code
     * <base>/<stream>/builds/<version>/release.json}.
     *
     * @param baseUrl where the streams are published; a trailing {@code /} is ignored
     * @param release the release
     * @return the URL
     */
    public static String metadataUrl(String baseUrl, Release release) {
        return ReleaseArchBuilder.stripTrailingSlashes(baseUrl) + "/" + release.stream() + "/builds/"
                + release.release() + "/release.json";
    }

    /**
     * The index entry of a release.
     *
     * @param release the release
     * @param metadataUrl the URL of its {@code release.json}
     * @return the entry, architectures in the release's order
     * @throws ConversionException if no architecture has a commit or an OCI image
     */
    public static IndexRelease entry(Release release, String metadataUrl) {
        List<IndexCommit> commits = new ArrayList<>();
        List<IndexOciImage> images = new ArrayList<>();
        for (Map.Entry<String, ReleaseArch> arch : release.architectures().entrySet()) {
            arch.getValue()
                    .commit()
                    .ifPresent(commit -> commits.add(IndexCommit.builder()
                            .architecture(arch.getKey())
                            .checksum(commit)
                            .build()));
            arch.getValue()
                    .ociImage()
                    .ifPresent(image -> images.add(IndexOciImage.builder()
                            .architecture(arch.getKey())
                            .image(image.image())
                            .digestRef(image.digestRef())
                            .build()));
        }
        if (commits.isEmpty() && images.isEmpty()) {
            throw new ConversionException("release " + release.release()
                    + " has no architecture with a commit or an OCI image: an index entry needs at least one");
        }
        IndexRelease.Builder entry =
                IndexRelease.builder().version(release.release()).metadata(metadataUrl);
        if (!commits.isEmpty()) {
            entry.commits(commits);
        }
        if (!images.isEmpty()) {
            entry.ociImages(images);
        }
        return entry.build();
    }

    /**
     * Adds a release to an index.
     *
     * @param index the release index
     * @param release the release
     * @param metadataUrl the URL of the release's {@code release.json}, see {@link #metadataUrl}
     * @param clock the source of {@code last-modified}
     * @return the new index and what changed
     * @throws ConversionException if the index is of another stream, the version is in the index
     *     but not its last entry, or the new entry is not a superset of the existing one
     */
    public static IndexUpdate add(ReleaseIndex index, Release release, String metadataUrl, Clock clock) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(metadataUrl, "metadataUrl");
        Objects.requireNonNull(clock, "clock");
        if (index.stream().isPresent() && !index.stream().get().equals(release.stream())) {
            throw new ConversionException(
                    "the release index is for stream \"" + index.stream().get() + "\" but release " + release.release()
                            + " is for stream \"" + release.stream() + "\"");
        }
        IndexRelease entry = entry(release, metadataUrl);
        List<IndexRelease> releases = new ArrayList<>(index.releases());
        int position = positionOf(releases, release.release());
        IndexChange change;
        if (position < 0) {
            releases.add(entry);
            change = IndexChange.APPENDED;
        } else {
            if (position != releases.size() - 1) {
                throw new ConversionException("release " + release.release() + " is already in the index at position "
                        + (position + 1) + " of " + releases.size()
                        + ", not the last one: only the newest release can be"
                        + " updated");
            }
            Set<String> existing = payloads(releases.get(position));
            Set<String> added = payloads(entry);
            if (existing.equals(added)) {
                return IndexUpdate.builder()
                        .index(index)
                        .change(IndexChange.UNCHANGED)
                        .build();
            }
            if (!added.containsAll(existing)) {
                Set<String> missing = new LinkedHashSet<>(existing);
                missing.removeAll(added);
                throw new ConversionException("release " + release.release()
                        + " is already the last entry of the index, and the new entry is not a superset of it:"
                        + " it lacks " + String.join(", ", missing));
            }
            releases.set(position, entry);
            change = IndexChange.REPLACED;
        }
        DocumentMetadata metadata = DocumentMetadata.builder()
                .from(index.metadata().orElse(DocumentMetadata.builder().build()))
                .lastModified(Timestamps.lastModified(clock))
                .build();
        ReleaseIndex updated = ReleaseIndex.builder().from(index).stream(release.stream())
                .metadata(metadata)
                .releases(releases)
                .build();
        return IndexUpdate.builder().index(updated).change(change).build();
    }

    private static int positionOf(List<IndexRelease> releases, String version) {
        for (int i = 0; i < releases.size(); i++) {
            if (releases.get(i).version().equals(version)) {
                return i;
            }
        }
        return -1;
    }

    /** The payloads of an entry as comparable descriptions, e.g. {@code commit x86_64 abc...}. */
    private static Set<String> payloads(IndexRelease release) {
        Set<String> payloads = new LinkedHashSet<>();
        release.commits()
                .orElse(List.of())
                .forEach(c -> payloads.add("commit " + c.architecture() + " " + c.checksum()));
        release.ociImages()
                .orElse(List.of())
                .forEach(o -> payloads.add("oci-image " + o.architecture() + " " + o.image() + " " + o.digestRef()));
        return payloads;
    }
}
