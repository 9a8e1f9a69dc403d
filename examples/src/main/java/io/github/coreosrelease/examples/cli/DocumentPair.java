/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexOciImage;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A release index and an updates document read for one command, with the sources they came from.
 *
 * @param index the release index
 * @param indexSource where the index came from, as given on the command line
 * @param updates the updates document
 * @param updatesSource where the updates came from, as given on the command line
 */
record DocumentPair(ReleaseIndex index, String indexSource, Updates updates, String updatesSource) {
    /**
     * Reads both documents.
     *
     * @param releases the release index source
     * @param updates the updates source
     * @return the documents
     */
    static DocumentPair read(String releases, String updates) {
        if ("-".equals(releases) && "-".equals(updates)) {
            throw new UsageException("--releases and --updates cannot both read standard input");
        }
        return new DocumentPair(
                Inputs.read(DocumentType.RELEASE_INDEX, releases),
                releases,
                Inputs.read(DocumentType.UPDATES, updates),
                updates);
    }

    /**
     * Fails unless the architecture is served: one of {@link GraphBuilder#DEFAULT_ARCHITECTURES} or
     * named by the index (SPEC §2.4), as graph commands need one. A served architecture without
     * releases has empty graphs.
     *
     * @param index the release index
     * @param basearch the architecture asked for
     */
    static void requireArchitecture(ReleaseIndex index, String basearch) {
        if (basearch.isEmpty()) {
            throw new UsageException("--basearch must not be empty");
        }
        Set<String> known = new TreeSet<>(GraphBuilder.DEFAULT_ARCHITECTURES);
        known.addAll(architectures(index));
        if (!known.contains(basearch)) {
            throw new InputException(
                    "unknown basearch \"" + basearch + "\": known are " + String.join(", ", known), null);
        }
    }

    /** The architectures named by any commit or OCI image of the index, sorted. */
    private static Set<String> architectures(ReleaseIndex index) {
        Set<String> names = new TreeSet<>();
        for (IndexRelease release : index.releases()) {
            release.commits().orElse(List.of()).stream()
                    .map(IndexCommit::architecture)
                    .forEach(names::add);
            release.ociImages().orElse(List.of()).stream()
                    .map(IndexOciImage::architecture)
                    .forEach(names::add);
        }
        names.remove("");
        return names;
    }
}
