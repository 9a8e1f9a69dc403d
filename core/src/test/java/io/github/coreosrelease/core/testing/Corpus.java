/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Locates the shared reference corpus for tests. The location comes from the system property
 * {@code coreos.corpus} (set by the build, overridable with {@code -Dcoreos.corpus=DIR}); a missing
 * corpus fails the test instead of skipping it, so that CI cannot pass without it.
 */
public final class Corpus {
    private Corpus() {}

    /**
     * The corpus directory.
     *
     * @return an existing directory
     * @throws AssertionError if the property is unset or the directory does not exist
     */
    public static Path dir() {
        String property = System.getProperty("coreos.corpus");
        if (property == null || property.isBlank()) {
            throw new AssertionError("system property coreos.corpus is not set: pass -Dcoreos.corpus=DIR");
        }
        Path dir = Paths.get(property).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new AssertionError("reference corpus not found at " + dir + " (set -Dcoreos.corpus=DIR)");
        }
        return dir;
    }

    /**
     * A file of the corpus.
     *
     * @param relative path below the corpus, e.g. {@code updates/stable.json}
     * @return the path, which must exist
     */
    public static Path file(String relative) {
        Path file = dir().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("corpus file missing: " + file);
        }
        return file;
    }

    /**
     * Every JSON file below a corpus folder, sorted.
     *
     * @param relative folder below the corpus, e.g. {@code updates-history}
     * @return the files, at least one
     */
    public static List<Path> jsonFiles(String relative) {
        try (Stream<Path> walk = Files.walk(dir().resolve(relative))) {
            List<Path> files =
                    walk.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
            if (files.isEmpty()) {
                throw new AssertionError("no JSON files below corpus folder " + relative);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
