/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The rule catalogue: stable identifiers and severities. */
class LintRuleTest {
    @Test
    void theCatalogueListsEveryRuleWithItsSeverity() {
        assertThat(Arrays.stream(LintRule.values())
                        .map(rule -> rule.id() + " " + rule.severity().label()))
                .containsExactly(
                        "duplicate-version error",
                        "duplicate-update-entry warning",
                        "duplicate-arch error",
                        "checksum-format error",
                        "image-reference-format error",
                        "digest-ref-without-digest error",
                        "digest-ref-repository-mismatch warning",
                        "release-order warning",
                        "stream-mismatch warning",
                        "unknown-update-version error",
                        "start-percentage-range error",
                        "rollout-far-future warning",
                        "graph-downgrade error",
                        "graph-stranded error",
                        "newest-not-offered warning",
                        "deadend-without-reason warning",
                        "scheme-barrier-mismatch error",
                        "graph-cycle error",
                        "graph-edge-out-of-range error",
                        "graph-duplicate-edge warning",
                        "graph-duplicate-version error",
                        "graph-node-invalid error",
                        "meta-format warning");
    }

    @Test
    void rulesAreFoundByIdentifier() {
        assertThat(LintRule.byId("graph-downgrade")).contains(LintRule.GRAPH_DOWNGRADE);
        assertThat(LintRule.byId("GRAPH_DOWNGRADE")).isEmpty();
        assertThat(LintRule.START_PERCENTAGE_RANGE.description())
                .isEqualTo("a rollout start_percentage is outside the fraction range 0..1");
    }
}
