/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphLimits;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import io.github.coreosrelease.graph.service.internal.ServiceMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphServiceTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(999);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private Path releases;
    private Path updates;
    private GraphService service;

    @BeforeEach
    void setUp() {
        releases = dir.resolve("releases.json");
        updates = dir.resolve("updates.json");
        Documents.write(releases, Documents.text("releases.json"));
        Documents.write(updates, Documents.text("updates.json"));
        service = GraphService.create(config(true), clock, registry);
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    private GraphServiceConfig config(boolean policy) {
        return GraphServiceConfig.builder()
                .addStream(StreamSources.of("test", DocumentSource.file(releases), DocumentSource.file(updates)))
                .applyPolicy(policy)
                .build();
    }

    private static GraphQuery query(String basearch, String stream) {
        return GraphQuery.builder().basearch(basearch).stream(stream).build();
    }

    private static GraphQuery query(String basearch, double wariness) {
        return GraphQuery.builder().basearch(basearch).stream("test")
                .rolloutWariness(Double.toString(wariness))
                .build();
    }

    static CincinnatiGraph graph(GraphResponse response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return DocumentReader.standard().read(DocumentType.GRAPH, response.bodyBytes());
    }

    static String edges(CincinnatiGraph graph) {
        List<String> out = new ArrayList<>();
        for (GraphEdge edge : graph.edges()) {
            out.add("[" + edge.source() + "," + edge.target() + "]");
        }
        return String.join(" ", out);
    }

    static String versions(CincinnatiGraph graph) {
        List<String> out = new ArrayList<>();
        for (GraphNode node : graph.nodes()) {
            out.add(node.version());
        }
        return String.join(" ", out);
    }

    private double counter(String name, String... tags) {
        return counter(registry, name, tags);
    }

    /** A counter's count in a registry, 0 when it was never incremented (so never registered). */
    static double counter(SimpleMeterRegistry registry, String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private double gauge(String name, String... tags) {
        return registry.find(name).tags(tags).gauge().value();
    }

    @Test
    void isNotReadyAndAnswers503UntilTheFirstRefresh() {
        assertThat(service.isReady()).isFalse();
        GraphResponse before = service.graph(query("x86_64", "test"));
        assertThat(before.status()).isEqualTo(503);
        assertThat(before.errorKind()).contains(GraphErrorKind.GRAPH_UNAVAILABLE);
        assertThat(new String(before.bodyBytes(), StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"kind\":\"graph_unavailable\",\"value\":\"the graphs of stream \\\"test\\\" are not loaded yet\"}");
        assertThat(before.etag(false)).isEmpty();

        List<RefreshResult> results = service.refreshAll();

        assertThat(results).hasSize(1);
        assertThat(results.get(0).outcome()).isEqualTo(RefreshResult.Outcome.UPDATED);
        assertThat(results.get(0).startedAt().getEpochSecond()).isEqualTo(999);
        assertThat(service.isReady()).isTrue();
        assertThat(service.graphs("test").orElseThrow().architectures())
                .containsExactly("aarch64", "ppc64le", "s390x", "x86_64");
    }

    @Test
    void servesTheBuiltGraphWithThePolicyAppliedAtTheServiceClock() {
        service.refreshAll();
        ReleaseIndex index = DocumentReader.standard().read(DocumentType.RELEASE_INDEX, releases);
        Updates docs = DocumentReader.standard().read(DocumentType.UPDATES, updates);
        CincinnatiGraph built = GraphBuilder.build(index, docs, Scope.of("test", "x86_64", false));

        GraphResponse response = service.graph(query("x86_64", 0.5));

        byte[] expected = DocumentWriter.compact().write(DocumentType.GRAPH, GraphPolicy.apply(built, 0.5, 999));
        assertThat(response.bodyBytes()).isEqualTo(expected);
        assertThat(versions(graph(response))).isEqualTo("41.1 41.2 41.3 42.1");
        assertThat(edges(graph(response))).isEqualTo("[0,1]");
        assertThat(response.etag(false).orElseThrow()).matches("\"[0-9a-f]{32}\"");
        assertThat(response.etag(true).orElseThrow())
                .isEqualTo(response.etag(false).orElseThrow().replace("\"", "").transform(t -> "\"" + t + "-gzip\""));
    }

    @ParameterizedTest(name = "now={0} wariness={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Before the rollout starts only a canary sees it.
                "999  | 0.0  | [0,1] [1,3] [2,3]",
                "999  | 0.01 | [0,1]",
                // At the start: 0.2.
                "1000 | 0.2  | [0,1] [1,3] [2,3]",
                "1000 | 0.21 | [0,1]",
                // Halfway: 0.2 + 0.8 * 300 / 600 = 0.6.
                "1300 | 0.6  | [0,1] [1,3] [2,3]",
                "1300 | 0.61 | [0,1]",
                // Done after ten minutes.
                "1601 | 1.0  | [0,1] [1,3] [2,3]",
            })
    void throttlesTheRolloutAtTheInjectedClock(long now, double wariness, String expectedEdges) {
        service.refreshAll();
        clock.set(now);

        assertThat(edges(graph(service.graph(query("x86_64", wariness))))).isEqualTo(expectedEdges);
    }

    @Test
    void derivesTheWarinessFromTheNodeUuidWhenNoneIsStated() {
        service.refreshAll();
        clock.set(1300);
        // Derived warinesses, by SipHash-1-3 (see WarinessTest): "" gives 0.188..., so the rollout
        // at 0.6 is offered; a stated 1 overrides any uuid.
        GraphQuery uuidOnly =
                GraphQuery.builder().basearch("x86_64").stream("test").build();
        GraphQuery stated = GraphQuery.builder().basearch("x86_64").stream("test")
                .nodeUuid("")
                .rolloutWariness("1")
                .build();

        assertThat(edges(graph(service.graph(uuidOnly)))).isEqualTo("[0,1] [1,3] [2,3]");
        assertThat(edges(graph(service.graph(stated)))).isEqualTo("[0,1]");
    }

    @Test
    void servesTheOciGraphWhenAsked() {
        service.refreshAll();
        clock.set(2000);
        GraphQuery oci = GraphQuery.builder().basearch("x86_64").stream("test")
                .oci("true")
                .build();

        CincinnatiGraph graph = graph(service.graph(oci));

        assertThat(versions(graph)).isEqualTo("41.2 41.3 42.1");
        assertThat(graph.nodes().get(2).payload()).isEqualTo("quay.io/x@sha256:421x");
        assertThat(edges(graph)).isEqualTo("[0,2] [1,2]");
        assertThat(versions(graph(service.graph(
                        GraphQuery.builder().from(oci).oci("false").build()))))
                .isEqualTo("41.1 41.2 41.3 42.1");
        assertThat(graph(service.graph(GraphQuery.builder()
                                .from(oci)
                                .basearch("aarch64")
                                .build()))
                        .nodes())
                .isEmpty();
    }

    @Test
    void servesEmptyGraphsForConfiguredArchitecturesWithoutReleasesAnd404ForOthers() {
        try (GraphService configured = GraphService.create(
                GraphServiceConfig.builder()
                        .addStream(StreamSources.of(
                                "test", DocumentSource.file(releases), DocumentSource.file(updates), Set.of("riscv64")))
                        .build(),
                clock,
                new SimpleMeterRegistry())) {
            configured.refreshAll();

            assertThat(configured.graphs("test").orElseThrow().architectures())
                    .containsExactly("aarch64", "riscv64", "x86_64");
            for (String oci : List.of("false", "true")) {
                GraphResponse empty = configured.graph(GraphQuery.builder().basearch("riscv64").stream("test")
                        .oci(oci)
                        .build());
                assertThat(empty.status()).isEqualTo(200);
                assertThat(new String(empty.bodyBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("{\"nodes\":[],\"edges\":[]}");
            }
            GraphResponse unknown = configured.graph(query("s390x", "test"));
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.error().orElseThrow().value())
                    .isEqualTo("unknown basearch \"s390x\" for stream \"test\": known are aarch64, riscv64, x86_64");
        }
    }

    @Test
    void servesTheReferenceArchitecturesByDefaultWithEmptyGraphs() {
        service.refreshAll();

        GraphResponse response = service.graph(query("s390x", "test"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.bodyBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"nodes\":[],\"edges\":[]}");
        assertThat(StreamSources.of("test", DocumentSource.file(releases), DocumentSource.file(updates))
                        .architectures())
                .containsExactly("aarch64", "ppc64le", "s390x", "x86_64");
    }

    @Test
    void refusesAnEmptyConfiguredArchitecture() {
        DocumentSource index = DocumentSource.file(releases);
        DocumentSource docs = DocumentSource.file(updates);
        assertThatThrownBy(() -> StreamSources.of("test", index, docs, Set.of("x86_64", "")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid architecture \"\": expected a non-empty architecture name, e.g. x86_64");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no basearch      |         | test  |       | 400 | missing_params   | mandatory client parameters missing: basearch",
                "empty basearch   | ''      | test  |       | 400 | missing_params   | mandatory client parameters missing: basearch",
                "empty stream     | x86_64  | ''    |       | 400 | missing_params   | mandatory client parameters missing: stream",
                "nothing          |         |       |       | 400 | missing_params   | mandatory client parameters missing: basearch, stream",
                "oci yes          | x86_64  | test  | yes   | 400 | invalid_params   | invalid oci parameter \"yes\": expected true or false",
                "oci TRUE         | x86_64  | test  | TRUE  | 400 | invalid_params   | invalid oci parameter \"TRUE\": expected true or false",
                "oci empty        | x86_64  | test  | ''    | 400 | invalid_params   | invalid oci parameter \"\": expected true or false",
                "unknown stream   | x86_64  | stable|       | 404 | unknown_stream   | unknown stream \"stable\": this service serves test",
                "unknown basearch | riscv64 | test  |       | 404 | unknown_basearch | unknown basearch \"riscv64\" for stream \"test\": known are aarch64, ppc64le, s390x, x86_64",
            })
    void answersBadQueriesWithTheirStatusAndErrorBody(
            String name, String basearch, String stream, String oci, int status, String kind, String value) {
        service.refreshAll();
        GraphQuery.Builder query = GraphQuery.builder();
        if (basearch != null) {
            query.basearch(basearch);
        }
        if (stream != null) {
            query.stream(stream);
        }
        if (oci != null) {
            query.oci(oci);
        }

        GraphResponse response = service.graph(query.build());

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.error().orElseThrow().kind()).isEqualTo(kind);
        assertThat(response.error().orElseThrow().value()).isEqualTo(value);
        assertThat(DocumentReader.standard().read(DocumentType.GRAPH_ERROR, response.bodyBytes()))
                .isEqualTo(response.error().orElseThrow());
    }

    @Test
    void readsParameterMapsIgnoringUnknownOnesAndRefusingDuplicates() {
        service.refreshAll();
        Map<String, List<String>> withOthers = Map.of(
                "basearch", List.of("x86_64"),
                "stream", List.of("test"),
                "os_version", List.of("41.1"),
                "platform", List.of("metal"),
                "whatever", List.of("1", "2"));
        Map<String, List<String>> twice = Map.of("basearch", List.of("x86_64", "aarch64"), "stream", List.of("test"));

        assertThat(service.graph(withOthers).status()).isEqualTo(200);
        GraphResponse refused = service.graph(twice);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error().orElseThrow().kind()).isEqualTo("invalid_params");
        assertThat(refused.error().orElseThrow().value())
                .isEqualTo("invalid parameter basearch \"2 values\": expected the parameter at most once");
    }

    @Test
    void atOneInstantOneRolloutInProgressGivesTwoBodiesWhateverTheClients() {
        service.refreshAll();
        clock.set(1300);
        Set<String> tags = new HashSet<>();

        for (int client = 0; client <= 1000; client++) {
            GraphResponse response = service.graph(query("x86_64", client / 1000.0));
            tags.add(response.etag(false).orElseThrow());
        }

        assertThat(tags).hasSize(2);
        assertThat(counter(ServiceMetrics.BODY_CACHE_LOOKUPS, "result", "miss")).isEqualTo(2);
        assertThat(counter(ServiceMetrics.BODY_CACHE_LOOKUPS, "result", "hit")).isEqualTo(999);
        assertThat(counter(ServiceMetrics.GRAPH_REQUESTS, "basearch", "x86_64", "stream", "test", "oci", "false"))
                .isEqualTo(1001);
        assertThat(counter(ServiceMetrics.INCOMING_REQUESTS)).isEqualTo(1001);
    }

    @Test
    void withoutPolicyServesTheGraphAsBuilt() {
        try (GraphService unthrottled = GraphService.create(config(false), clock, registry)) {
            unthrottled.refreshAll();

            GraphResponse response = unthrottled.graph(query("x86_64", 1.0));

            assertThat(edges(graph(response))).isEqualTo("[0,1] [1,3] [2,3]");
            assertThat(registry.find(ServiceMetrics.ROLLOUT_WARINESS).summary().count())
                    .isZero();
        }
    }

    @Test
    void aFailedRefreshKeepsTheLastGoodGraphsAndCountsTheFailure() {
        service.refreshAll();
        clock.set(1300);
        GraphResponse good = service.graph(query("x86_64", 0.5));

        Documents.write(releases, "{\"releases\": [");
        clock.set(1310);
        RefreshResult broken = service.refresh("test");

        assertThat(broken.outcome()).isEqualTo(RefreshResult.Outcome.FAILED);
        assertThat(broken.succeeded()).isFalse();
        assertThat(broken.failure().orElseThrow())
                .startsWith(releases + ": release index: /releases: malformed JSON: Unexpected end-of-input")
                .endsWith("(line 1, column 15)");
        clock.set(1300);
        assertThat(service.graph(query("x86_64", 0.5)).bodyBytes()).isEqualTo(good.bodyBytes());
        assertThat(service.isReady()).isTrue();
        assertThat(counter(ServiceMetrics.REFRESH_FAILURES, "stream", "test", "reason", "document"))
                .isEqualTo(1);
        assertThat(gauge(ServiceMetrics.LAST_REFRESH, "basearch", "x86_64", "stream", "test", "oci", "false"))
                .isEqualTo(999);
        assertThat(counter(ServiceMetrics.UPSTREAM_SCRAPES, "stream", "test")).isEqualTo(2);
    }

    @Test
    void theConfiguredEdgeBoundAppliesToEveryRefresh() {
        // The checksum graphs have 3 edges: 41.1 -> barrier 41.2, 41.2 and 41.3 -> rollout 42.1.
        service.refreshAll();
        assertThat(edges(service.graphs("test")
                        .orElseThrow()
                        .graph("x86_64", false)
                        .orElseThrow()))
                .isEqualTo("[0,1] [1,3] [2,3]");
        assertThat(GraphServiceConfig.builder()
                        .addStream(
                                StreamSources.of("test", DocumentSource.file(releases), DocumentSource.file(updates)))
                        .build()
                        .graphLimits())
                .isEqualTo(GraphLimits.defaults());

        GraphServiceConfig tight = GraphServiceConfig.builder()
                .from(config(true))
                .graphLimits(GraphLimits.builder().maxEdges(2).build())
                .build();
        try (GraphService bounded = GraphService.create(tight, clock, registry)) {
            RefreshResult refused = bounded.refresh("test");

            assertThat(refused.outcome()).isEqualTo(RefreshResult.Outcome.FAILED);
            assertThat(refused.failure())
                    .contains("cannot build the graphs: the checksum graph of aarch64 would have more than 2 edges,"
                            + " the most a graph may have (each rollout and barrier gets an edge from every release"
                            + " since the previous barrier)");
            assertThat(counter(ServiceMetrics.REFRESH_FAILURES, "stream", "test", "reason", "build"))
                    .isEqualTo(1);
            assertThat(bounded.isReady()).isFalse();
        }
        GraphServiceConfig exact = GraphServiceConfig.builder()
                .from(config(true))
                .graphLimits(GraphLimits.builder().maxEdges(3).build())
                .build();
        try (GraphService bounded = GraphService.create(exact, clock, registry)) {
            assertThat(bounded.refresh("test").outcome()).isEqualTo(RefreshResult.Outcome.UPDATED);
        }
    }

    @Test
    void classifiesRefreshFailures() {
        Documents.write(updates, "{\"stream\": \"test\"}");
        RefreshResult invalid = service.refresh("test");
        assertThat(counter(ServiceMetrics.REFRESH_FAILURES, "stream", "test", "reason", "document"))
                .isEqualTo(1);
        Documents.write(updates, Documents.text("updates.json"));
        service.close();
        GraphService missing = GraphService.create(
                GraphServiceConfig.builder()
                        .addStream(StreamSources.of(
                                "test", DocumentSource.file(dir.resolve("absent.json")), DocumentSource.file(updates)))
                        .build(),
                clock,
                registry);

        RefreshResult absent = missing.refresh("test");

        assertThat(invalid.failure().orElseThrow())
                .isEqualTo(updates + ": updates: /releases: missing required field \"releases\" (line 1, column 1)");
        assertThat(absent.failure().orElseThrow()).isEqualTo(dir.resolve("absent.json") + ": no such file");
        // the closed service's meters left the registry with it
        assertThat(counter(ServiceMetrics.REFRESH_FAILURES, "stream", "test", "reason", "document"))
                .isZero();
        assertThat(counter(ServiceMetrics.REFRESH_FAILURES, "stream", "test", "reason", "fetch"))
                .isEqualTo(1);
        assertThat(missing.isReady()).isFalse();
        missing.close();
    }

    @Test
    void unchangedDocumentsAreNotReadAgainAndUnchangedGraphsKeepTheirBodies() {
        service.refreshAll();
        clock.set(1300);
        GraphResponse first = service.graph(query("x86_64", 0.5));

        RefreshResult same = service.refresh("test");
        // Only the modification date changes: the documents differ, the graphs do not.
        Documents.write(updates, Documents.text("updates.json").replace("2025-01-01", "2025-02-02"));
        RefreshResult touched = service.refresh("test");
        GraphResponse again = service.graph(query("x86_64", 0.5));

        assertThat(same.outcome()).isEqualTo(RefreshResult.Outcome.UNCHANGED);
        assertThat(touched.outcome()).isEqualTo(RefreshResult.Outcome.UPDATED);
        assertThat(again.etag(false)).isEqualTo(first.etag(false));
        assertThat(counter(ServiceMetrics.BODY_CACHE_LOOKUPS, "result", "miss")).isEqualTo(1);
        assertThat(counter(ServiceMetrics.BODY_CACHE_LOOKUPS, "result", "hit")).isEqualTo(1);
        assertThat(gauge(ServiceMetrics.LAST_REFRESH, "basearch", "x86_64", "stream", "test", "oci", "false"))
                .isEqualTo(1300);
    }

    @Test
    void aNewGraphReplacesEveryScopeAndDropsTheGaugesOfVanishedOnes() {
        service.refreshAll();
        Documents.write(
                releases,
                Documents.text("releases.json")
                        .replaceAll(", \\{\"architecture\": \"aarch64\", \"checksum\": \"c4..a\"}", ""));

        RefreshResult result = service.refresh("test");

        assertThat(result.outcome()).isEqualTo(RefreshResult.Outcome.UPDATED);
        assertThat(service.graphs("test").orElseThrow().architectures())
                .containsExactly("aarch64", "ppc64le", "s390x", "x86_64");
        assertThat(graph(service.graph(query("aarch64", "test"))).nodes()).isEmpty();
        assertThat(gauge(ServiceMetrics.GRAPH_RELEASES, "basearch", "aarch64", "stream", "test", "oci", "false"))
                .isEqualTo(0);
        assertThat(gauge(ServiceMetrics.GRAPH_RELEASES, "basearch", "x86_64", "stream", "test", "oci", "true"))
                .isEqualTo(3);
        assertThat(gauge(ServiceMetrics.GRAPH_EDGES, "basearch", "x86_64", "stream", "test", "oci", "false"))
                .isEqualTo(3);
    }

    @Test
    void readsClasspathSources() {
        try (GraphService fromClasspath = GraphService.create(
                GraphServiceConfig.builder()
                        .addStream(StreamSources.of(
                                "test",
                                DocumentSource.parse("classpath:" + Documents.RESOURCES + "releases.json"),
                                DocumentSource.classpath("/" + Documents.RESOURCES + "updates.json")))
                        .build(),
                clock,
                registry)) {
            assertThat(fromClasspath.refresh("test").outcome()).isEqualTo(RefreshResult.Outcome.UPDATED);
            assertThat(versions(graph(fromClasspath.graph(query("aarch64", "test")))))
                    .isEqualTo("41.1 41.2 41.3 42.1");
        }
        try (GraphService absent = GraphService.create(
                GraphServiceConfig.builder()
                        .addStream(StreamSources.of(
                                "test", DocumentSource.classpath("no/such.json"), DocumentSource.file(updates)))
                        .build(),
                clock,
                registry)) {
            assertThat(absent.refresh("test").failure()).contains("classpath:no/such.json: no such classpath resource");
        }
    }

    @Test
    void startRefreshesInTheBackground() throws InterruptedException {
        service.start();
        service.start();
        // Bounded wait for the background thread; no assertion on how long it took.
        for (int i = 0; i < 500 && !service.isReady(); i++) {
            Thread.sleep(20);
        }

        assertThat(service.isReady()).isTrue();
        service.close();
        assertThatThrownBy(service::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the graph service is closed");
        assertThat(service.graph(query("x86_64", "test")).status()).isEqualTo(200);
    }

    @Test
    void refusesUnknownStreamsInItsOwnMethods() {
        assertThatThrownBy(() -> service.refresh("stable"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid stream \"stable\": expected one of the configured streams [test]");
        assertThatThrownBy(() -> service.graphs(""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid stream \"\": expected one of the configured streams [test]");
    }
}
