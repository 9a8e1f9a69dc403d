/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GraphServiceConfigTest {
    private static final StreamSources STABLE =
            StreamSources.of("stable", DocumentSource.parse("releases.json"), DocumentSource.parse("updates.json"));

    @Test
    void hasTheReferenceDefaults() {
        GraphServiceConfig config =
                GraphServiceConfig.builder().addStream(STABLE).build();

        assertThat(config.refreshInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.retryInitialDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.retryMaxDelay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.maxDocumentBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(config.applyPolicy()).isTrue();
    }

    @Test
    void refusesConfigurationsThatCannotWork() {
        assertThatThrownBy(() -> GraphServiceConfig.builder().build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid streams \"[]\": expected at least one stream to serve");
        assertThatThrownBy(() -> GraphServiceConfig.builder()
                        .addStream(STABLE)
                        .addStream(STABLE)
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid stream \"stable\": expected each stream configured once");
        assertThatThrownBy(() -> GraphServiceConfig.builder()
                        .addStream(STABLE)
                        .refreshInterval(Duration.ZERO)
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid refresh interval \"PT0S\": expected a positive duration");
        assertThatThrownBy(() -> GraphServiceConfig.builder()
                        .addStream(STABLE)
                        .retryInitialDelay(Duration.ofMinutes(10))
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid retry max delay \"PT5M\": expected at least the retry initial delay PT10M");
        assertThatThrownBy(() -> GraphServiceConfig.builder()
                        .addStream(STABLE)
                        .maxDocumentBytes(1)
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid max document bytes \"1\": expected at least 2 bytes (the smallest JSON object)");
        assertThatThrownBy(() -> StreamSources.of("", STABLE.releaseIndex(), STABLE.updates()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid stream \"\": expected a non-empty stream name, e.g. stable");
    }
}
