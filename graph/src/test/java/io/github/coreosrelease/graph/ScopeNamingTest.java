/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scopes name their stream and architecture so that the two cannot be swapped silently (issue 15). */
class ScopeNamingTest {
    @Test
    void inStreamNamesTheStreamThenTheSchemeAndArchitecture() {
        assertThat(Scope.inStream("stable").oci("x86_64")).isEqualTo(Scope.of("stable", "x86_64", true));
        assertThat(Scope.inStream("stable").checksum("aarch64")).isEqualTo(Scope.of("stable", "aarch64", false));
        assertThat(Scope.inStream("next").basearch("s390x", true)).isEqualTo(Scope.of("next", "s390x", true));
    }

    @Test
    void aStreamNamedLikeAnArchitectureIsRefusedAsSwappedArguments() {
        assertThatThrownBy(() -> Scope.of("x86_64", "stable", true))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid stream \"x86_64\": expected a stream name, not an architecture; are the arguments"
                        + " swapped? Scope.of takes (stream, basearch, oci), e.g. Scope.of(\"stable\", \"x86_64\","
                        + " true); Scope.inStream(stream).oci(basearch) names them");
        assertThatThrownBy(() -> Scope.inStream("aarch64").checksum("testing"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("invalid stream \"aarch64\": expected a stream name, not an architecture;");
    }

    @Test
    void anArchitectureAbsentFromTheIndexGivesAnEmptyGraph() {
        // Logged as a warning (the name is probably wrong); the graph itself is empty, as SPEC §2.4 wants.
        ReleaseIndex index = ReleaseIndex.builder()
                .addReleases(IndexRelease.builder()
                        .version("41.1")
                        .metadata("m")
                        .commits(List.of(IndexCommit.builder()
                                .architecture("x86_64")
                                .checksum("c1")
                                .build()))
                        .build())
                .build();
        Updates updates = Updates.builder().stream("stable").build();

        assertThat(GraphBuilder.build(index, updates, Scope.inStream("stable").checksum("ppc64le"))
                        .nodes())
                .isEmpty();
        assertThat(GraphBuilder.build(index, updates, Scope.inStream("stable").checksum("x86_64"))
                        .nodes())
                .hasSize(1);
    }
}
