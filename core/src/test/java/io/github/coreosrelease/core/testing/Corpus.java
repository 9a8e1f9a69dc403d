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
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared reference corpus for tests. It is the directory named by the system property
 * {@code coreos.corpus} ({@code -Dcoreos.corpus=DIR}) when one is given, which must then exist: CI
 * passes it, so that CI fails rather than pass without the corpus. Without it, the build's
 * conventional place {@code coreos.corpus.default} ({@code ../shared/corpus} beside the checkout)
 * is used when it exists; otherwise a corpus test is skipped with a message that says how to run
 * it, so that a fresh clone builds and tests without the corpus.
 */
public final class Corpus {
    private Corpus() {}

    /**
     * The corpus directory.
     *
     * @return an existing directory
     * @throws AssertionError if {@code coreos.corpus} names a directory that does not exist
     * @throws org.opentest4j.TestAbortedException (skipping the test) if no corpus is given and
     *     none is at the conventional place
     */
    public static Path dir() {
        Optional<String> conventional = Optional.ofNullable(System.getProperty("coreos.corpus.default"));
        Optional<Path> dir = locate(Optional.ofNullable(System.getProperty("coreos.corpus")), conventional);
        if (dir.isEmpty()) {
            Assumptions.abort("corpus test skipped: no reference corpus"
                    + conventional
                            .map(place ->
                                    " at " + Paths.get(place).toAbsolutePath().normalize())
                            .orElse("")
                    + "; pass -Dcoreos.corpus=DIR to run it");
        }
        return dir.orElseThrow();
    }

    /**
     * Where the corpus is, from the property given and the conventional place.
     *
     * @param given the value of {@code coreos.corpus}, if set (blank counts as not given)
     * @param conventional the value of {@code coreos.corpus.default}, if set
     * @return the given directory; else the conventional one if it exists; else empty
     * @throws AssertionError if a directory is given and does not exist
     */
    static Optional<Path> locate(Optional<String> given, Optional<String> conventional) {
        Optional<String> named = given.filter(value -> !value.isBlank());
        if (named.isPresent()) {
            Path dir = Paths.get(named.get()).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new AssertionError("reference corpus not found at " + dir + " (given by -Dcoreos.corpus)");
            }
            return Optional.of(dir);
        }
        return conventional
                .filter(value -> !value.isBlank())
                .map(value -> Paths.get(value).toAbsolutePath().normalize())
                .filter(Files::isDirectory);
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
