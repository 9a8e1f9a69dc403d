/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.stream.StreamMetadata;
import io.github.coreosrelease.core.oscontainer.ContainerShape;
import io.github.coreosrelease.core.oscontainer.MigrationResult;
import io.github.coreosrelease.core.oscontainer.OscontainerMigration;
import io.github.coreosrelease.core.pipeline.IndexUpdate;
import io.github.coreosrelease.core.pipeline.MetaStore;
import io.github.coreosrelease.core.pipeline.ReleaseIndexUpdater;
import io.github.coreosrelease.core.pipeline.ReleaseMetaGenerator;
import io.github.coreosrelease.core.pipeline.ReleaseMetaOptions;
import io.github.coreosrelease.core.pipeline.StreamMetadataGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The release pipeline's steps ({@code release-meta}, {@code release-index add}, {@code
 * stream-meta}, the {@code meta.json} store's merge and the oscontainer migration) on arbitrary
 * documents. What a step returns is a complete document: it writes and reads back equal.
 */
class PipelineFuzzTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_736_078_400L), ZoneOffset.UTC);
    private static final int MAX_METAS = 4;

    /** Input: up to four {@code meta.json}, NUL-separated. */
    @FuzzTest
    void releaseMeta(byte[] data) {
        TypedErrors.accepts(() -> {
            List<BuildMeta> metas = readMetas(Parts.splitAll(data, MAX_METAS));
            Release release = ReleaseMetaGenerator.generate(metas, ReleaseMetaOptions.defaults());
            Documents.assertWritesBack(DocumentType.RELEASE, release);
        });
    }

    /** Input: a {@code release.json}, NUL, then up to three {@code meta.json} to merge into it. */
    @FuzzTest
    void releaseMetaMerge(byte[] data) {
        List<byte[]> parts = Parts.splitAll(data, MAX_METAS);
        TypedErrors.accepts(() -> {
            Release existing = Documents.read(DocumentType.RELEASE, parts.get(0));
            List<BuildMeta> metas = readMetas(parts.subList(1, parts.size()));
            Release merged = ReleaseMetaGenerator.merge(
                    existing,
                    metas,
                    ReleaseMetaOptions.builder().signatures(false).build());
            Documents.assertWritesBack(DocumentType.RELEASE, merged);
        });
    }

    /** Input: a release index, NUL, a {@code release.json}. */
    @FuzzTest
    void releaseIndexAdd(byte[] data) {
        List<byte[]> parts = Parts.split(data, 2);
        TypedErrors.accepts(() -> {
            ReleaseIndex index = Documents.read(DocumentType.RELEASE_INDEX, parts.get(0));
            Release release = Documents.read(DocumentType.RELEASE, parts.get(1));
            IndexUpdate update =
                    ReleaseIndexUpdater.add(index, release, ReleaseIndexUpdater.metadataUrl(release), CLOCK);
            Documents.assertWritesBack(DocumentType.RELEASE_INDEX, update.index());
        });
    }

    /** Input: a {@code release.json}. */
    @FuzzTest
    void streamMeta(byte[] data) {
        TypedErrors.accepts(() -> {
            Release release = Documents.read(DocumentType.RELEASE, data);
            StreamMetadata stream = StreamMetadataGenerator.fromRelease(release, CLOCK);
            Documents.assertWritesBack(DocumentType.STREAM, stream);
        });
    }

    /** Input: the {@code meta.json} on disk, NUL, the update merged into it. */
    @FuzzTest
    void metaStoreMerge(byte[] data) {
        List<byte[]> parts = Parts.split(data, 2);
        TypedErrors.accepts(() -> {
            BuildMeta onDisk = Documents.read(DocumentType.META, parts.get(0));
            BuildMeta update = Documents.read(DocumentType.META, parts.get(1));
            BuildMeta merged = MetaStore.merge(onDisk, update);
            assertThat(Documents.read(DocumentType.META, MetaStore.toJson(merged)))
                    .isEqualTo(merged);
        });
    }

    /** Input: a {@code meta.json}, migrated to every container shape. */
    @FuzzTest
    void oscontainerMigration(byte[] data) {
        TypedErrors.accepts(() -> {
            BuildMeta meta = Documents.read(DocumentType.META, data);
            for (ContainerShape shape : ContainerShape.values()) {
                TypedErrors.accepts(() -> {
                    MigrationResult result = OscontainerMigration.migrate(meta, shape);
                    Documents.assertWritesBack(DocumentType.META, result.meta());
                });
            }
        });
    }

    private static List<BuildMeta> readMetas(List<byte[]> parts) {
        List<BuildMeta> metas = new ArrayList<>();
        for (byte[] part : parts) {
            metas.add(Documents.read(DocumentType.META, part));
        }
        return metas;
    }
}
