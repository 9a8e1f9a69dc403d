/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.examples.server.GraphServer;
import io.github.coreosrelease.examples.server.ServerSettings;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.service.DocumentSource;
import io.github.coreosrelease.graph.service.GraphService;
import io.github.coreosrelease.graph.service.GraphServiceConfig;
import io.github.coreosrelease.graph.service.StreamSources;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: a Cincinnati-compatible graph server (SPEC §2.3, §2.4). Without {@code --stream}
 * it serves the bundled sample data as stream {@code sample}. stdout carries exactly one line, the
 * graph URL to try (useful with {@code --port 0}); logs go to stderr. Stops gracefully on SIGTERM
 * or Ctrl-C.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n",
        footer = {
            "  coreos-release serve --port 8080 \\",
            "      --stream stable=releases.json,updates/stable.json --refresh 30s"
        },
        description = {
            "Serve Cincinnati update graphs over HTTP: /v1/graph, /metrics, /health/ready, /health/live.",
            "Without --stream, serves the bundled sample data as stream '" + ServeCommand.SAMPLE_STREAM + "'.",
            "Prints the graph URL to try on stdout; logs go to stderr."
        })
final class ServeCommand implements Callable<Integer> {
    /** The stream name of the bundled sample data. */
    static final String SAMPLE_STREAM = "sample";

    /** Where the bundled sample documents are on the class path. */
    static final String SAMPLES = "io/github/coreosrelease/examples/samples/";

    @Spec
    CommandSpec spec;

    @Mixin
    DocumentSizeOption size;

