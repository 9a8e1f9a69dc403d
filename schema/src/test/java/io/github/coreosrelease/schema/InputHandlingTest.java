/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input that is not one well-formed, bounded JSON document gives exactly one problem, never an exception. */
class InputHandlingTest {
    private final Validator validator = Validator.standard();

    private List<Problem> validate(String json) {
        return validator.validate(DocumentKind.GRAPH_ERROR, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void duplicatePropertyIsASyntaxProblem() {
        assertThat(validate("{\"kind\": \"a\", \"kind\": \"b\", \"value\": \"c\"}"))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.pointer()).isEmpty();
                    assertThat(problem.keyword()).isEqualTo(Problem.SYNTAX);
                    assertThat(problem.message()).contains("Duplicate field 'kind'");
                    assertThat(problem.line()).hasValue(1);
                });
    }

    @Test
    void contentAfterTheDocumentIsASyntaxProblem() {
        assertThat(validate("{\"kind\": \"a\", \"value\": \"b\"}\n{}"))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.keyword()).isEqualTo(Problem.SYNTAX);
                    assertThat(problem.message()).contains("Trailing token");
                    assertThat(problem.line()).hasValue(2);
                });
    }

    @Test
    void emptyInputIsASyntaxProblem() {
        assertThat(validate("  \n")).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEmpty();
            assertThat(problem.keyword()).isEqualTo(Problem.SYNTAX);
            assertThat(problem.message()).isEqualTo("document is empty: expected a JSON value");
            assertThat(problem.line()).isEmpty();
            assertThat(problem.column()).isEmpty();
        });
    }

    @Test
    void bytesThatAreNotUtf8AreASyntaxProblem() {
        byte[] latin1 = "{\"kind\": \"caf\u00e9\", \"value\": \"x\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(validator.validate(DocumentKind.GRAPH_ERROR, latin1))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.keyword()).isEqualTo(Problem.SYNTAX);
                    assertThat(problem.message()).startsWith("document is not valid UTF-8");
                });
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() {
        assertThat(validate("\uFEFF{\"kind\": \"a\", \"value\": \"b\"}")).isEmpty();
    }

    @Test
    void nestingBeyondTheLimitIsALimitProblem() {
        String deep = "[".repeat(257) + "]".repeat(257);

        assertThat(validate(deep)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEmpty();
            assertThat(problem.keyword()).isEqualTo(Problem.LIMIT);
            assertThat(problem.message()).contains("nesting depth").contains("256");
        });
    }

    @Test
    void nestingAtTheLimitIsAccepted() {
        String deep = "{\"kind\": \"a\", \"value\": \"b\", \"x\": " + "[".repeat(255) + "]".repeat(255) + "}";

        assertThat(validate(deep)).isEmpty();
    }

    @Test
    void aStringBeyondTheLimitIsALimitProblem() {
        String huge = "{\"kind\": \"" + "k".repeat(16 * 1024 * 1024 + 1) + "\", \"value\": \"b\"}";

        assertThat(validate(huge)).singleElement().satisfies(problem -> {
            assertThat(problem.keyword()).isEqualTo(Problem.LIMIT);
            assertThat(problem.message()).contains("String value length").contains("16777216");
        });
    }

    @Test
    void numbersAreComparedExactly() {
        // As a double, 2^63 equals 2^63 - 1 and would pass the maximum of a signed 64-bit start_epoch.
        byte[] json = ("{\"stream\": \"s\", \"metadata\": {\"last-modified\": \"2025-01-01T00:00:00Z\"},"
                        + " \"releases\": [{\"version\": \"1\", \"metadata\": {\"rollout\":"
                        + " {\"start_epoch\": 9223372036854775808}}}]}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(validator.validate(DocumentKind.UPDATES, json))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/releases/0/metadata/rollout/start_epoch");
                    assertThat(problem.keyword()).isEqualTo("maximum");
                });
    }

    @ParameterizedTest(name = "start_percentage {0}")
    @ValueSource(strings = {"0", "1", "1.0000000000000000001", "1.5", "100"})
    void startPercentageAboveOneIsLeftToLint(String percentage) {
        // Real documents carry 100; the 0..1 range is the lint rule start-percentage-range.
        byte[] json = Fixtures.edited(
                "updates.json", Fixtures.Edit.set("/releases/2/metadata/rollout/start_percentage", percentage));

        assertThat(validator.validate(DocumentKind.UPDATES, json)).isEmpty();
    }

    @Test
    void unknownPropertiesAreAllowedEverywhere() {
        byte[] json =
                Fixtures.edited("updates.json", Fixtures.Edit.set("/releases/2/metadata/rollout/pace", "\"fast\""));

        assertThat(validator.validate(DocumentKind.UPDATES, json)).isEmpty();
    }

    @Test
    void theLegacyUpdatesLayoutIsAccepted() {
        byte[] json = ("{\"updates\": {\"barriers\": [], \"deadends\": [{\"version\": \"30.1\", \"reason\": \"r\"}],"
                        + " \"rollouts\": [{\"version\": \"30.2\", \"start_epoch\": \"1565017200\","
                        + " \"start_value\": \"0.0\", \"duration_minutes\": \"120\"}]}}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(validator.validate(DocumentKind.UPDATES, json)).isEmpty();
    }

    @Test
    void theLegacyUpdatesLayoutIsCheckedToo() {
        byte[] json = "{\"updates\": {\"rollouts\": [{\"version\": \"30.2\", \"duration_minutes\": \"two\"}]}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(validator.validate(DocumentKind.UPDATES, json))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/updates/rollouts/0/duration_minutes");
                    assertThat(problem.keyword()).isEqualTo("pattern");
                    assertThat(problem.message()).contains("\"two\" is malformed");
                });
    }
}
