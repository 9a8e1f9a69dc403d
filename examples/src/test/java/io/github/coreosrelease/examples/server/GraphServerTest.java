/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.GraphError;
import io.github.coreosrelease.graph.service.DocumentSource;
import io.github.coreosrelease.graph.service.GraphService;
import io.github.coreosrelease.graph.service.GraphServiceConfig;
import io.github.coreosrelease.graph.service.RefreshResult;
import io.github.coreosrelease.graph.service.StreamSources;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server over real HTTP on 127.0.0.1, with the bundled sample stream copied to files. */
class GraphServerTest {
    /** Half-way through the newest sample rollout: its throttling is 0.25 + 0.75 / 2 = 0.625. */
    static final long HALF_WAY = 1_734_429_600L;

    static final String GRAPH = "v1/graph?basearch=x86_64&stream=sample";

    private static final int IDLE_CONNECTIONS = 1_000;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(HALF_WAY);
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private Path releases;
    private Path updates;
    private PrometheusMeterRegistry registry;
    private GraphService service;
    private URI base;

    @BeforeEach
    void setUp() {
        releases = dir.resolve("releases.json");
        updates = dir.resolve("updates.json");
        Samples.write(releases, Samples.text("releases.json"));
        Samples.write(updates, Samples.text("updates.json"));
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        service = service(true);
        service.refreshAll();
        base = server(service, List.of()).uri();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    private GraphService service(boolean policy) {
        GraphService created = GraphService.create(
                GraphServiceConfig.builder()
                        .addStream(
                                StreamSources.of("sample", DocumentSource.file(releases), DocumentSource.file(updates)))
                        .applyPolicy(policy)
                        .build(),
                clock,
                registry);
        toClose.add(created);
        return created;
    }

    private GraphServer server(GraphService graphs, List<String> origins) {
        GraphServer server = GraphServer.start(
                graphs,
                registry,
                ServerSettings.builder()
                        .bind("127.0.0.1")
                        .port(0)
                        .corsOrigins(origins)
                        .build());
        toClose.add(server);
        return server;
    }

    private static byte[] sampleBody(double wariness, long now) {
        return Samples.expectedBody(
                Samples.text("releases.json"), Samples.text("updates.json"), "x86_64", false, wariness, now);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                                  | 400 | missing_params",
                "basearch=x86_64                                     | 400 | missing_params",
                "stream=sample                                       | 400 | missing_params",
                "basearch=&stream=sample                             | 400 | missing_params",
                "basearch=x86_64&stream=                             | 400 | missing_params",
                "basearch=x86_64&stream=stable                       | 404 | unknown_stream",
                "basearch=riscv64&stream=sample                      | 404 | unknown_basearch",
                "basearch=x86_64&stream=sample&oci=yes               | 400 | invalid_params",
                "basearch=x86_64&stream=sample&oci=1                 | 400 | invalid_params",
                "basearch=x86_64&stream=sample&oci=                  | 400 | invalid_params",
                "basearch=x86_64&basearch=aarch64&stream=sample      | 400 | invalid_params",
                "basearch=x86_64&base%61rch=x86_64&stream=sample     | 400 | invalid_params",
                "basearch=%E2%82&stream=sample                       | 400 | invalid_params",
                "basearch=%E0%A4&stream=sample                       | 400 | invalid_params",
                "basearch=x86_64&stream=%C0%80                       | 400 | invalid_params",
            })
    void answersInvalidParametersWithAJsonError(String query, int status, String kind) {
        HttpResponse<byte[]> response = Http.get(base, "v1/graph?" + query);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        GraphError error = DocumentReader.standard().read(DocumentType.GRAPH_ERROR, response.body());
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(Http.text(response)).startsWith("{\"kind\":\"" + kind + "\",\"value\":\"");
    }

