/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.model.GraphNode;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NodeMetadataTest {
    private static GraphNode with(String key, String value) {
        return GraphNode.builder()
                .version("1")
                .payload("p")
                .putMetadata(key, value)
                .build();
    }

    private static final GraphNode BARE =
            GraphNode.builder().version("1").payload("p").build();

    @Test
    void keyNamesAreThoseOfTheReferenceService() {
        assertThat(NodeMetadata.AGE_INDEX).isEqualTo("org.fedoraproject.coreos.releases.age_index");
        assertThat(NodeMetadata.SCHEME).isEqualTo("org.fedoraproject.coreos.scheme");
        assertThat(NodeMetadata.DEADEND).isEqualTo("org.fedoraproject.coreos.updates.deadend");
        assertThat(NodeMetadata.DEADEND_REASON).isEqualTo("org.fedoraproject.coreos.updates.deadend_reason");
        assertThat(NodeMetadata.BARRIER).isEqualTo("org.fedoraproject.coreos.updates.barrier");
        assertThat(NodeMetadata.BARRIER_REASON).isEqualTo("org.fedoraproject.coreos.updates.barrier_reason");
        assertThat(NodeMetadata.ROLLOUT).isEqualTo("org.fedoraproject.coreos.updates.rollout");
        assertThat(NodeMetadata.START_EPOCH).isEqualTo("org.fedoraproject.coreos.updates.start_epoch");
        assertThat(NodeMetadata.START_VALUE).isEqualTo("org.fedoraproject.coreos.updates.start_value");
        assertThat(NodeMetadata.DURATION_MINUTES).isEqualTo("org.fedoraproject.coreos.updates.duration_minutes");
    }

    @Test
    void absentKeysReadAsEmptyOrFalse() {
        assertThat(NodeMetadata.ageIndex(BARE)).isEmpty();
        assertThat(NodeMetadata.scheme(BARE)).isEmpty();
        assertThat(NodeMetadata.isDeadEnd(BARE)).isFalse();
        assertThat(NodeMetadata.deadEndReason(BARE)).isEmpty();
        assertThat(NodeMetadata.isBarrier(BARE)).isFalse();
        assertThat(NodeMetadata.barrierReason(BARE)).isEmpty();
        assertThat(NodeMetadata.isRollout(BARE)).isFalse();
        assertThat(NodeMetadata.startEpoch(BARE)).isEmpty();
        assertThat(NodeMetadata.startValue(BARE)).isEmpty();
        assertThat(NodeMetadata.durationMinutes(BARE)).isEmpty();
    }

    @Test
    void textValuesReadAsWritten() {
        assertThat(NodeMetadata.scheme(with(NodeMetadata.SCHEME, "oci"))).hasValue("oci");
        assertThat(NodeMetadata.deadEndReason(with(NodeMetadata.DEADEND_REASON, "generic")))
                .hasValue("generic");
        assertThat(NodeMetadata.barrierReason(with(NodeMetadata.BARRIER_REASON, "https://x")))
                .hasValue("https://x");
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false", "TRUE, false", "'', false"})
    void deadEndNeedsTheValueTrue(String value, boolean deadEnd) {
        assertThat(NodeMetadata.isDeadEnd(with(NodeMetadata.DEADEND, value))).isEqualTo(deadEnd);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", ""})
    void barrierAndRolloutAreMarkedByTheirKeyWhateverTheValue(String value) {
        assertThat(NodeMetadata.isBarrier(with(NodeMetadata.BARRIER, value))).isTrue();
        assertThat(NodeMetadata.isRollout(with(NodeMetadata.ROLLOUT, value))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "42, 42",
        "+7, 7",
        "9223372036854775807, 9223372036854775807",
    })
    void ageIndexReadsUnsignedIntegers(String text, long expected) {
        assertThat(NodeMetadata.ageIndex(with(NodeMetadata.AGE_INDEX, text))).isEqualTo(OptionalLong.of(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "1.0", " 1", "1 ", "x", "9223372036854775808", "١"})
    void ageIndexRejectsEverythingElse(String text) {
        assertThat(NodeMetadata.ageIndex(with(NodeMetadata.AGE_INDEX, text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "1568125800, 1568125800",
        "-5, -5",
        "+5, 5",
        "-9223372036854775808, -9223372036854775808",
        "9223372036854775807, 9223372036854775807",
    })
    void startEpochReadsSigned64BitIntegers(String text, long expected) {
        assertThat(NodeMetadata.startEpoch(with(NodeMetadata.START_EPOCH, text)))
                .isEqualTo(OptionalLong.of(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", "1.5", "1e3", " 1", "soon", "9223372036854775808", "٣", "0x10"})
    void startEpochRejectsEverythingElse(String text) {
        assertThat(NodeMetadata.startEpoch(with(NodeMetadata.START_EPOCH, text)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0.3, 0.3",
        "1, 1.0",
        "0, 0.0",
        "+0.5, 0.5",
        "-0.25, -0.25",
        ".5, 0.5",
        "5., 5.0",
        "1e-7, 0.0000001",
        "2.5E+2, 250.0",
        "0.30000000000000004, 0.30000000000000004",
    })
    void startValueReadsFloats(String text, double expected) {
        assertThat(NodeMetadata.startValue(with(NodeMetadata.START_VALUE, text)))
                .isEqualTo(OptionalDouble.of(expected));
    }

    @Test
    void startValueReadsInfinityAndNanLikeTheReference() {
        assertThat(NodeMetadata.startValue(with(NodeMetadata.START_VALUE, "inf")))
                .isEqualTo(OptionalDouble.of(Double.POSITIVE_INFINITY));
        assertThat(NodeMetadata.startValue(with(NodeMetadata.START_VALUE, "-Infinity")))
                .isEqualTo(OptionalDouble.of(Double.NEGATIVE_INFINITY));
        assertThat(NodeMetadata.startValue(with(NodeMetadata.START_VALUE, "NaN"))
                        .getAsDouble())
                .isNaN();
        assertThat(Double.doubleToRawLongBits(NodeMetadata.startValue(with(NodeMetadata.START_VALUE, "-0"))
                        .getAsDouble()))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "e5", "1e", "1e+", "1.0d", "1f", "0x1p3", " 0.5", "0.5 ", "half", "1_000", "٠.5"})
    void startValueRejectsWhatTheReferenceRejects(String text) {
        assertThat(NodeMetadata.startValue(with(NodeMetadata.START_VALUE, text)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "2880, 2880", "+1, 1", "18446744073709551615, 18446744073709551615"})
    void durationReadsUnsigned64BitIntegers(String text, String expected) {
        assertThat(NodeMetadata.durationMinutes(with(NodeMetadata.DURATION_MINUTES, text)))
                .isEqualTo(Optional.of(new BigInteger(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-0", "-1", "1.5", "18446744073709551616", "1 "})
    void durationRejectsEverythingElse(String text) {
        assertThat(NodeMetadata.durationMinutes(with(NodeMetadata.DURATION_MINUTES, text)))
                .isEmpty();
    }
}
