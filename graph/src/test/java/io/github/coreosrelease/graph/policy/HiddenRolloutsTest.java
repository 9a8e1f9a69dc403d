/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HiddenRolloutsTest {
    @Test
    void sortsAndDeduplicatesPositions() {
        HiddenRollouts hidden = HiddenRollouts.of(List.of(7, 2, 7, 0));

        assertThat(hidden.positions()).containsExactly(0, 2, 7);
        assertThat(hidden.contains(2)).isTrue();
        assertThat(hidden.contains(3)).isFalse();
        assertThat(hidden.isEmpty()).isFalse();
    }

    @Test
    void equalPositionsMakeEqualKeys() {
        assertThat(HiddenRollouts.of(List.of(3, 1))).isEqualTo(HiddenRollouts.of(List.of(1, 3)));
        assertThat(HiddenRollouts.of(List.of(3, 1)).hashCode())
                .isEqualTo(HiddenRollouts.of(List.of(1, 3)).hashCode());
        assertThat(HiddenRollouts.of(List.of())).isEqualTo(HiddenRollouts.none());
        assertThat(HiddenRollouts.none().isEmpty()).isTrue();
    }

    @Test
    void rejectsNegativeOrUnsortedPositions() {
        assertThatThrownBy(() -> HiddenRollouts.of(List.of(1, -1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hidden rollout position -1 is negative");
        assertThatThrownBy(() -> ImmutableHiddenRollouts.of(List.of(2, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hidden rollout positions must be distinct and ascending, found [2, 1]");
    }
}
