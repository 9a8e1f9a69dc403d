/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.schema.lint.Linter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The validator and the graph document lint read with the readers' bounds and give the same
 * answers (issue 16 items 2 and 5).
 */
class ReadingBoundsTest {
    private static final String NOT_UTF8 = "document is not valid UTF-8 (JSON documents are UTF-8, RFC 8259 §8.1): ";

    @Test
    void anExponentBeyondAnIntIsOneLimitProblemWithPointerAndLine() {
        byte[] json = "{\"kind\": \"a\", \"value\": \"b\",\n \"x\": 1e9999999999}".getBytes(StandardCharsets.UTF_8);

        assertThat(Validator.standard().validate(DocumentKind.GRAPH_ERROR, json))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/x");
                    assertThat(problem.keyword()).isEqualTo(Problem.LIMIT);
                    assertThat(problem.message())
                            .isEqualTo("number 1e9999999999 has an exponent beyond the limit of 1000 (its"
                                    + " magnitude is far beyond any value of these documents)");
                    assertThat(problem.line()).hasValue(2);
                    assertThat(problem.column()).hasValue(7);
                });
    }

    @Test
    void theGraphDocumentLintAnswersAnExponentBeyondAnIntWithADocumentException() {
        byte[] json = "{\"nodes\": [], \"edges\": [], \"x\": 1e9999999999}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Linter.at(0).lintGraphDocument(json))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/x");
                    assertThat(e.line()).hasValue(1);
                    assertThat(e.column()).hasValue(33);
                });
    }

    @Test
    void overlongUtf8AndUtf16GetTheReadersMessage() {
        byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0x80, '"', '}'};
        assertThat(Validator.standard().validate(DocumentKind.GRAPH_ERROR, overlong))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.keyword()).isEqualTo(Problem.SYNTAX);
                    assertThat(problem.message())
                            .isEqualTo(NOT_UTF8 + "an overlong encoding at byte offset 6: C0 80 22 7D");
                    assertThat(problem.line()).hasValue(1);
                    assertThat(problem.column()).hasValue(7);
                });
        byte[] utf16 = "{\"kind\": \"a\", \"value\": \"b\"}".getBytes(StandardCharsets.UTF_16LE);
        assertThat(Validator.standard().validate(DocumentKind.GRAPH_ERROR, utf16))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message())
                        .isEqualTo(
                                NOT_UTF8 + "it is UTF-16LE (a zero byte after every character); convert it to UTF-8"));
    }

    @Test
    void numbersAreValidatedWithTheirExactValue() {
        assertThat(Validator.standard()
                        .validate(
                                DocumentKind.GRAPH_ERROR,
                                "{\"kind\": \"a\", \"value\": \"b\", \"x\": [1e5, -0, 0.1e1]}"
                                        .getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }
}
