/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeAndGraphSetTest {
    private static final CincinnatiGraph EMPTY = CincinnatiGraph.builder().build();

    @Test
    void scopeOfTakesStreamThenArchitecture() {
        Scope scope = Scope.of("stable", "aarch64", true);

        assertThat(scope.stream()).isEqualTo("stable");
        assertThat(scope.basearch()).isEqualTo("aarch64");
        assertThat(scope.oci()).isTrue();
        assertThat(scope)
                .isEqualTo(Scope.builder().basearch("aarch64").stream("stable")
                        .oci(true)
                        .build());
        assertThat(scope).isNotEqualTo(Scope.of("stable", "aarch64", false));
    }

    @Test
    void scopeRefusesEmptyNames() {
        assertThatThrownBy(() -> Scope.of("stable", "", false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid basearch \"\": expected a non-empty architecture name, e.g. x86_64");
        assertThatThrownBy(() -> Scope.of("", "x86_64", false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid stream \"\": expected a non-empty stream name, e.g. stable");
    }

    @Test
    void graphSetRefusesScopesOfAnotherStream() {
        GraphSet.Builder builder = GraphSet.builder().stream("stable")
                .asMap(Map.of(Scope.of("next", "x86_64", false), EMPTY, Scope.of("next", "x86_64", true), EMPTY));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("graph scope Scope{basearch=x86_64, stream=next, oci=")
                .hasMessageEndingWith("} is not of stream \"stable\" like the set");
    }

    @Test
    void graphSetRefusesAnArchitectureWithOneGraph() {
        GraphSet.Builder builder =
                GraphSet.builder().stream("stable").asMap(Map.of(Scope.of("stable", "x86_64", true), EMPTY));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("graph set has the graph of scope Scope{basearch=x86_64, stream=stable, oci=true} but not"
                        + " its counterpart Scope{basearch=x86_64, stream=stable, oci=false}; expected both graphs of"
                        + " every architecture");
    }
}
