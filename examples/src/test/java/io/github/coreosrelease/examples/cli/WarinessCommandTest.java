/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarinessCommandTest {
    @ParameterizedTest(name = "''{0}''")
    @CsvSource({
        "'', 0.18848315746051456",
        "e0f3745b108f471cbd4883c6fbed8cdd, 0.6533234000651716",
        "node-a, 0.5711827789480507",
    })
    void printsTheDerivedWariness(String uuid, String expected) {
        CliRun run = CliRun.run("wariness", "--node-uuid", uuid);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(expected + "\n");
        assertThat(run.err).isEmpty();
    }

    @Test
    void requiresTheUuid() {
        CliRun run = CliRun.run("wariness");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("""
                error: Missing required option: '--node-uuid=UUID'
                Try 'coreos-release wariness --help' for usage.
                """);
    }
}
