/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.graph.service.DocumentSource;
import io.github.coreosrelease.graph.service.GraphService;
import io.github.coreosrelease.graph.service.GraphServiceConfig;
import io.github.coreosrelease.graph.service.StreamSources;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /v1/explain} over real HTTP on the bundled sample stream with its payload aliases, at
 * chosen instants of the server's clock. The newest sample rollout (41.20241215.3.0) starts at
 * 1734300000 at 0.25 and lasts 4320 minutes: wariness 0.5 is reached 86400 s after the start.
 */
class ExplainEndpointTest {
    static final long ROLLOUT_START = 1_734_300_000L;

    private static final String REPO = "quay.io/example/fedora-coreos@sha256:";
    private static final String NOVEMBER = REPO + "287a321c1c22ba03d1a57b90535c566da7ccd9a7e303afd1b216f0066d1f5da8";
    private static final String DECEMBER = REPO + "b6d1f66a94aa75930087bbafeef2180cb78a173b9d80476bad6752700d6b925f";

    /** Its wariness by SipHash-1-3 (keys 0, UUID bytes then 0xFF), checked with CPython's hash. */
    private static final String UUID = "5d3a2c4e-6f1b-4a8e-9c2d-0123456789ab";

    /** The answer for a node booted from the November release, with the December rollout's state. */
    private static final String NOVEMBER_ANSWER = "{\"update\":%s,\"reason\":\"%s\",\"candidates\":[{\"version\":"
            + "\"41.20241215.3.0\",\"payload\":\"" + DECEMBER + "\",\"state\":\"%s\",\"offered_at\":%s}],"
            + "\"stream\":\"sample\",\"basearch\":\"x86_64\",\"oci\":true,\"now\":%s,\"wariness\":%s,"
            + "\"booted\":{\"payload\":\"" + NOVEMBER + "\",\"in_graph\":true,\"version\":\"41.20241122.3.0\","
            + "\"alias_of\":null},\"near_matches\":[],\"deadend\":null,\"barrier\":null,"
            + "\"newest\":\"41.20241215.3.0\"}";

