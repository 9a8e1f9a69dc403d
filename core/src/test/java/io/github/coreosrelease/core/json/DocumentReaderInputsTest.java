/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.model.DocumentMetadata;
import io.github.coreosrelease.core.model.Updates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DocumentReader#read(DocumentType, String)}, and files that cannot be read (issue 15). */
class DocumentReaderInputsTest {
    private static final String UPDATES = """
            {"stream": "stable", "metadata": {"last-modified": "2025-01-01T00:00:00Z"}, "releases": []}""";

    @TempDir
    Path dir;

    @Test
    void readsJsonText() {
        Updates updates = DocumentReader.standard().read(DocumentType.UPDATES, UPDATES);

        assertThat(updates)
                .isEqualTo(Updates.builder().stream("stable")
                        .metadata(DocumentMetadata.builder()
                                .lastModified("2025-01-01T00:00:00Z")
                                .build())
                        .releases(List.of())
                        .build());
    }

    @Test
    void badJsonTextIsADocumentErrorWithItsPlace() {
        assertThatThrownBy(() -> DocumentReader.standard().read(DocumentType.UPDATES, "{\"stream\": 41}"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("updates: /stream: expected a string, found the number 41 (line 1, column 12)");
    }

    @Test
    void aMissingFileOrADirectoryNamesThePathOnce() throws IOException {
        Path missing = dir.resolve("missing.json");
        Path folder = Files.createDirectory(dir.resolve("updates"));

        assertThatThrownBy(() -> DocumentReader.standard().read(DocumentType.UPDATES, missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read " + missing + ": no such file");
        assertThatThrownBy(() -> DocumentReader.standard().read(DocumentType.UPDATES, folder))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read " + folder + ": is a directory");
    }
}
