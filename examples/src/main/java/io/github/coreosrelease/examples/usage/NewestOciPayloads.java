/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.usage;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.IndexOciImage;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints, per architecture, the OCI payload (digest pullspec) of the newest release that has one:
 * what an OCI-booted node of that architecture updates to last.
 *
 * <p>Usage: {@code NewestOciPayloads [releases.json]} (default: the bundled sample index).
 */
public final class NewestOciPayloads {
    private NewestOciPayloads() {}

    /**
     * Runs the example on standard output.
     *
     * @param args an optional path to a release index
     */
    public static void main(String[] args) {
        run(args, System.out);
    }

    /**
     * Runs the example.
     *
     * @param args an optional path to a release index
     * @param out where the lines go
     */
    public static void run(String[] args, PrintStream out) {
        ReleaseIndex index = DocumentReader.standard()
                .read(DocumentType.RELEASE_INDEX, SampleFiles.read(args, 0, "samples/releases.json"));
        // Releases are listed oldest first, so the last entry seen per architecture is the newest.
        Map<String, String> newest = new TreeMap<>();
        for (IndexRelease release : index.releases()) {
            for (IndexOciImage image : release.ociImages().orElse(List.of())) {
                newest.put(image.architecture(), release.version() + " " + image.digestRef());
            }
        }
        newest.forEach((arch, payload) -> out.println(arch + " " + payload));
    }
}
