/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.graph.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text and JSON reports of findings. */
class FindingFormatTest {
    private static final Finding IN_DOCUMENT = Finding.of(
            LintRule.START_PERCENTAGE_RANGE,
            DocumentLocation.of(DocumentKind.UPDATES, "/releases/1/metadata/rollout/start_percentage"),
            "start_percentage is 100, expected a \"fraction\"");
    private static final Finding IN_GRAPH = Finding.of(
            LintRule.NEWEST_NOT_OFFERED,
            GraphLocation.of(Scope.of("stable", "aarch64", true), "41.20250105.3.0"),
            "nobody gets it");

    @Test
    void textHasOneLinePerFindingWithTheGivenDocumentNames() {
        assertThat(FindingFormat.text(List.of(IN_DOCUMENT, IN_GRAPH), FindingFormatTest::name))
                .isEqualTo(
                        "error start-percentage-range updates/stable.json#/releases/1/metadata/rollout/start_percentage:"
                                + " start_percentage is 100, expected a \"fraction\"\n"
                                + "warning newest-not-offered aarch64/oci@41.20250105.3.0: nobody gets it\n");
        assertThat(FindingFormat.text(List.of(), FindingFormatTest::name)).isEmpty();
    }

    @Test
    void describeUsesTheDefaultDocumentNames() {
        assertThat(IN_DOCUMENT.describe())
                .isEqualTo("error start-percentage-range updates#/releases/1/metadata/rollout/start_percentage:"
                        + " start_percentage is 100, expected a \"fraction\"");
        assertThat(DocumentLocation.of(DocumentKind.RELEASE_INDEX, "/releases/0")
                        .describe())
                .isEqualTo("release-index#/releases/0");
    }

    @Test
    void jsonDescribesBothKindsOfLocation() {
        assertThat(FindingFormat.json(List.of(IN_DOCUMENT, IN_GRAPH), FindingFormatTest::name))
                .isEqualTo("""
                        [
                          {
                            "rule": "start-percentage-range",
                            "severity": "error",
                            "location": {
                              "document": "updates/stable.json",
                              "pointer": "/releases/1/metadata/rollout/start_percentage"
                            },
                            "message": "start_percentage is 100, expected a \\"fraction\\""
                          },
                          {
                            "rule": "newest-not-offered",
                            "severity": "warning",
                            "location": {
                              "stream": "stable",
                              "basearch": "aarch64",
                              "scheme": "oci",
                              "version": "41.20250105.3.0"
                            },
                            "message": "nobody gets it"
                          }
                        ]
                        """);
        assertThat(FindingFormat.json(List.of(), FindingFormatTest::name)).isEqualTo("[]\n");
    }

    private static String name(DocumentKind kind) {
        return kind == DocumentKind.UPDATES ? "updates/stable.json" : "releases.json";
    }
}
