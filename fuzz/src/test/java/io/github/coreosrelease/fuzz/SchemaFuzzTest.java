/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.internal.Shortened;
import io.github.coreosrelease.schema.Problem;
import io.github.coreosrelease.schema.Validator;
import io.github.coreosrelease.schema.lint.Finding;
import io.github.coreosrelease.schema.lint.Linter;
import java.util.Arrays;
import java.util.List;

/** {@code validate} and {@code lint} on arbitrary documents: problems and findings, or typed errors. */
class SchemaFuzzTest {
    private static final Validator VALIDATOR = Validator.standard();
    private static final Linter LINTER = Linter.at(1_734_400_000L);
    /** Messages up to this length are whole in a text line (FindingFormat, docs/RELIABILITY.md). */
    private static final int MAX_MESSAGE_CHARS = 300;
    /** Of a longer message, at least this much of its start is kept. */
    private static final int MESSAGE_START_KEPT = 40;
    /** A text line stays short: message, pointer and version shortened (docs/RELIABILITY.md). */
    private static final int MAX_LINE_CHARS = 1_000;

    /** Input: a first line naming the document kind (as {@code validate --type} does), then the document. */
    @FuzzTest
    void validate(byte[] data) {
        String name = Parts.firstLine(data);
        DocumentKind kind = Arrays.stream(DocumentKind.values())
                .filter(VALIDATOR.supportedKinds()::contains)
                .filter(k -> k.displayName().equals(name) || k.name().equalsIgnoreCase(name))
                .findFirst()
                .orElse(DocumentKind.UPDATES);
        byte[] document = Parts.afterFirstLine(data);
        TypedErrors.accepts(() -> {
            List<Problem> problems = VALIDATOR.validate(kind, document);
            problems.forEach(problem -> assertThat(problem.message()).isNotBlank());
        });
    }

    /** Input: a release index, NUL, an updates document. */
    @FuzzTest
    void lint(byte[] data) {
        List<byte[]> parts = Parts.split(data, 2);
        TypedErrors.accepts(() -> {
            Documents.IndexAndUpdates documents = Documents.indexAndUpdates(parts);
            assertReadable(LINTER.lint(documents.index(), documents.updates()));
            assertReadable(LINTER.lint(documents.index(), documents.updates(), "x86_64"));
        });
    }

    /** Input: a graph document, as {@code lint --graph} reads it. */
    @FuzzTest
    void lintGraph(byte[] data) {
        TypedErrors.accepts(() -> assertReadable(LINTER.lintGraphDocument(data)));
    }

    /** Input: a {@code meta.json}, as {@code lint --meta} reads it. */
    @FuzzTest
    void lintMeta(byte[] data) {
        TypedErrors.accepts(() -> assertReadable(LINTER.lintMeta(data)));
    }

    private static void assertReadable(List<Finding> findings) {
        for (Finding finding : findings) {
            assertThat(finding.ruleId()).isNotBlank();
            assertThat(finding.message()).isNotBlank();
            // The text line shortens a long message (keeping its start and end) and a deep pointer.
            String line = finding.describe();
            // Control characters of a quoted value are written as escapes, so the line stays one line.
            String message = Shortened.printable(finding.message());
            TypedErrors.assertOneLine(line);
            assertThat(line).as("text line of %s", finding.ruleId()).contains(finding.ruleId());
            assertThat(line.length()).as("length of %s", line).isLessThanOrEqualTo(MAX_LINE_CHARS);
            if (message.length() <= MAX_MESSAGE_CHARS) {
                assertThat(line).contains(message);
            } else {
                assertThat(line).contains(message.substring(0, MESSAGE_START_KEPT));
            }
        }
    }
}