    private final MutableClock clock = new MutableClock(ROLLOUT_START);
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    /** A server of the sample stream and its payload aliases, on the test's clock. */
    URI server(boolean policy) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        GraphService service = GraphService.create(
                GraphServiceConfig.builder()
                        .addStream(StreamSources.builder()
                                .from(StreamSources.of(
                                        "sample",
                                        DocumentSource.classpath(Samples.RESOURCES + "releases.json"),
                                        DocumentSource.classpath(Samples.RESOURCES + "updates.json")))
                                .payloadAliases(DocumentSource.classpath(Samples.RESOURCES + "payload-aliases.json"))
                                .build())
                        .applyPolicy(policy)
                        .build(),
                clock,
                registry);
        toClose.add(service);
        service.refreshAll();
        GraphServer server = GraphServer.start(
                service,
                registry,
                ServerSettings.builder().bind("127.0.0.1").port(0).build());
        toClose.add(server);
        return server.uri();
    }

    private static String explain(URI base, String query) {
        HttpResponse<byte[]> response = Http.get(base, "v1/explain?" + query);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        return response.statusCode() + " " + Http.text(response);
    }

    @Test
    void answersWhatExplainPrintsAtTheServersClockUpToTheSecondTheRolloutReachesTheWariness() {
        URI base = server(true);
        String query = "basearch=x86_64&stream=sample&rollout_wariness=0.5&booted=" + NOVEMBER;

        assertThat(explain(base, query))
                .isEqualTo("200 "
                        + NOVEMBER_ANSWER.formatted(
                                "null", "no update available", "throttled", "1734386400", "1734300000", "0.5"));
        clock.set(1_734_386_399L);
        assertThat(explain(base, query))
                .isEqualTo("200 "
                        + NOVEMBER_ANSWER.formatted(
                                "null", "no update available", "throttled", "1734386400", "1734386399", "0.5"));
        clock.set(1_734_386_400L);
        assertThat(explain(base, query))
                .isEqualTo("200 "
                        + NOVEMBER_ANSWER.formatted(
                                "\"41.20241215.3.0\"", "update found", "offered", "null", "1734386400", "0.5"));
    }

    @Test
    void derivesTheWarinessFromTheNodeUuidAsTheGraphDoes() {
        URI base = server(true);
        String query = "basearch=x86_64&stream=sample&oci=true&node_uuid=" + UUID + "&booted=" + NOVEMBER;
        // 0.25 + 0.75 * 160939 / 259200 = 0.71567997... < w = 0.715679983036257 <= 0.25 + 0.75 * 160940 / 259200
        clock.set(1_734_460_939L);
        assertThat(explain(base, query))
                .isEqualTo("200 "
                        + NOVEMBER_ANSWER.formatted(
                                "null",
                                "no update available",
                                "throttled",
                                "1734460940",
                                "1734460939",
                                "0.715679983036257"));
        HttpResponse<byte[]> graph =
                Http.get(base, "v1/graph?basearch=x86_64&stream=sample&oci=true&node_uuid=" + UUID);
        // The graph served to that node agrees: no edge yet from November (2) to December (3).
        assertThat(Samples.edges(graph.body())).isEqualTo("[0,2] [4,2]");

        clock.set(1_734_460_940L);
        assertThat(explain(base, query))
                .isEqualTo("200 "
                        + NOVEMBER_ANSWER.formatted(
                                "\"41.20241215.3.0\"",
                                "update found",
                                "offered",
                                "null",
                                "1734460940",
                                "0.715679983036257"));
        graph = Http.get(base, "v1/graph?basearch=x86_64&stream=sample&oci=true&node_uuid=" + UUID);
        assertThat(Samples.edges(graph.body())).isEqualTo("[0,2] [0,3] [2,3] [4,2] [4,3]");
    }

    @Test
    void explainsTheBadPayloadThroughItsAliasNodeAndUsesTheOsVersionForNearMatches() {
        URI base = server(true);
        String bad = REPO + "badbadbadbad0000000000000000000000000000000000000000000000000001";

        assertThat(explain(base, "basearch=x86_64&stream=sample&rollout_wariness=0.5&booted=" + bad))
                .isEqualTo("200 {\"update\":\"41.20241122.3.0\",\"reason\":\"update found\",\"candidates\":["
                        + "{\"version\":\"41.20241122.3.0\",\"payload\":\"" + NOVEMBER
                        + "\",\"state\":\"offered\",\"offered_at\":null},{\"version\":\"41.20241215.3.0\","
                        + "\"payload\":\"" + DECEMBER + "\",\"state\":\"throttled\",\"offered_at\":1734386400}],"
                        + "\"stream\":\"sample\",\"basearch\":\"x86_64\",\"oci\":true,\"now\":1734300000,"
                        + "\"wariness\":0.5,\"booted\":{\"payload\":\"" + bad + "\",\"in_graph\":true,"
                        + "\"version\":\"41.20241027.3.0\",\"alias_of\":\"" + REPO
                        + "3b99d19f1710bb4853df8618d7fafb778c74d4817f10a78a41ea7a2507cecf79\"},"
                        + "\"near_matches\":[],\"deadend\":null,\"barrier\":null,\"newest\":\"41.20241215.3.0\"}");

        String unknown = REPO + "0000000000000000000000000000000000000000000000000000000000000000";
        assertThat(explain(
                        base,
                        "basearch=x86_64&stream=sample&rollout_wariness=0.5&os_version=41.20241109.3.0&booted="
                                + unknown))
                .isEqualTo("200 {\"update\":null,\"reason\":\"booted deployment not in graph\",\"candidates\":[],"
                        + "\"stream\":\"sample\",\"basearch\":\"x86_64\",\"oci\":true,\"now\":1734300000,"
                        + "\"wariness\":0.5,\"booted\":{\"payload\":\"" + unknown + "\",\"in_graph\":false,"
                        + "\"version\":null,\"alias_of\":null},\"near_matches\":[{\"version\":\"41.20241109.3.0\","
                        + "\"payload\":\"" + REPO + "3f66e15a0c1f98eab1ce68437404a76c5828fdd91adf1009ba3d2b11ab631e69"
                        + "\",\"resemblance\":\"same version, another payload\"},{\"version\":\"41.20241109.3.0\","
                        + "\"payload\":\"" + REPO + "badbadbadbad0000000000000000000000000000000000000000000000000003"
                        + "\",\"resemblance\":\"same version, an alias payload\"}],\"deadend\":null,\"barrier\":null,"
                        + "\"newest\":\"41.20241215.3.0\"}");
    }

    @Test
    void withoutThePolicyNoRolloutIsThrottled() {
        URI base = server(false);

        assertThat(explain(base, "basearch=x86_64&stream=sample&rollout_wariness=1&booted=" + NOVEMBER))
                .isEqualTo("200 "
                        + NOVEMBER_ANSWER.formatted(
                                "\"41.20241215.3.0\"", "update found", "offered", "null", "1734300000", "0"));
    }

    @Test
    void anExplanationIsNeitherTaggedNorKept() {
        URI base = server(true);
        HttpResponse<byte[]> response = Http.get(base, "v1/explain?basearch=x86_64&stream=sample&booted=" + NOVEMBER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "basearch=x86_64&stream=sample"
                        + " | 400 {\"kind\":\"missing_params\",\"value\":\"mandatory client parameters missing: booted\"}",
                "booted=sha-mock"
                        + " | 400 {\"kind\":\"missing_params\",\"value\":\"mandatory client parameters missing:"
                        + " basearch, stream\"}",
                "basearch=x86_64&stream=sample&booted="
                        + " | 400 {\"kind\":\"missing_params\",\"value\":\"mandatory client parameters missing: booted\"}",
                "basearch=x86_64&stream=sample&booted=a&booted=b"
                        + " | 400 {\"kind\":\"invalid_params\",\"value\":\"invalid parameter booted"
                        + " \\\"2 values\\\": expected the parameter at most once\"}",
                "basearch=x86_64&stream=sample&oci=yes&booted=sha-mock"
                        + " | 400 {\"kind\":\"invalid_params\",\"value\":\"invalid oci parameter \\\"yes\\\":"
                        + " expected true or false\"}",
                "basearch=x86_64&stream=sample&oci=true&booted=sha-mock"
                        + " | 400 {\"kind\":\"invalid_params\",\"value\":\"oci=true does not fit the booted payload"
                        + " \\\"sha-mock\\\": a node booted from an OSTree checksum asks with oci=false\"}",
                "basearch=x86_64&stream=stable&booted=sha-mock"
                        + " | 404 {\"kind\":\"unknown_stream\",\"value\":\"unknown stream \\\"stable\\\": this service"
                        + " serves sample\"}",
                "basearch=riscv64&stream=sample&booted=sha-mock"
                        + " | 404 {\"kind\":\"unknown_basearch\",\"value\":\"unknown basearch \\\"riscv64\\\" for"
                        + " stream \\\"sample\\\": known are aarch64, ppc64le, s390x, x86_64\"}",
            })
    void answersBadQueriesWithTheJsonErrorOfTheGraphEndpoint(String query, String expected) {
        assertThat(explain(server(true), query)).isEqualTo(expected);
    }
}