    @Test
    void servesAnEmptyGraphForAnArchitectureWithoutReleases() {
        HttpResponse<byte[]> checksum = Http.get(base, "v1/graph?basearch=s390x&stream=sample");
        HttpResponse<byte[]> oci = Http.get(base, "v1/graph?basearch=ppc64le&stream=sample&oci=true");

        assertThat(checksum.statusCode()).isEqualTo(200);
        assertThat(checksum.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(Http.text(checksum)).isEqualTo("{\"nodes\":[],\"edges\":[]}");
        assertThat(oci.statusCode()).isEqualTo(200);
        assertThat(Http.text(oci)).isEqualTo("{\"nodes\":[],\"edges\":[]}");
    }

    @Test
    void ignoresTheOtherProtocolParametersAndUnknownOnes() {
        HttpResponse<byte[]> response = Http.get(
                base,
                GRAPH + "&rollout_wariness=0.5&os_version=41.20241122.3.0&os_checksum=abc&group=default"
                        + "&platform=metal&node_uuid=&whatever=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.body()).isEqualTo(sampleBody(0.5, HALF_WAY));
        assertThat(Http.text(response)).startsWith("{\"nodes\":[{\"version\":\"40.20240416.3.0\",\"metadata\":{");
    }

    @Test
    void decodesTheQueryParameters() {
        HttpResponse<byte[]> encoded =
                Http.get(base, "v1/graph?base%61rch=x86%5F64&stream=s%61mple&rollout_wariness=%2B0.5");
        HttpResponse<byte[]> spaces = Http.get(base, "v1/graph?basearch=x86+64&stream=sample");

        assertThat(encoded.statusCode()).isEqualTo(200);
        assertThat(encoded.body()).isEqualTo(sampleBody(0.5, HALF_WAY));
        assertThat(Http.text(spaces))
                .isEqualTo("{\"kind\":\"unknown_basearch\",\"value\":\"unknown basearch \\\"x86 64\\\" for stream"
                        + " \\\"sample\\\": known are aarch64, ppc64le, s390x, x86_64\"}");
    }

    @Test
    void answersWhatIsTooLargeWithAJsonError() {
        String megabyteQuery = GRAPH + "&x=" + "a".repeat(1024 * 1024);
        StringBuilder manyParameters = new StringBuilder(GRAPH);
        for (int i = 0; i < 1000; i++) {
            manyParameters.append("&p").append(i).append('=');
        }

        assertThat(errorOf(Http.get(base, megabyteQuery)))
                .isEqualTo("414 {\"kind\":\"invalid_params\",\"value\":\"query string of 1048608 characters,"
                        + " more than the 65536 answered\"}");
        assertThat(errorOf(Http.get(base, manyParameters.toString())))
                .isEqualTo("400 {\"kind\":\"invalid_params\",\"value\":\"1002 query parameters, more than the"
                        + " 1000 answered\"}");
        HttpResponse<byte[]> hugeHeader = Http.send(Http.request(base, GRAPH)
                .header("X-Padding", "p".repeat(100_000))
                .build());
        assertThat(errorOf(hugeHeader)).startsWith("431 {\"kind\":\"invalid_params\",\"value\":\"headers of ");
        assertThat(errorOf(hugeHeader)).endsWith(" bytes, more than the 65536 answered\"}");
    }

    private static String errorOf(HttpResponse<byte[]> response) {
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        return response.statusCode() + " " + Http.text(response);
    }

    @Test
    void answersAMalformedEscapeWithAJsonError() throws IOException {
        // java.net.URI refuses "%zz": send the request line over a plain socket.
        String response;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            // HTTP wants CRLF line ends: a text block ends its lines with LF alone, so each line adds \r.
            String request = """
                    GET /v1/graph?basearch=%zz&stream=sample HTTP/1.1\r
                    Host: localhost\r
                    Connection: close\r
                    \r
                    """;
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(response).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("Content-Type: application/json\r\n");
        assertThat(response.substring(response.indexOf("\r\n\r\n") + 4))
                .startsWith(
                        "{\"kind\":\"invalid_params\",\"value\":\"malformed percent-encoding in the query string: ");
    }

    @Test
    void holdsAThousandIdleConnectionsAndStillAnswers() throws IOException {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < IDLE_CONNECTIONS; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.setSoTimeout(30_000);
                idle.add(socket);
            }

            HttpResponse<byte[]> response = Http.get(base, GRAPH + "&rollout_wariness=0.5");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(sampleBody(0.5, HALF_WAY));
            // The idle connections are still open and served: the first and the last one opened.
            for (Socket socket : List.of(idle.get(0), idle.get(IDLE_CONNECTIONS - 1))) {
                String answer = exchange(
                        socket,
                        "GET /" + GRAPH + "&rollout_wariness=0.5 HTTP/1.1\r\n"
                                + "Host: localhost\r\nConnection: close\r\n\r\n");
                assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n");
                assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4))
                        .isEqualTo(new String(sampleBody(0.5, HALF_WAY), StandardCharsets.UTF_8));
            }
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    @Test
    void answersHttp10WithoutHostAndRefusesHttp11WithoutHost() throws IOException {
        String http10;
        String http11;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            http10 = exchange(socket, "GET /" + GRAPH + "&rollout_wariness=0.5 HTTP/1.0\r\n\r\n");
        }
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            http11 = exchange(socket, "GET /" + GRAPH + " HTTP/1.1\r\nConnection: close\r\n\r\n");
        }

        // HTTP/1.0 has no Host header (RFC 1945): the graph, and the connection closed after it.
        assertThat(http10).startsWith("HTTP/1.0 200 OK\r\n");
        assertThat(http10.substring(http10.indexOf("\r\n\r\n") + 4))
                .isEqualTo(new String(sampleBody(0.5, HALF_WAY), StandardCharsets.UTF_8));
        assertThat(http11).startsWith("HTTP/1.1 400 Bad Request\r\n");
    }

    /** Sends a request over a plain socket and reads the answer until the server closes it. */
    private static String exchange(Socket socket, String request) throws IOException {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void switchesToTheOciGraph() {
        HttpResponse<byte[]> oci = Http.get(base, GRAPH + "&oci=true&rollout_wariness=0.5");
        HttpResponse<byte[]> checksum = Http.get(base, GRAPH + "&oci=false&rollout_wariness=0.5");

        assertThat(oci.body())
                .isEqualTo(Samples.expectedBody(
                        Samples.text("releases.json"), Samples.text("updates.json"), "x86_64", true, 0.5, HALF_WAY));
        assertThat(Samples.graph(oci.body()).nodes().get(0).payload())
                .startsWith("quay.io/example/fedora-coreos@sha256:");
        assertThat(Samples.edges(oci.body())).isEqualTo("[0,2] [0,3] [2,3]");
        assertThat(checksum.body()).isEqualTo(sampleBody(0.5, HALF_WAY));
        assertThat(Samples.graph(checksum.body()).nodes()).hasSize(8);
    }

    @ParameterizedTest(name = "now={0} wariness={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Newest rollout (node 7) at 0.625 half-way; node 6's rollout finished long ago.
                "1734429600 | 0.625 | [0,1] [1,3] [2,3] [3,6] [3,7] [4,6] [4,7] [6,7]",
                "1734429600 | 0.7   | [0,1] [1,3] [2,3] [3,6] [4,6]",
                // Before node 7's rollout starts.
                "1734200000 | 0.01  | [0,1] [1,3] [2,3] [3,6] [4,6]",
                "1734200000 | 0     | [0,1] [1,3] [2,3] [3,6] [3,7] [4,6] [4,7] [6,7]",
                // Half-way through node 6's rollout (0 to 1 over two days): 0.5.
                "1732786400 | 0.5   | [0,1] [1,3] [2,3] [3,6] [4,6]",
                "1732786400 | 0.6   | [0,1] [1,3] [2,3]",
            })
    void throttlesRolloutsAtTheInjectedClock(long now, String wariness, String edges) {
        clock.set(now);

        HttpResponse<byte[]> response = Http.get(base, GRAPH + "&rollout_wariness=" + wariness);

        assertThat(Samples.edges(response.body())).isEqualTo(edges);
        assertThat(response.body()).isEqualTo(sampleBody(Double.parseDouble(wariness), now));
    }

    @Test
    void withoutPolicyServesTheGraphAsBuilt() {
        GraphService asBuilt = service(false);
        asBuilt.refreshAll();
        URI unthrottled = server(asBuilt, List.of()).uri();
        clock.set(1_732_786_400L);

        HttpResponse<byte[]> response = Http.get(unthrottled, GRAPH + "&rollout_wariness=1");

        assertThat(Samples.edges(response.body())).isEqualTo("[0,1] [1,3] [2,3] [3,6] [3,7] [4,6] [4,7] [6,7]");
    }

    @Test
    void aFailedRefreshKeepsServingThePreviousGraph() {
        byte[] before = Http.get(base, GRAPH + "&rollout_wariness=0.5").body();

        Samples.write(releases, "{\"releases\": [{\"version\": ");
        RefreshResult result = service.refresh("sample");
        HttpResponse<byte[]> after = Http.get(base, GRAPH + "&rollout_wariness=0.5");

        assertThat(result.outcome()).isEqualTo(RefreshResult.Outcome.FAILED);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(before);
        assertThat(Http.text(Http.get(base, "metrics")))
                .contains("coreos_release_graph_refresh_failures_total{reason=\"document\",stream=\"sample\"} 1.0\n");
        assertThat(Http.get(base, "health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void concurrentRequestsDuringRefreshesSeeTheOldOrTheNewGraphNeverAMix() throws Exception {
        String updatesA = Samples.text("updates.json");
        // B: node 4 becomes a barrier, which changes the edges of every later node.
        String updatesB = updatesA.replace(
                "\"releases\": [",
                "\"releases\": [\n    {\"version\": \"41.20241027.3.0\", \"metadata\": {\"barrier\": {\"reason\": \"b\"}}},");
        byte[] bodyA = sampleBody(0.5, HALF_WAY);
        byte[] bodyB = Samples.expectedBody(Samples.text("releases.json"), updatesB, "x86_64", false, 0.5, HALF_WAY);
        assertThat(bodyA).isNotEqualTo(bodyB);
        int clients = 4;
        int requestsPerClient = 150;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    List<String> problems = new ArrayList<>();
                    for (int i = 0; i < requestsPerClient; i++) {
                        HttpResponse<byte[]> response = Http.get(base, GRAPH + "&rollout_wariness=0.5");
                        Samples.graph(response.body());
                        if (response.statusCode() != 200
                                || !(Arrays.equals(response.body(), bodyA) || Arrays.equals(response.body(), bodyB))) {
                            problems.add(response.statusCode() + " " + Http.text(response));
                        }
                    }
                    return problems;
                }));
            }
            for (int refresh = 0; refresh < 40; refresh++) {
                Samples.write(updates, refresh % 2 == 0 ? updatesB : updatesA);
                assertThat(service.refresh("sample").succeeded()).isTrue();
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get(120, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Http.get(base, GRAPH + "&rollout_wariness=0.5").body()).isEqualTo(bodyA);
    }

    @Test
    void answers304ToAMatchingIfNoneMatch() {
        HttpResponse<byte[]> first = Http.get(base, GRAPH + "&node_uuid=fixed");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> same = Http.send(Http.request(base, GRAPH + "&node_uuid=fixed")
                .header("If-None-Match", etag)
                .GET()
                .build());
        HttpResponse<byte[]> other = Http.send(Http.request(base, GRAPH + "&node_uuid=fixed")
                .header("If-None-Match", "\"something-else\"")
                .GET()
                .build());

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(same.statusCode()).isEqualTo(304);
        assertThat(same.body()).isEmpty();
        assertThat(same.headers().firstValue("ETag")).contains(etag);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).isEqualTo(first.body());
    }

    @Test
    void compressesWithGzipWhenTheClientAcceptsIt() {
        HttpResponse<byte[]> plain = Http.get(base, GRAPH + "&rollout_wariness=0.5");
        HttpResponse<byte[]> gzip = Http.send(Http.request(base, GRAPH + "&rollout_wariness=0.5")
                .header("Accept-Encoding", "br;q=1.0, gzip;q=0.8")
                .GET()
                .build());
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> revalidated = Http.send(Http.request(base, GRAPH + "&rollout_wariness=0.5")
                .header("Accept-Encoding", "gzip")
                .header("If-None-Match", plainTag)
                .GET()
                .build());

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzip.headers().allValues("Vary")).contains("Accept-Encoding");
        assertThat(gzip.body().length).isLessThan(plain.body().length);
        assertThat(Http.gunzip(gzip.body())).isEqualTo(plain.body());
        assertThat(gzip.headers().firstValue("ETag"))
                .contains(plainTag.replace("\"", "").transform(t -> "\"" + t + "-gzip\""));
        assertThat(revalidated.statusCode()).isEqualTo(304);
    }

    @Test
    void aCachedBodyAnsweredOnTheIoThreadHasTheHeadersAndBytesOfTheFirstAnswer() {
        // The first request of a hidden set serializes (and, with gzip, compresses) on a worker
        // thread; the next ones are lookups answered on the I/O thread: the same answer.
        for (String encoding : List.of("identity", "gzip")) {
            String query = GRAPH + "&rollout_wariness=0.7&encoding=" + encoding;
            List<HttpResponse<byte[]>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(Http.send(Http.request(base, query)
                        .header("Accept-Encoding", encoding)
                        .header("Origin", "https://example.com")
                        .GET()
                        .build()));
            }
            HttpResponse<byte[]> first = answers.get(0);
            assertThat(first.statusCode()).isEqualTo(200);
            for (HttpResponse<byte[]> later : answers.subList(1, 3)) {
                assertThat(later.statusCode()).isEqualTo(200);
                assertThat(later.body()).isEqualTo(first.body());
                for (String header : List.of(
                        "Content-Type",
                        "Content-Encoding",
                        "Content-Length",
                        "ETag",
                        "Cache-Control",
                        "Vary",
                        "Access-Control-Allow-Origin",
                        "X-Content-Type-Options")) {
                    assertThat(later.headers().allValues(header))
                            .as("%s, %s", encoding, header)
                            .isEqualTo(first.headers().allValues(header));
                }
            }
            assertThat(first.headers().allValues("Vary")).as(encoding).containsExactly("Accept-Encoding");
        }
    }

    @Test
    void headSendsTheHeadersOfGetWithoutBody() {
        HttpResponse<byte[]> get = Http.get(base, GRAPH);
        HttpResponse<byte[]> head = Http.send(Http.request(base, GRAPH)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).contains(Integer.toString(get.body().length));
        assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    }

    @Test
    void exposesPrometheusMetricsWithTheReferenceNames() {
        Http.get(base, GRAPH + "&rollout_wariness=0.5");
        Http.get(base, GRAPH + "&rollout_wariness=0.05");
        Http.get(base, "v1/graph?stream=sample");

        HttpResponse<byte[]> metrics = Http.get(base, "metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
        assertThat(Http.text(metrics))
                .contains("fcos_cincinnati_pe_v1_graph_incoming_requests_total 3.0\n")
                .contains("fcos_cincinnati_gb_cache_graph_requests_total{basearch=\"x86_64\",oci=\"false\","
                        + "stream=\"sample\"} 2.0\n")
                .contains("fcos_cincinnati_gb_cache_graph_requests_total{basearch=\"aarch64\",oci=\"true\","
                        + "stream=\"sample\"} 0.0\n")
                .contains("fcos_cincinnati_gb_scraper_graph_final_releases{basearch=\"x86_64\",oci=\"false\","
                        + "stream=\"sample\"} 8.0\n")
                .contains("fcos_cincinnati_gb_scraper_graph_final_edges{basearch=\"x86_64\",oci=\"false\","
                        + "stream=\"sample\"} 8.0\n")
                .contains("fcos_cincinnati_gb_scraper_graph_final_releases{basearch=\"aarch64\",oci=\"true\","
                        + "stream=\"sample\"} 4.0\n")
                .contains("fcos_cincinnati_gb_scraper_graph_last_refresh_timestamp{basearch=\"x86_64\",oci=\"false\","
                        + "stream=\"sample\"} 1.7344296E9\n")
                .contains("fcos_cincinnati_gb_scraper_upstream_scrapes_total{stream=\"sample\"} 1.0\n")
                .contains("fcos_cincinnati_pe_v1_graph_rollout_wariness_percent_bucket{le=\"10.0\"} 1\n")
                .contains("fcos_cincinnati_pe_v1_graph_rollout_wariness_percent_bucket{le=\"50.0\"} 2\n")
                .contains("fcos_cincinnati_pe_v1_graph_rollout_wariness_percent_count 2\n")
                // Both warinesses are below the rollout's 0.625: one hidden set, one body.
                .contains("coreos_release_graph_body_cache_lookups_total{result=\"miss\"} 1.0\n")
                .contains("coreos_release_graph_body_cache_lookups_total{result=\"hit\"} 1.0\n")
                .doesNotContain("coreos_release_graph_refresh_failures_total{");
    }

    @Test
    void reportsReadinessAndLiveness() {
        GraphService unloaded = service(true);
        URI fresh = server(unloaded, List.of()).uri();

        HttpResponse<byte[]> notReady = Http.get(fresh, "health/ready");
        HttpResponse<byte[]> graphBeforeLoad = Http.get(fresh, GRAPH);
        unloaded.refreshAll();
        HttpResponse<byte[]> ready = Http.get(fresh, "health/ready");
        HttpResponse<byte[]> live = Http.get(fresh, "health/live");

        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(Http.text(notReady)).isEqualTo("{\"status\":\"not ready\"}");
        assertThat(graphBeforeLoad.statusCode()).isEqualTo(503);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(Http.text(ready)).isEqualTo("{\"status\":\"ready\"}");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(Http.text(live)).isEqualTo("{\"status\":\"live\"}");
    }

    @Test
    void allowsEveryOriginByDefault() {
        HttpResponse<byte[]> response = Http.send(Http.request(base, GRAPH)
                .header("Origin", "https://builds.example.org")
                .GET()
                .build());
        HttpResponse<byte[]> error = Http.get(base, "v1/graph?stream=sample");

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
                .contains("ETag");
        assertThat(error.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    @Test
    void allowsOnlyTheConfiguredOrigins() {
        URI restricted = server(service, List.of("https://builds.example.org", "https://other.example.org"))
                .uri();

        HttpResponse<byte[]> allowed = Http.send(Http.request(restricted, GRAPH)
                .header("Origin", "https://other.example.org")
                .GET()
                .build());
        HttpResponse<byte[]> refused = Http.send(Http.request(restricted, GRAPH)
                .header("Origin", "https://evil.example.org")
                .GET()
                .build());
        HttpResponse<byte[]> preflight = Http.send(Http.request(restricted, GRAPH)
                .header("Origin", "https://builds.example.org")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://other.example.org");
        assertThat(allowed.headers().allValues("Vary")).contains("Origin");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("https://builds.example.org");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .contains("GET, HEAD, OPTIONS");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .contains("if-none-match");
    }

    @Test
    void answersUnknownPathsAndMethodsWithJsonErrors() {
        HttpResponse<byte[]> missing = Http.get(base, "v2/graph");
        HttpResponse<byte[]> post = Http.send(Http.request(base, GRAPH)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Http.text(missing))
                .isEqualTo("{\"kind\":\"not_found\",\"value\":\"no such path: /v2/graph; try /v1/graph\"}");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
        assertThat(Http.text(post))
                .isEqualTo(
                        "{\"kind\":\"method_not_allowed\",\"value\":\"method POST is not allowed here; use GET, HEAD,"
                                + " OPTIONS\"}");
    }

    @Test
    void closingTwiceIsHarmlessAndRefusesNewConnections() {
        GraphServer extra = server(service, List.of());
        URI uri = extra.uri();
        assertThat(Http.get(uri, GRAPH).statusCode()).isEqualTo(200);

        extra.close();
        extra.close();

        Optional<Throwable> failure = Optional.empty();
        try {
            Http.get(uri, GRAPH);
        } catch (RuntimeException e) {
            failure = Optional.of(e);
        }
        assertThat(failure).isPresent();
    }
}
