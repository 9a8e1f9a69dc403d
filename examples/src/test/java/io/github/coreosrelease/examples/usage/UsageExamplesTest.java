/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every runnable example with the arguments its Javadoc documents and checks what it prints. */
class UsageExamplesTest {
    @TempDir
    Path dir;

    private static String run(BiConsumer<String[], PrintStream> example, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            example.accept(args, out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void newestOciPayloadsPerArchitecture() {
        assertThat(run(NewestOciPayloads::run)).isEqualTo("""
                        aarch64 41.20241215.3.0 quay.io/example/fedora-coreos@sha256:fbca37ae058a90b503ce2e8963579211f2c80ac6843691d91ae1ed33bf5add15
                        x86_64 41.20241215.3.0 quay.io/example/fedora-coreos@sha256:b6d1f66a94aa75930087bbafeef2180cb78a173b9d80476bad6752700d6b925f
                        """);
    }

    @Test
    void updatePathFromTheOldestOciReleaseSkipsTheDeadEndAndGoesStraightToTheNewest() {
        assertThat(run(UpdatePath::run)).isEqualTo("41.20241027.3.0 -> 41.20241215.3.0\n");
        assertThat(run(UpdatePath::run, "41.20241122.3.0")).isEqualTo("41.20241122.3.0 -> 41.20241215.3.0\n");
        assertThat(run(UpdatePath::run, "41.20241109.3.0"))
                .isEqualTo("41.20241109.3.0 -> (dead-end: https://example.org/issues/3)\n");
    }

    @Test
    void nextUpdateOfAnOciBootedNodeDependsOnItsWarinessDuringTheRollout() {
        // 41.20241215.3.0 rolls out from 0.25 at 1734300000 over 4320 minutes: at 1734400000 the
        // throttling value is 0.25 + 0.75 * 100000 / 259200 = 0.539...
        assertThat(run(NextUpdateFromStatus::run, "node-1", "1734400000")).isEqualTo("""
                        booted 41.20241027.3.0 (OCI) on stream sample
                        wariness 0.099881
                        update to 41.20241215.3.0
                        """);
        assertThat(run(NextUpdateFromStatus::run, "node-1", "1734200000")).isEqualTo("""
                        booted 41.20241027.3.0 (OCI) on stream sample
                        wariness 0.099881
                        update to 41.20241122.3.0
                        """);
    }

    @Test
    void legacyOscontainerBecomesSplitLosingNothing() {
        assertThat(run(MigrateLegacyOscontainer::run)).isEqualTo("""
                before: /oscontainer legacy
                after: /base-oscontainer split
                {
                  "base-oscontainer": {
                    "digest": "sha256:5c1f0e2d3b4a59687766554433221100ffeeddccbbaa99887766554433221100",
                    "image": "quay.io/example/rhel-coreos"
                  },
                  "buildid": "412.86.202301311551-0",
                  "coreos-assembler.basearch": "x86_64",
                  "images": {
                    "ostree": {
                      "path": "rhcos-412.86.202301311551-0-ostree.x86_64.ociarchive",
                      "sha256": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"
                    }
                  },
                  "name": "rhcos",
                  "ostree-commit": "4e1c5b6a7d8f90e1c2b3a4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70819",
                  "ostree-timestamp": "2023-01-31T15:55:00Z",
                  "ostree-version": "412.86.202301311551-0"
                }
                """);
    }

    @Test
    void releaseFromTwoBuildsIsAppendedToTheIndex() {
        assertThat(run(ReleaseToIndex::run)).isEqualTo("""
                x86_64 quay.io/example/fedora-coreos:sample quay.io/example/fedora-coreos@sha256:1111111111111111111111111111111111111111111111111111111111111111
                aarch64 quay.io/example/fedora-coreos:sample quay.io/example/fedora-coreos@sha256:2222222222222222222222222222222222222222222222222222222222222222
                APPENDED 41.20250105.3.0: 9 releases, last-modified 2025-01-05T12:00:00Z
                {
                  "note": "Sample release index for the coreos-release examples; made-up checksums and digests.",
                  "stream": "sample",
                  "metadata": {
                    "last-modified": "2025-01-05T12:00:00Z"
                  },
                  "releases": [
                    {
                      "version": "41.20250105.3.0",
                      "metadata": "https://builds.coreos.fedoraproject.org/prod/streams/sample/builds/41.20250105.3.0/release.json",
                      "commits": [
                        {
                          "architecture": "x86_64",
                          "checksum": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                        },
                        {
                          "architecture": "aarch64",
                          "checksum": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
                        }
                      ],
                      "oci-images": [
                        {
                          "architecture": "x86_64",
                          "image": "quay.io/example/fedora-coreos:sample",
                          "digest-ref": "quay.io/example/fedora-coreos@sha256:1111111111111111111111111111111111111111111111111111111111111111"
                        },
                        {
                          "architecture": "aarch64",
                          "image": "quay.io/example/fedora-coreos:sample",
                          "digest-ref": "quay.io/example/fedora-coreos@sha256:2222222222222222222222222222222222222222222222222222222222222222"
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void validateAndLintReportSchemaProblemsAndFindings() throws IOException {
        assertThat(run(ValidateAndLint::run, "1735000000")).isEqualTo("schema problems: 0\nlint findings: 0\n");

        Path index = dir.resolve("releases.json");
        Files.writeString(index, """
                {"stream": "s", "releases": [{"version": "41.20250101.3.0", "metadata": "x",
                 "commits": [{"architecture": "x86_64", "checksum": "abc"}]}]}
                """);
        Path updates = dir.resolve("updates.json");
        Files.writeString(updates, """
                {"stream": "s", "releases": [{"version": "41.20250101.3.0",
                 "metadata": {"rollout": {"start_percentage": 2}}}]}
                """);
        assertThat(run(ValidateAndLint::run, "1735000000", index.toString(), updates.toString()))
                .isEqualTo(EXPECTED_FINDINGS);
    }

    @Test
    void embeddedServiceAnswersQueriesAndCountsThemInTheApplicationsRegistry() {
        assertThat(run(EmbeddedGraphService::run, "1734400000")).isEqualTo("""
                        refresh sample: UPDATED
                        wariness 0.1: HTTP 200, 4 nodes, 3 edges
                        wariness 0.9: HTTP 200, 4 nodes, 1 edges
                        unknown stream: HTTP 404 unknown_stream
                        graph requests counted: 3.0
                        """);
    }

    private static final String EXPECTED_FINDINGS = """
            release index (root): required property 'metadata' not found
            release index /releases/0/commits/0/checksum: "abc" is malformed: OSTree commit checksum: 64 lowercase hexadecimal characters.
            updates (root): required property 'metadata' not found
            schema problems: 3
            error checksum-format release index#/releases/0/commits/0/checksum: checksum "abc" is not an OSTree checksum: expected 64 lowercase hex characters
            error start-percentage-range updates#/releases/0/metadata/rollout/start_percentage: start_percentage is 2, expected a fraction from 0 to 1 (0.5 offers the release to half the fleet)
            lint findings: 2
            """;
}
