/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.examples.server.GraphServer;
import io.github.coreosrelease.examples.server.ServerSettings;
import io.github.coreosrelease.graph.service.DocumentSource;
import io.github.coreosrelease.graph.service.GraphService;
import io.github.coreosrelease.graph.service.GraphServiceConfig;
import io.github.coreosrelease.graph.service.StreamSources;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code next-update} asks the served OCI graph of the sample stream with its payload aliases
 * (SPEC §2.5): a node of 41.20241027.3.0 booted from the released (good) digest and one booted from
 * the bad digest both find their node and the same update, in even and odd minutes alike (the
 * reference serves the bad digests on even minutes only). With wariness 0.5 the newest rollout
 * (from 1734300000 at 0.25 over 4320 minutes) is offered from 1734386400.
 */
class NextUpdateOnServedAliasesTest {
    private static final String SAMPLES = "io/github/coreosrelease/examples/samples/";
    private static final String REPO = "quay.io/example/fedora-coreos@sha256:";
    private static final String GOOD = REPO + "3b99d19f1710bb4853df8618d7fafb778c74d4817f10a78a41ea7a2507cecf79";
    private static final String BAD = REPO + "badbadbadbad0000000000000000000000000000000000000000000000000001";
    private static final String NOVEMBER = "{\"update\":{\"version\":\"41.20241122.3.0\",\"payload\":\"" + REPO
            + "287a321c1c22ba03d1a57b90535c566da7ccd9a7e303afd1b216f0066d1f5da8\",\"age_index\":6},"
            + "\"reason\":\"update found\",\"deadend\":null}\n";
    private static final String DECEMBER = "{\"update\":{\"version\":\"41.20241215.3.0\",\"payload\":\"" + REPO
            + "b6d1f66a94aa75930087bbafeef2180cb78a173b9d80476bad6752700d6b925f\",\"age_index\":7},"
            + "\"reason\":\"update found\",\"deadend\":null}\n";

    @ParameterizedTest(name = "[{index}] at {0} (minute {1})")
    @CsvSource({
        "1734300000, even, NOVEMBER",
        "1734300059, even, NOVEMBER",
        "1734300060, odd,  NOVEMBER",
        "1734300119, odd,  NOVEMBER",
        "1734386399, odd,  NOVEMBER",
        "1734386400, even, DECEMBER",
        "1734386460, odd,  DECEMBER",
        "1734500000, odd,  DECEMBER",
    })
    void theGoodAndTheBadPayloadFindTheSameUpdateAtEveryMinute(long now, String minute, String update) {
        assertThat((now / 60) % 2 == 0 ? "even" : "odd").isEqualTo(minute);
        String expected = update.equals("NOVEMBER") ? NOVEMBER : DECEMBER;
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (GraphService service = GraphService.create(
                        GraphServiceConfig.builder()
                                .addStream(StreamSources.builder()
                                        .from(StreamSources.of(
                                                "sample",
                                                DocumentSource.classpath(SAMPLES + "releases.json"),
                                                DocumentSource.classpath(SAMPLES + "updates.json")))
                                        .payloadAliases(DocumentSource.classpath(SAMPLES + "payload-aliases.json"))
                                        .build())
                                .build(),
                        Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC),
                        registry);
                GraphServer server = GraphServer.start(
                        service,
                        registry,
                        ServerSettings.builder().bind("127.0.0.1").port(0).build())) {
            service.refreshAll();
            String graph = server.uri()
                    .resolve("v1/graph?basearch=x86_64&stream=sample&oci=true&rollout_wariness=0.5")
                    .toString();

            CliRun good = CliRun.run("next-update", "--graph", graph, "--booted", GOOD);
            CliRun bad = CliRun.run("next-update", "--graph", graph, "--booted", BAD);

            assertThat(good.exitCode).as(good.toString()).isZero();
            assertThat(good.out).isEqualTo(expected);
            assertThat(bad.exitCode).as(bad.toString()).isZero();
            assertThat(bad.out).isEqualTo(expected);
        }
    }
}
