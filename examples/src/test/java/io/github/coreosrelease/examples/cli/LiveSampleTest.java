/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.JsonDecimal;
import io.github.coreosrelease.core.model.Rollout;
import io.github.coreosrelease.core.model.Updates;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve} on the bundled sample shows a rollout in progress, relative to its start (issue 15). */
class LiveSampleTest {
    private static final Instant START = Instant.ofEpochSecond(1_800_000_000L);
    private static final String NEWEST = "41.20241215.3.0";

    private static Updates bundled() throws IOException {
        try (InputStream in = LiveSampleTest.class.getResourceAsStream("/" + ServeCommand.SAMPLES + "updates.json")) {
            return DocumentReader.standard().read(DocumentType.UPDATES, in);
        }
    }

    @Test
    void theNewestReleaseStartedADayBeforeTheServerAndTakesThreeDays() throws IOException {
        Updates sample = bundled();

        Updates live = LiveSample.updates(sample, START);

        int last = sample.releases().size() - 1;
        assertThat(live.releases().get(last).version()).isEqualTo(NEWEST);
        assertThat(live.releases().get(last).metadata().rollout())
                .hasValue(Rollout.builder()
                        .startEpoch(1_800_000_000L - 86_400L)
                        .startPercentage(JsonDecimal.parse("0.25"))
                        .durationMinutes(BigInteger.valueOf(4320))
                        .build());
        assertThat(live.releases().subList(0, last)).isEqualTo(sample.releases().subList(0, last));
        assertThat(live.stream()).isEqualTo(sample.stream());
        Path file = LiveSample.write(START);
        try {
            assertThat(DocumentReader.standard().read(DocumentType.UPDATES, file))
                    .isEqualTo(live);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void serveOffersTheNewestReleaseToHalfOfTheNodesAtItsStart() throws Exception {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs("--port", "0");

        try (ServeCommand.Running running = command.start(Clock.fixed(START, ZoneOffset.UTC))) {
            URI url = running.tryUrl();

            // Throttling at the start: 0.25 + 0.75 * (1 day / 3 days) = 0.5.
            assertThat(targets(url, "0.45")).contains(NEWEST);
            assertThat(targets(url, "0.55")).doesNotContain(NEWEST);
        }
    }

    /** The versions that the graph served to a client with this wariness has an edge to. */
    private static List<String> targets(URI url, String wariness) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url + "&rollout_wariness=" + wariness))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        CincinnatiGraph graph = DocumentReader.standard().read(DocumentType.GRAPH, response.body());
        List<String> targets = new ArrayList<>();
        for (GraphEdge edge : graph.edges()) {
            targets.add(graph.nodes().get(edge.target()).version());
        }
        return targets;
    }
}
