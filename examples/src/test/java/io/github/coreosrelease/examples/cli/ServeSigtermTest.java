/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as a real process: it answers, then stops on SIGTERM through its shutdown hook
 * (exit status 143) and says so on stderr.
 */
class ServeSigtermTest {
    @Test
    void stopsGracefullyOnSigterm(@TempDir Path dir) throws Exception {
        Path stderr = dir.resolve("stderr.txt");
        try (ServeProcess serve = ServeProcess.start(stderr)) {
            String url = serve.url;
            Process process = serve.process;
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/v1/graph\\?basearch=x86_64&stream=sample");

            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).startsWith("{\"nodes\":[{\"version\":\"40.20240416.3.0\"");

            process.destroy(); // SIGTERM on Linux
            assertThat(process.waitFor(30, TimeUnit.SECONDS))
                    .as("exited after SIGTERM")
                    .isTrue();
            assertThat(process.exitValue()).isEqualTo(143);
            assertThat(Files.readString(stderr)).contains("graph server on /127.0.0.1:" + serve.port() + " stopped");
        }
    }
}
