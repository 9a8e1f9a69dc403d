/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import io.github.coreosrelease.core.ConversionException;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.pipeline.internal.MetaJsonMerge;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads, changes and writes {@code meta.json} files so that concurrent writers lose nothing and
 * readers never see a torn file (SPEC §4.3).
 *
 * <p>Every change happens under the exclusive lock of {@link LockedFiles} ({@code <file>.lock}
 * beside it, for threads and processes). The new content goes to a temporary file in the same
 * directory that is then renamed over the original ({@link AtomicFiles}).
 *
 * <pre>{@code
 * MetaStore.update(Path.of("builds/41.20250101.3.0/x86_64/meta.json"),
 *         meta -> BuildMeta.builder().from(meta).summary("Fedora CoreOS stable").build());
 * }</pre>
 *
 * <p>Files are written with the keys in the order coreos-assembler writes them, indented by four
 * spaces ({@link #toJson}).
 */
public final class MetaStore {
    private static final DocumentWriter WRITER = DocumentWriter.indented(4);

    private MetaStore() {}

    /**
     * Changes a {@code meta.json} on disk: reads it, applies the change and writes the result, all
     * under the exclusive lock. The change must not call back into {@code MetaStore} for the same
     * file.
     *
     * @param metaJson the file, which must exist
     * @param change computes the new document from the current one
     * @return the document as written
     * @throws ConversionException if the change turns the document into another build (see {@link
     *     #merge})
     * @throws io.github.coreosrelease.core.DocumentException if the file is not a valid {@code
     *     meta.json}
     * @throws UncheckedIOException if the file cannot be read, locked or written
     */
    public static BuildMeta update(Path metaJson, UnaryOperator<BuildMeta> change) {
        Objects.requireNonNull(change, "change");
        return LockedFiles.withLock(metaJson, () -> {
            BuildMeta current = read(metaJson)
                    .orElseThrow(() -> new UncheckedIOException(
                            "cannot update " + metaJson + ": no such file",
                            new NoSuchFileException(metaJson.toString())));
            BuildMeta changed = change.apply(current);
            if (changed == null) {
                throw new IllegalStateException("the change of " + metaJson + " returned no document");
            }
            requireSameBuild(current, changed);
            AtomicFiles.write(metaJson, toJson(changed));
            return changed;
        });
    }

    /**
     * Writes a document, merged into the version on disk if there is one (see {@link #merge}), under
     * the exclusive lock. A merge cannot remove keys: use {@link #update} for that.
     *
     * @param metaJson the file, created if absent
     * @param meta the document to write
     * @return the document as written
     * @throws ConversionException if the version on disk is of another build
     * @throws UncheckedIOException if the file cannot be read, locked or written
     */
    public static BuildMeta write(Path metaJson, BuildMeta meta) {
        Objects.requireNonNull(meta, "meta");
        return LockedFiles.withLock(metaJson, () -> {
            BuildMeta merged = read(metaJson).map(onDisk -> merge(onDisk, meta)).orElse(meta);
            AtomicFiles.write(metaJson, toJson(merged));
            return merged;
        });
    }

    /**
     * Merges a newer version of a document into an older one: objects are merged key by key, any
     * other value of the newer version wins, and keys only the older version has are kept (so that
     * two jobs adding different {@code images} both survive).
     *
     * @param onDisk the older version
     * @param update the newer version
     * @return the merged document
     * @throws ConversionException if the two are of different builds: {@code ostree-commit}, {@code
     *     ostree-content-checksum} and {@code coreos-assembler.image-config-checksum} must be equal
     *     where both have them
     */
    public static BuildMeta merge(BuildMeta onDisk, BuildMeta update) {
        requireSameBuild(onDisk, update);
        return MetaJsonMerge.merge(onDisk, update);
    }

    /**
     * The bytes {@code MetaStore} writes for a document: UTF-8 JSON indented by four spaces, ending
     * with a newline.
     *
     * @param meta the document
     * @return the file content
     */
    public static byte[] toJson(BuildMeta meta) {
        return WRITER.write(DocumentType.META, meta);
    }

    private static Optional<BuildMeta> read(Path metaJson) {
        if (!Files.exists(metaJson)) {
            return Optional.empty();
        }
        return Optional.of(DocumentReader.standard().read(DocumentType.META, metaJson));
    }

    private static void requireSameBuild(BuildMeta onDisk, BuildMeta update) {
        requireEqual("ostree-commit", Optional.of(onDisk.ostreeCommit()), Optional.of(update.ostreeCommit()));
        requireEqual("ostree-content-checksum", onDisk.ostreeContentChecksum(), update.ostreeContentChecksum());
        requireEqual(
                "coreos-assembler.image-config-checksum",
                onDisk.coreosAssemblerImageConfigChecksum(),
                update.coreosAssemblerImageConfigChecksum());
    }

    private static void requireEqual(String key, Optional<String> onDisk, Optional<String> update) {
        if (onDisk.isPresent() && update.isPresent() && !onDisk.equals(update)) {
            throw new ConversionException("refusing to mix two builds in one meta.json: /" + key + " is \""
                    + onDisk.get() + "\" on disk but \"" + update.get() + "\" in the update");
        }
    }
}
