/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.generate;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.core.pipeline.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The two documents of a generated stream, as {@link StreamGenerator} made them.
 *
 * <pre>{@code
 * GeneratedStream stream = StreamGenerator.generate(GeneratorOptions.builder().releases(300).build());
 * List<Path> written = stream.writeTo(Path.of("load-test"));
 * }</pre>
 */
public final class GeneratedStream {
    /** The file name of the release index that {@link #writeTo} writes. */
    public static final String RELEASE_INDEX_FILE = "releases.json";

    /** The file name of the updates document that {@link #writeTo} writes. */
    public static final String UPDATES_FILE = "updates.json";

    private final ReleaseIndex releaseIndex;
    private final Updates updates;

    GeneratedStream(ReleaseIndex releaseIndex, Updates updates) {
        this.releaseIndex = Objects.requireNonNull(releaseIndex, "releaseIndex");
        this.updates = Objects.requireNonNull(updates, "updates");
    }

    /**
     * The release index ({@code releases.json}).
     *
     * @return the index, oldest release first
     */
    public ReleaseIndex releaseIndex() {
        return releaseIndex;
    }

    /**
     * The updates document ({@code updates/<stream>.json}).
     *
     * @return the document
     */
    public Updates updates() {
        return updates;
    }

    /**
     * Writes {@value #RELEASE_INDEX_FILE} and {@value #UPDATES_FILE} into a directory (created if
     * missing), indented by two spaces as the real documents are, each replaced atomically.
     *
     * @param directory the target directory
     * @return the two written files, index first
     * @throws UncheckedIOException if a file cannot be written
     */
    public List<Path> writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory + ": " + e, e);
        }
        DocumentWriter writer = DocumentWriter.indented(2);
        Path index = directory.resolve(RELEASE_INDEX_FILE);
        Path updatesFile = directory.resolve(UPDATES_FILE);
        AtomicFiles.write(index, writer.write(DocumentType.RELEASE_INDEX, releaseIndex));
        AtomicFiles.write(updatesFile, writer.write(DocumentType.UPDATES, updates));
        return List.of(index, updatesFile);
    }
}
