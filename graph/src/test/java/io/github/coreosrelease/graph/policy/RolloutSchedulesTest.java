/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RolloutSchedulesTest {
    static GraphNode rollout(String startEpoch, String startValue, String minutes) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(NodeMetadata.ROLLOUT, "true");
        if (startEpoch != null) {
            metadata.put(NodeMetadata.START_EPOCH, startEpoch);
        }
        if (startValue != null) {
            metadata.put(NodeMetadata.START_VALUE, startValue);
        }
        if (minutes != null) {
            metadata.put(NodeMetadata.DURATION_MINUTES, minutes);
        }
        return GraphNode.builder()
                .version("41.1")
                .payload("abc")
                .metadata(metadata)
                .build();
    }

    @Test
    void aNodeWithoutRolloutHasNoSchedule() {
        GraphNode node = GraphNode.builder()
                .version("41.1")
                .payload("abc")
                .putMetadata(NodeMetadata.START_EPOCH, "5")
                .build();

        assertThat(RolloutSchedules.fromNode(node)).isEmpty();
    }

    @Test
    void readsEveryField() {
        assertThat(RolloutSchedules.fromNode(rollout("1732700000", "0.25", "18446744073709551615")))
                .contains(RolloutSchedule.builder()
                        .startEpoch(1732700000L)
                        .startValue(0.25)
                        .durationMinutes(new BigInteger("18446744073709551615"))
                        .build());
    }

    @Test
    void missingFieldsTakeTheirDefaults() {
        assertThat(RolloutSchedules.fromNode(rollout(null, null, null)))
                .contains(RolloutSchedule.builder()
                        .startEpoch(0)
                        .startValue(0.0)
                        .durationMinutes(Optional.empty())
                        .build());
    }

    @ParameterizedTest(name = "start_epoch={0} start_value={1} duration={2}")
    @CsvSource(
            nullValues = "NONE",
            value = {
                "soon, NONE, NONE, 0, 0.0, NONE",
                "' 5', NONE, NONE, 0, 0.0, NONE",
                "9223372036854775808, NONE, NONE, 0, 0.0, NONE",
                "-60, half, NONE, -60, 0.0, NONE",
                "NONE, NaN, NONE, 0, 0.0, NONE",
                "NONE, inf, NONE, 0, 0.0, NONE",
                "NONE, -infinity, NONE, 0, 0.0, NONE",
                "NONE, 1e-7, -5, 0, 0.0000001, NONE",
                "NONE, NONE, 18446744073709551616, 0, 0.0, NONE",
                "NONE, NONE, 2.5, 0, 0.0, NONE",
                "NONE, NONE, +7, 0, 0.0, 7",
            })
    void unparsableValuesFallBackToTheirDefaults(
            String epoch,
            String value,
            String minutes,
            long expectedEpoch,
            double expectedValue,
            String expectedMinutes) {
        assertThat(RolloutSchedules.fromNode(rollout(epoch, value, minutes)))
                .contains(RolloutSchedule.builder()
                        .startEpoch(expectedEpoch)
                        .startValue(expectedValue)
                        .durationMinutes(Optional.ofNullable(expectedMinutes).map(BigInteger::new))
                        .build());
    }
}