    @Mixin
    MaxEdgesOption edges;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port, 0 for any free one (default 8080).")
    int port;

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).")
    String bind;

    @Option(
            names = "--stream",
            paramLabel = StreamOption.SYNTAX,
            converter = StreamOption.class,
            description = "A stream to serve, repeatable. Sources: a file path, classpath:NAME or an http(s) URL.")
    List<StreamSources> streams = new ArrayList<>();

    @Option(
            names = "--payload-aliases",
            paramLabel = "SRC",
            description = "Payload aliases for the OCI graphs of every stream, refreshed with them: a file path,"
                    + " classpath:NAME or an http(s) URL.")
    String payloadAliases;

    @Option(
            names = "--architectures",
            paramLabel = "NAME=ARCH[,ARCH]...",
            description = {
                "The architectures a stream serves even without releases (empty graphs), repeatable;",
                "default x86_64,aarch64,ppc64le,s390x. Architectures the index names are served too."
            })
    List<String> architectures = new ArrayList<>();

    @Option(
            names = "--refresh",
            defaultValue = "30s",
            converter = DurationOption.class,
            description = "Time between refreshes of each stream, e.g. 30s, 5m (default 30s).")
    Duration refresh;

    @Option(
            names = "--no-policy",
            description = "Serve graphs as built, unthrottled (graph-builder behaviour), instead of per-client policy.")
    boolean noPolicy;

    @Option(
            names = "--cors-origin",
            paramLabel = "ORIGIN",
            description = "Origin allowed to read graphs from a browser, repeatable (default: every origin).")
    List<String> corsOrigins = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        // Undertow logs through JBoss Logging; send it to SLF4J like everything else.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        Running running = start(Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "coreos-release-serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println(running.tryUrl());
        out.flush();
        err.println("serving " + String.join(", ", running.streams()) + " on "
                + running.server().uri() + " (policy "
                + (noPolicy ? "off" : "on") + ", refresh every "
                + refresh.toString().substring(2).toLowerCase(Locale.ROOT)
                + "); /metrics, /health/ready, /health/live; stop with Ctrl-C");
        err.println("try: curl -s '" + running.tryUrl() + "'");
        err.flush();
        running.awaitClosed();
        return 0;
    }

    /**
     * Loads the streams once, starts the background refreshes and the HTTP server.
     *
     * @param clock the service clock
     * @return the running server, to close
     */
    Running start(Clock clock) {
        ServerSettings settings = settings();
        // The sample's newest rollout is placed relative to now, so that throttling shows.
        Optional<Path> liveSample =
                streams.isEmpty() ? Optional.of(LiveSample.write(clock.instant())) : Optional.empty();
        GraphServiceConfig config;
        try {
            config = config(liveSample.map(DocumentSource::file));
        } catch (RuntimeException e) {
            liveSample.ifPresent(ServeCommand::deleteQuietly);
            throw e;
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        GraphService service = GraphService.create(config, clock, registry);
        // Load before listening, so that the first requests find graphs; failures are logged
        // and retried in the background.
        service.refreshAll();
        service.start();
        GraphServer server;
        try {
            server = GraphServer.start(service, registry, settings);
        } catch (RuntimeException e) {
            liveSample.ifPresent(ServeCommand::deleteQuietly);
            service.close();
            gc.close();
            registry.close();
            if (e.getCause() instanceof IOException) {
                throw new InputException(
                        "cannot listen on " + settings.bind() + ":" + settings.port() + ": "
                                + e.getCause().getMessage(),
                        e);
            }
            throw e;
        }
        return new Running(service, server, registry, gc, liveSample);
    }

    /**
     * The service configuration from the options.
     *
     * @return the configuration
     * @throws UsageException if streams are named twice
     */
    GraphServiceConfig config() {
        return config(Optional.empty());
    }

    /**
     * The service configuration from the options, the sample's updates from a given source.
     *
     * @param sampleUpdates where the sample's updates document is, if not the bundled one
     * @return the configuration
     * @throws UsageException if streams are named twice
     */
    private GraphServiceConfig config(Optional<DocumentSource> sampleUpdates) {
        List<StreamSources> named = withArchitectures(streams.isEmpty() ? List.of(sample(sampleUpdates)) : streams);
        try {
            List<StreamSources> served = new ArrayList<>();
            for (StreamSources stream : named) {
                served.add(
                        payloadAliases == null
                                ? stream
                                : StreamSources.builder()
                                        .from(stream)
                                        .payloadAliases(DocumentSource.parse(payloadAliases))
                                        .build());
            }
            return GraphServiceConfig.builder()
                    .streams(served)
                    .refreshInterval(refresh)
                    .applyPolicy(!noPolicy)
                    .maxDocumentBytes(size.maxBytes)
                    .graphLimits(edges.limits())
                    .build();
        } catch (InvalidValueException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * The server settings from the options.
     *
     * @return the settings
     * @throws UsageException for a port out of range or a malformed origin
     */
    ServerSettings settings() {
        try {
            return ServerSettings.builder()
                    .bind(bind)
                    .port(port)
                    .corsOrigins(corsOrigins)
                    .build();
        } catch (InvalidValueException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * The streams with the architectures of {@code --architectures} in place of the default set.
     *
     * @throws UsageException for a malformed value, a stream not served, or a stream given twice
     */
    private List<StreamSources> withArchitectures(List<StreamSources> served) {
        Map<String, Set<String>> byStream = new LinkedHashMap<>();
        for (String value : architectures) {
            int equals = value.indexOf('=');
            List<String> names =
                    equals < 0 ? List.of() : List.of(value.substring(equals + 1).split(",", -1));
            if (equals <= 0 || names.contains("")) {
                throw new UsageException(
                        "--architectures: expected NAME=ARCH[,ARCH]... with non-empty names, got \"" + value + "\"");
            }
            String stream = value.substring(0, equals);
            if (served.stream().noneMatch(sources -> sources.stream().equals(stream))) {
                throw new UsageException("--architectures: stream \"" + stream + "\" is not served");
            }
            if (byStream.put(stream, new TreeSet<>(names)) != null) {
                throw new UsageException("--architectures: stream \"" + stream + "\" given twice");
            }
        }
        List<StreamSources> result = new ArrayList<>();
        for (StreamSources sources : served) {
            Set<String> names = byStream.get(sources.stream());
            result.add(
                    names == null
                            ? sources
                            : StreamSources.builder()
                                    .from(sources)
                                    .architectures(names)
                                    .build());
        }
        return result;
    }

    private static StreamSources sample(Optional<DocumentSource> updates) {
        return StreamSources.of(
                SAMPLE_STREAM,
                DocumentSource.classpath(SAMPLES + "releases.json"),
                updates.orElse(DocumentSource.classpath(SAMPLES + "updates.json")));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind is harmless; the server's own outcome matters.
            LoggerFactory.getLogger(ServeCommand.class).warn("cannot delete {}: {}", file, e.toString());
        }
    }

    /** A started server with its service and registry; closing stops all of them in order. */
    static final class Running implements AutoCloseable {
        private final GraphService service;
        private final GraphServer server;
        private final PrometheusMeterRegistry registry;
        private final JvmGcMetrics gc;
        private final Optional<Path> liveSample;
        private final CountDownLatch closed = new CountDownLatch(1);

        Running(
                GraphService service,
                GraphServer server,
                PrometheusMeterRegistry registry,
                JvmGcMetrics gc,
                Optional<Path> liveSample) {
            this.liveSample = liveSample;
            this.service = service;
            this.server = server;
            this.registry = registry;
            this.gc = gc;
        }

        GraphService service() {
            return service;
        }

        GraphServer server() {
            return server;
        }

        List<String> streams() {
            List<String> names = new ArrayList<>();
            service.config().streams().forEach(stream -> names.add(stream.stream()));
            return names;
        }

        /**
         * A graph URL that works: the first stream, with x86_64 when it has it, else its first
         * architecture.
         *
         * @return the URL
         */
        URI tryUrl() {
            String stream = service.config().streams().get(0).stream();
            Optional<GraphSet> graphs = service.graphs(stream);
            String basearch = graphs.map(GraphSet::architectures)
                    .filter(arches -> !arches.isEmpty() && !arches.contains("x86_64"))
                    .map(arches -> arches.iterator().next())
                    .orElse("x86_64");
            return server.uri()
                    .resolve("v1/graph?basearch=" + URLEncoder.encode(basearch, StandardCharsets.UTF_8) + "&stream="
                            + URLEncoder.encode(stream, StandardCharsets.UTF_8));
        }

        void awaitClosed() throws InterruptedException {
            closed.await();
        }

        @Override
        public synchronized void close() {
            if (closed.getCount() == 0) {
                return;
            }
            server.close();
            service.close();
            gc.close();
            registry.close();
            liveSample.ifPresent(ServeCommand::deleteQuietly);
            closed.countDown();
        }
    }
}
