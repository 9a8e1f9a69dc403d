/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.example.pipeline;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.stream.StreamMetadata;
import io.github.coreosrelease.core.oscontainer.ContainerShape;
import io.github.coreosrelease.core.oscontainer.OscontainerMigration;
import io.github.coreosrelease.core.pipeline.IndexUpdate;
import io.github.coreosrelease.core.pipeline.ReleaseIndexUpdater;
import io.github.coreosrelease.core.pipeline.ReleaseMetaGenerator;
import io.github.coreosrelease.core.pipeline.ReleaseMetaOptions;
import io.github.coreosrelease.core.pipeline.StreamMetadataGenerator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The publishing step of a release pipeline, written against coreos-release-core alone. */
public final class PublishRelease {
    private PublishRelease() {}

    /**
     * What one release produced.
     *
     * @param release the release.json of the builds
     * @param index the release index with the release added
     * @param stream the stream metadata of the release
     */
    public record Published(Release release, IndexUpdate index, StreamMetadata stream) {}

    /**
     * Moves every build's containers to the split shape, merges the builds into one release, adds
     * it to the release index and derives the stream metadata.
     *
     * @param metas the meta.json of each architecture's build
     * @param releaseIndex the current releases.json
     * @param clock the time written as last-modified
     * @return the three documents
     */
    public static Published publish(List<Path> metas, Path releaseIndex, Clock clock) {
        DocumentReader reader = DocumentReader.standard();
        List<BuildMeta> builds = new ArrayList<>();
        for (Path meta : metas) {
            BuildMeta build = reader.read(DocumentType.META, meta);
            builds.add(OscontainerMigration.migrate(build, ContainerShape.SPLIT).meta());
        }
        Release release = ReleaseMetaGenerator.generate(builds, ReleaseMetaOptions.defaults());
        ReleaseIndex index = reader.read(DocumentType.RELEASE_INDEX, releaseIndex);
        IndexUpdate added = ReleaseIndexUpdater.add(index, release, ReleaseIndexUpdater.metadataUrl(release), clock);
        return new Published(release, added, StreamMetadataGenerator.fromRelease(release, clock));
    }
}
