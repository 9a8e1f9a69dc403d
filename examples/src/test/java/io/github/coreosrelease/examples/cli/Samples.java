/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample documents bundled with the examples, and the graphs built from them. */
final class Samples {
    static final String RELEASES = resource("releases.json");
    static final String UPDATES = resource("updates.json");

    /** Payloads of the x86_64 checksum graph, by node position. */
    static final String[] X86_64 = {
        "25d3bcf965998cf24ca80c72aa04c176f527a54df4e846fdf4f409d2c288d7f1",
        "1ff0f3db1719200d0335e52946e4543117e464821e8583f26703d52259ae556d",
        "763b5573eca881baa824357c230cbe8809e7476f41f08563b2ec5ab19138beea",
        "5faaa226dc9317ed7de2b5377781e14adfaeba3747982c5a17b142a88b887695",
        "3b37782f7bca588342b83d83e47716be333a2443197d50d5abf9cb15f8f34dbd",
        "7679471a1d47ec4b6f598505b0dbd8b41378db62b958bbd8d249bf3f79d25eb0",
        "3bfbd169220f515e72bab47d8041394a0013f391a1fdc37e9012598b913ba2e1",
        "05a1112f719b20152585539d3852fd80f355f6a0b29173960bc31b167c9c593d",
    };

    private static final String KEY = "org.fedoraproject.coreos.";

    /** The nodes of the x86_64 checksum graph as the CLI prints them, up to {@code "edges"}. */
    static final String X86_64_NODES = "{\"nodes\":["
            + node("40.20240416.3.0", 0, "checksum", X86_64[0]) + ","
            + node(
                    "40.20240504.3.0",
                    1,
                    "checksum",
                    X86_64[1],
                    "updates.barrier",
                    "true",
                    "updates.barrier_reason",
                    "https://example.org/issues/1")
            + ","
            + node("40.20240519.3.0", 2, "checksum", X86_64[2]) + ","
            + node(
                    "40.20240602.3.0",
                    3,
                    "checksum",
                    X86_64[3],
                    "updates.barrier",
                    "true",
                    "updates.barrier_reason",
                    "https://example.org/issues/2",
                    "updates.rollout",
                    "true",
                    "updates.start_value",
                    "1")
            + ","
            + node("41.20241027.3.0", 4, "checksum", X86_64[4]) + ","
            + node(
                    "41.20241109.3.0",
                    5,
                    "checksum",
                    X86_64[5],
                    "updates.deadend",
                    "true",
                    "updates.deadend_reason",
                    "https://example.org/issues/3")
            + ","
            + node(
                    "41.20241122.3.0",
                    6,
                    "checksum",
                    X86_64[6],
                    "updates.rollout",
                    "true",
                    "updates.start_epoch",
                    "1732700000",
                    "updates.start_value",
                    "0",
                    "updates.duration_minutes",
                    "2880")
            + ","
            + node(
                    "41.20241215.3.0",
                    7,
                    "checksum",
                    X86_64[7],
                    "updates.rollout",
                    "true",
                    "updates.start_epoch",
                    "1734300000",
                    "updates.start_value",
                    "0.25",
                    "updates.duration_minutes",
                    "4320")
            + "],";

    private Samples() {}

    /** One node as the compact writer prints it; {@code metadata} are key suffixes and values. */
    static String node(String version, int age, String scheme, String payload, String... metadata) {
        StringBuilder json = new StringBuilder("{\"version\":\"")
                .append(version)
                .append("\",\"metadata\":{\"")
                .append(KEY)
                .append("releases.age_index\":\"")
                .append(age)
                .append("\",\"")
                .append(KEY)
                .append("scheme\":\"")
                .append(scheme)
                .append('"');
        for (int i = 0; i < metadata.length; i += 2) {
            json.append(",\"")
                    .append(KEY)
                    .append(metadata[i])
                    .append("\":\"")
                    .append(metadata[i + 1])
                    .append('"');
        }
        return json.append("},\"payload\":\"").append(payload).append("\"}").toString();
    }

    /**
     * Writes a document into a test's directory.
     *
     * @return the file's path, as a command-line argument
     */
    static String write(Path dir, String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file.toString();
    }

    private static String resource(String name) {
        URL url = Samples.class.getResource("/io/github/coreosrelease/examples/samples/" + name);
        if (url == null) {
            throw new AssertionError("bundled sample missing: " + name);
        }
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
