/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import static io.github.coreosrelease.schema.Fixtures.Edit.remove;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry points: bytes, streams and files give the same answer; one shared instance serves all threads. */
class ValidatorTest {
    private final Validator validator = Validator.standard();
    private final byte[] broken = Fixtures.edited("release-index.json", remove("/releases/1/metadata"));

    @Test
    void standardIsOneSharedInstance() {
        assertThat(Validator.standard()).isSameAs(validator);
    }

    @Test
    void bytesStreamAndFileGiveTheSameProblems(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("releases.json");
        Files.write(file, broken);

        List<Problem> fromBytes = validator.validate(DocumentKind.RELEASE_INDEX, broken);
        List<Problem> fromStream = validator.validate(DocumentKind.RELEASE_INDEX, new ByteArrayInputStream(broken));
        List<Problem> fromFile = validator.validate(DocumentKind.RELEASE_INDEX, file);

        assertThat(fromBytes).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/releases/1");
            assertThat(problem.keyword()).isEqualTo("required");
            assertThat(problem.message()).isEqualTo("required property 'metadata' not found");
        });
        assertThat(fromStream).isEqualTo(fromBytes);
        assertThat(fromFile).isEqualTo(fromBytes);
    }

    @Test
    void aMissingFileIsAnIoErrorNotAProblem(@TempDir Path directory) {
        assertThatThrownBy(() -> validator.validate(DocumentKind.RELEASE_INDEX, directory.resolve("absent.json")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void problemsAreUnmodifiable() {
        List<Problem> problems = validator.validate(DocumentKind.RELEASE_INDEX, broken);

        assertThatThrownBy(problems::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void concurrentValidationsGiveTheSameAnswer() throws InterruptedException, ExecutionException {
        List<Problem> expected = validator.validate(DocumentKind.RELEASE_INDEX, broken);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Problem>>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> validator.validate(DocumentKind.RELEASE_INDEX, broken)));
            }
            for (Future<List<Problem>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void problemLocationIsBothOrNeither() {
        assertThatThrownBy(() -> Problem.builder()
                        .pointer("")
                        .keyword("type")
                        .message("m")
                        .line(1)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("both present or both absent");
    }
}
