/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.service.DocumentSource;
import io.github.coreosrelease.graph.service.GraphServiceConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class ServeCommandTest {
    private static ServeCommand parse(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void servesTheBundledSampleWithoutStreams() throws Exception {
        ServeCommand command = parse("--port", "0");

        try (ServeCommand.Running running = command.start(Clock.systemUTC())) {
            URI url = running.tryUrl();
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(url)
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());

            assertThat(url.toString())
                    .isEqualTo("http://127.0.0.1:" + running.server().address().getPort()
                            + "/v1/graph?basearch=x86_64&stream=sample");
            assertThat(response.statusCode()).isEqualTo(200);
            CincinnatiGraph graph = DocumentReader.standard().read(DocumentType.GRAPH, response.body());
            List<String> versions = new ArrayList<>();
            graph.nodes().stream().map(GraphNode::version).forEach(versions::add);
            assertThat(versions)
                    .containsExactly(
                            "40.20240416.3.0",
                            "40.20240504.3.0",
                            "40.20240519.3.0",
                            "40.20240602.3.0",
                            "41.20241027.3.0",
                            "41.20241109.3.0",
                            "41.20241122.3.0",
                            "41.20241215.3.0");
            assertThat(running.streams()).containsExactly("sample");
            assertThat(running.service().isReady()).isTrue();
        }
    }

    @Test
    void buildsTheConfigurationFromTheOptions() {
        GraphServiceConfig config = parse(
                        "--stream",
                        "stable=https://example.org/releases.json,classpath:u.json",
                        "--stream",
                        "next=next/releases.json,next/updates.json",
                        "--architectures",
                        "next=x86_64,riscv64",
                        "--refresh",
                        "5m",
                        "--no-policy")
                .config();

        assertThat(config.streams()).hasSize(2);
        assertThat(config.streams().get(0).stream()).isEqualTo("stable");
        assertThat(config.streams().get(0).releaseIndex().kind()).isEqualTo(DocumentSource.Kind.URL);
        assertThat(config.streams().get(0).updates()).isEqualTo(DocumentSource.classpath("u.json"));
        assertThat(config.streams().get(1).updates()).isEqualTo(DocumentSource.parse("next/updates.json"));
        assertThat(config.streams().get(0).architectures()).containsExactly("aarch64", "ppc64le", "s390x", "x86_64");
        assertThat(config.streams().get(1).architectures()).containsExactly("riscv64", "x86_64");
        assertThat(config.refreshInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.applyPolicy()).isFalse();
        assertThat(parse().config().streams().get(0).releaseIndex())
                .isEqualTo(DocumentSource.classpath("io/github/coreosrelease/examples/samples/releases.json"));
        assertThat(parse().config().maxDocumentBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(parse("--max-document-size", "1GiB").config().maxDocumentBytes())
                .isEqualTo(1024L * 1024 * 1024);
        assertThat(parse().config().graphLimits().maxEdges()).isEqualTo(1_000_000);
        assertThat(parse("--max-edges", "7000000").config().graphLimits().maxEdges())
                .isEqualTo(7_000_000);
        assertThat(parse().settings().port()).isEqualTo(8080);
        assertThat(parse().settings().bind()).isEqualTo("127.0.0.1");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--stream=bad | Invalid value for option '--stream' (NAME=RELEASES_SRC,UPDATES_SRC): expected NAME=RELEASES_SRC,UPDATES_SRC with a"
                        + " non-empty stream name, got \"bad\"",
                "--stream=a=r.json | Invalid value for option '--stream' (NAME=RELEASES_SRC,UPDATES_SRC): expected NAME=RELEASES_SRC,UPDATES_SRC (two"
                        + " sources separated by one comma), got \"a=r.json\"",
                "--stream=a=ftp://x/r.json,u.json | Invalid value for option '--stream' (NAME=RELEASES_SRC,UPDATES_SRC): invalid document source"
                        + " \"ftp://x/r.json\": expected a file path, classpath:NAME or an http(s) URL, not another URL"
                        + " scheme",
                "--refresh=0s | Invalid value for option '--refresh': expected a positive duration, got \"0s\"",
                "--refresh=soon | Invalid value for option '--refresh': expected a duration such as 30s, 500ms, 5m, 1h"
                        + " or PT30S, got \"soon\"",
                "--architectures=sample | --architectures: expected NAME=ARCH[,ARCH]... with non-empty names, got"
                        + " \"sample\"",
                "--architectures=sample=x86_64, | --architectures: expected NAME=ARCH[,ARCH]... with non-empty names,"
                        + " got \"sample=x86_64,\"",
                "--architectures=stable=x86_64 | --architectures: stream \"stable\" is not served",
                "--port=70000 | invalid port \"70000\": expected 0 to 65535",
                "--cors-origin=* | invalid CORS origin \"*\": expected an origin such as https://example.org (no origin"
                        + " at all allows every one)",
            })
    void refusesBadOptionsWithExitCode2(String option, String message) {
        CliRun run = CliRun.run("serve", option);

        assertThat(run.exitCode).as("%s", run).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).startsWith("error: " + message + "\n");
    }

    @Test
    void refusesAStreamNamedTwice() {
        CliRun run = CliRun.run("serve", "--stream", "a=r.json,u.json", "--stream", "a=r2.json,u2.json");

        assertThat(run.exitCode).as("%s", run).isEqualTo(2);
        assertThat(run.err).isEqualTo("error: invalid stream \"a\": expected each stream configured once\n");
    }

    @Test
    void refusesArchitecturesGivenTwiceForAStream() {
        CliRun run = CliRun.run("serve", "--architectures", "sample=x86_64", "--architectures", "sample=s390x");

        assertThat(run.exitCode).as("%s", run).isEqualTo(2);
        assertThat(run.err).isEqualTo("error: --architectures: stream \"sample\" given twice\n");
    }

    @Test
    void reportsAPortInUseWithExitCode1() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            int port = taken.getLocalPort();

            CliRun run = CliRun.run("serve", "--port", Integer.toString(port));

            assertThat(run.exitCode).as("%s", run).isEqualTo(1);
            assertThat(run.out).isEmpty();
            assertThat(run.err).contains("error: cannot listen on 127.0.0.1:" + port + ": Address already in use\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"500ms, PT0.5S", "30s, PT30S", "5m, PT5M", "2h, PT2H", "PT1M30S, PT1M30S"})
    void readsDurations(String text, String iso) {
        assertThat(new DurationOption().convert(text)).isEqualTo(Duration.parse(iso));
    }
}
