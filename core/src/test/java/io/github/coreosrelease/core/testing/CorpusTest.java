/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A given corpus must exist; without one, the conventional place is used if it is there (issue 15). */
class CorpusTest {
    @TempDir
    Path dir;

    @Test
    void aGivenCorpusIsUsedAndMustExist() throws IOException {
        Path given = Files.createDirectory(dir.resolve("corpus"));
        Path conventional = Files.createDirectory(dir.resolve("shared"));
        Path missing = dir.resolve("missing");

        assertThat(Corpus.locate(Optional.of(given.toString()), Optional.of(conventional.toString())))
                .hasValue(given);
        assertThatThrownBy(() -> Corpus.locate(Optional.of(missing.toString()), Optional.of(conventional.toString())))
                .isInstanceOf(AssertionError.class)
                .hasMessage("reference corpus not found at " + missing + " (given by -Dcoreos.corpus)");
    }

    @Test
    void withoutAGivenCorpusTheConventionalPlaceIsUsedWhenItExists() throws IOException {
        Path conventional = Files.createDirectory(dir.resolve("shared"));
        Path missing = dir.resolve("missing");

        assertThat(Corpus.locate(Optional.of(" "), Optional.of(conventional.toString())))
                .hasValue(conventional);
        assertThat(Corpus.locate(Optional.empty(), Optional.of(conventional.toString())))
                .hasValue(conventional);
        assertThat(Corpus.locate(Optional.empty(), Optional.of(missing.toString())))
                .isEmpty();
        assertThat(Corpus.locate(Optional.empty(), Optional.empty())).isEmpty();
    }
}
