/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.coreosrelease.core.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem is reported, in document order, with the line and column of the value concerned. */
class ProblemLocationTest {
    private final Validator validator = Validator.standard();

    @Test
    void threeDefectsGiveThreeProblemsInDocumentOrderWithTheirLocations() {
        List<Problem> problems =
                validator.validate(DocumentKind.UPDATES, Fixtures.resource("located/updates-three-defects.json"));

        assertThat(problems)
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactly(
                        tuple("/releases/0/metadata/barrier", "required"),
                        tuple("/releases/1/metadata/rollout/start_epoch", "type"),
                        tuple("/releases/1/metadata/rollout/start_percentage", "minimum"));
        assertThat(problems.get(0).message()).isEqualTo("required property 'reason' not found");
        // The location is where the offending value starts: the '{' of "barrier": {}.
        assertThat(problems.get(0).line()).hasValue(10);
        assertThat(problems.get(0).column()).hasValue(20);
        assertThat(problems.get(1).line()).hasValue(17);
        assertThat(problems.get(1).column()).hasValue(26);
        assertThat(problems.get(2).line()).hasValue(18);
        assertThat(problems.get(2).column()).hasValue(31);
    }

    @Test
    void columnsCountCharactersNotBytes() {
        byte[] json = "{\"kind\": \"é\", \"value\": 5}".getBytes(StandardCharsets.UTF_8);

        List<Problem> problems = validator.validate(DocumentKind.GRAPH_ERROR, json);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/value");
            assertThat(problem.line()).hasValue(1);
            assertThat(problem.column()).hasValue(24);
        });
    }

    @Test
    void aProblemWithTheWholeDocumentIsAtItsFirstToken() {
        List<Problem> problems = validator.validate(DocumentKind.GRAPH, "\n  []".getBytes(StandardCharsets.UTF_8));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEmpty();
            assertThat(problem.keyword()).isEqualTo("type");
            assertThat(problem.message()).isEqualTo("array found, object expected");
            assertThat(problem.line()).hasValue(2);
            assertThat(problem.column()).hasValue(3);
        });
    }

    @Test
    void malformedJsonIsOneSyntaxProblemAtTheParserPosition() {
        List<Problem> problems = validator.validate(
                DocumentKind.GRAPH_ERROR, Fixtures.resource("located/graph-error-trailing-comma.json"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEmpty();
            assertThat(problem.keyword()).isEqualTo(Problem.SYNTAX);
            assertThat(problem.message()).contains("was expecting double-quote to start field name");
            assertThat(problem.line()).hasValue(4);
            assertThat(problem.column()).hasValue(1);
        });
    }
}
