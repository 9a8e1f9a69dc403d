/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.GraphException;
import io.github.coreosrelease.graph.NodeMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeReleaseTest {
    static GraphNode node(String version, String payload, String scheme, String age) {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (scheme != null) {
            metadata.put(NodeMetadata.SCHEME, scheme);
        }
        if (age != null) {
            metadata.put(NodeMetadata.AGE_INDEX, age);
        }
        return GraphNode.builder()
                .version(version)
                .payload(payload)
                .metadata(metadata)
                .build();
    }

    @Test
    void readsAChecksumNode() {
        assertThat(NodeRelease.fromNode(0, node("41.1", "abc", "checksum", "12")))
                .isEqualTo(NodeRelease.builder()
                        .version("41.1")
                        .payload("abc")
                        .ageIndex(12)
                        .oci(false)
                        .build());
    }

    @Test
    void readsAnOciNode() {
        NodeRelease release =
                NodeRelease.fromNode(0, node("41.1", "quay.io/a/b@sha256:" + "0".repeat(64), "oci", "+3"));

        assertThat(release.oci()).isTrue();
        assertThat(release.ageIndex()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(
            nullValues = "NONE",
            delimiter = '|',
            value = {
                "''   | abc       | checksum | 1    | node 3: version is empty",
                "41.1 | ''        | checksum | 1    | node 3 (41.1): payload is empty",
                "41.1 | abc       | NONE     | 1    | node 3 (41.1): scheme missing",
                "41.1 | abc       | ostree   | 1    | node 3 (41.1): scheme \"ostree\" is unknown, expected \"checksum\""
                        + " or \"oci\"",
                "41.1 | abc       | checksum | NONE | node 3 (41.1): age_index missing",
                "41.1 | abc       | checksum | -1   | node 3 (41.1): age_index \"-1\" is not an unsigned integer up to"
                        + " 9223372036854775807",
                "41.1 | abc       | checksum | 9223372036854775808 | node 3 (41.1): age_index"
                        + " \"9223372036854775808\" is not an unsigned integer up to 9223372036854775807",
            })
    void refusesANodeAClientCannotUse(String version, String payload, String scheme, String age, String message) {
        assertThatThrownBy(() -> NodeRelease.fromNode(3, node(version, payload, scheme, age)))
                .isInstanceOf(GraphException.class)
                .hasMessage(message);
    }

    @Test
    void refusesAnOciPayloadThatIsNoImageReference() {
        assertThatThrownBy(() -> NodeRelease.fromNode(3, node("41.1", "Quay.io/A", "oci", "1")))
                .isInstanceOf(GraphException.class)
                .hasMessage("node 3 (41.1): oci payload \"Quay.io/A\" is not an image reference: expected path"
                        + " components of lowercase [a-z0-9] joined by '.', '_', '__' or '-', but uppercase letters"
                        + " are not allowed in a repository path (component \"A\")");
    }

    static NodeRelease release(String version, String payload, long age, boolean oci) {
        return NodeRelease.builder()
                .version(version)
                .payload(payload)
                .ageIndex(age)
                .oci(oci)
                .build();
    }

    @Test
    void ordersByAgeThenVersionThenPayloadThenScheme() {
        NodeRelease base = release("41.2", "bbb", 5, false);

        assertThat(release("41.2", "bbb", 6, false)).isGreaterThan(base);
        assertThat(release("99", "bbb", 4, false)).isLessThan(base);
        assertThat(release("41.3", "bbb", 5, false)).isGreaterThan(base);
        assertThat(release("41.2", "aaa", 5, false)).isLessThan(base);
        assertThat(release("41.2", "bbb", 5, true)).isGreaterThan(base);
        assertThat(base.compareTo(release("41.2", "bbb", 5, false))).isZero();
    }

    @Test
    void comparesTextsByCodePointLikeRust() {
        // U+FFFF sorts before U+1F600 by code point (and in UTF-8), after it in UTF-16 units.
        assertThat(release("\uFFFF", "p", 1, false)).isLessThan(release("\uD83D\uDE00", "p", 1, false));
        assertThat("\uFFFF".compareTo("\uD83D\uDE00")).isPositive();
        assertThat(release("a", "p", 1, false)).isLessThan(release("ab", "p", 1, false));
        assertThat(release("v", "ab", 1, false)).isGreaterThan(release("v", "a", 1, false));
    }
}
