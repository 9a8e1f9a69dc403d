/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.model.JsonDecimal;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.model.Rollout;
import io.github.coreosrelease.core.model.Updates;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A negative zero keeps its sign through reading and writing, as the reference tools read it. */
class SignedZeroTest {
    private static final DocumentReader READER = DocumentReader.standard();

    private static Updates updates(String rollout) {
        String json =
                "{\"stream\":\"s\",\"releases\":[{\"version\":\"1\",\"metadata\":{\"rollout\":" + rollout + "}}]}";
        return READER.read(DocumentType.UPDATES, json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"-0.0, -0.0, true", "-0.000, -0.0, true", "-0e5, -0.0, true", "0.0, 0.0, false", "-0.5, -0.5, false"})
    void startPercentageKeepsTheSignOfZero(String written, String readBack, boolean negativeZero) {
        Rollout rollout = updates("{\"start_percentage\":" + written + "}")
                .releases()
                .get(0)
                .metadata()
                .rollout()
                .orElseThrow();

        JsonDecimal share = rollout.startPercentage().orElseThrow();
        assertThat(share.isNegativeZero()).isEqualTo(negativeZero);
        assertThat(share.toString()).isEqualTo(readBack);
    }

    @Test
    void aNegativeZeroIsWrittenBackWithItsSign() {
        Updates updates = updates("{\"start_percentage\":-0.0,\"x\":[-0.0,0.0,-0e1,1.50]}");

        assertThat(DocumentWriter.compact().writeString(DocumentType.UPDATES, updates))
                .isEqualTo("{\"stream\":\"s\",\"releases\":[{\"version\":\"1\",\"metadata\":{\"rollout\":"
                        + "{\"start_percentage\":-0.0,\"x\":[-0.0,0.0,-0.0,1.50]}}}]}");
    }

    @Test
    void rawJsonKeepsANegativeZero() {
        assertThat(RawJson.of("[-0.0, 0.0]").json()).isEqualTo("[-0.0,0.0]");
    }
}
