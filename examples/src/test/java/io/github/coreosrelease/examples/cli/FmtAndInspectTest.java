/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.JsonTrees;
import io.github.coreosrelease.core.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FmtAndInspectTest {
    @Test
    void fmtWritesTheDocumentBackIndented() {
        CliRun run = CliRun.withStdin(
                "{\"stream\":\"s\",\"zzz\":1.0,\"releases\":[{\"version\":\"1\",\"metadata\":{}}]}",
                "fmt",
                "--type",
                "updates",
                "--indent",
                "1",
                "-");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("""
                {
                 "stream": "s",
                 "releases": [
                  {
                   "version": "1",
                   "metadata": {}
                  }
                 ],
                 "zzz": 1.0
                }
                """);
        assertThat(run.err).isEmpty();
    }

    @Test
    void fmtCompactEndsWithNewline() {
        CliRun run =
                CliRun.withStdin("{\"kind\":\"k\",\"value\":\"v\"}", "fmt", "--type", "graph", "--indent", "0", "-");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("error: -: /nodes: missing required field \"nodes\" (line 1, column 1)\n");
    }

    @Test
    void fmtReportsPointerAndLocationOfBadInput() {
        CliRun run = CliRun.withStdin(
                "{\"stream\":\"s\",\n\"releases\":[{\"version\":\"1\",\"metadata\":{\"rollout\":{\"start_epoch\":\"soon\"}}}]}",
                "fmt",
                "--type",
                "updates",
                "-");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .isEqualTo("error: -: /releases/0/metadata/rollout/start_epoch: expected an integer between "
                        + "-9223372036854775808 and 9223372036854775807, found a string (line 2, column 65)\n");
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun run = CliRun.run("fmt", "--type", "nope", "x.json");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .startsWith(
                        "error: Invalid value for option '--type': unknown document type 'nope', expected one of [");
    }

    @Test
    void missingFileIsInvalidInput() {
        CliRun run = CliRun.run("inspect", "/nonexistent/releases.json");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEqualTo("error: /nonexistent/releases.json: no such file\n");
    }

    @Test
    void inspectSummarisesTheCorpusReleaseIndex() {
        String file = Corpus.file("release-index/fcos-stable-early.json").toString();
        CliRun run = CliRun.run("inspect", file);
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("""
                type: release-index
                stream: stable
                releases: 26
                architectures: x86_64
                with commits: 26/26
                with oci-images: 1/26
                newest: 33.20201214.3.1
                """);
    }

    @Test
    void inspectSummarisesUpdates() {
        CliRun run = CliRun.withStdin(
                "{\"stream\":\"s\",\"releases\":[{\"version\":\"1\",\"metadata\":{\"barrier\":{\"reason\":\"\"}}},"
                        + "{\"version\":\"2\",\"metadata\":{\"rollout\":{}}}]}",
                "inspect",
                "-");
        assertThat(run.out).isEqualTo("type: updates\nstream: s\nentries: 2\nbarriers: 1\ndead-ends: 0\nrollouts: 1\n");
    }

    @Test
    void inspectSummarisesMetaReleaseAndStream() {
        assertThat(CliRun.run(
                                "inspect",
                                Corpus.file("meta/rhcos-x86_64-legacy-oscontainer.json")
                                        .toString())
                        .out)
                .isEqualTo("type: meta\nbuild: 44devel.81.202001151926.0\nname: rhcos\narchitecture: x86_64\n"
                        + "ostree-commit: 9665ab0cfd4a995cf70f1a3bb678d3515a03f7d3b5bb87d723ba06c26f0daa6e\n"
                        + "container entries: oscontainer registry.svc.ci.openshift.org/rhcos-devel/machine-os-content "
                        + "sha256:f8d18011913e87ae59d3781f3d07819267d43401ab444fb3b5794a5eb392b915\n");
        assertThat(CliRun.run(
                                "inspect",
                                Corpus.file("release/fcos-stable-33.20201201.3.0.json")
                                        .toString())
                        .out)
                .isEqualTo("""
                        type: release
                        release: 33.20201201.3.0
                        stream: stable
                        architectures: x86_64
                        with commit: 1/1
                        with oci-image: 1/1
                        """);
        assertThat(CliRun.run(
                                "inspect",
                                Corpus.file("streams/fcos-stable-2020-12.json").toString())
                        .out)
                .startsWith("type: stream\nstream: stable\narchitectures: ");
    }

    @ParameterizedTest
    @CsvSource({
        "meta, meta/fcos-x86_64.json",
        "release, release/fcos-stable-33.20201201.3.0.json",
        "release-index, release-index/fcos-stable-early.json",
        "updates, updates/stable.json",
        "graph, tracker-samples/cincinnati-response-sample.json",
        "stream, streams/stable.json"
    })
    void fmtIsLosslessOnTheCorpus(String type, String file) throws Exception {
        Path path = Corpus.file(file);
        CliRun run = CliRun.run("fmt", "--type", type, path.toString());
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(JsonTrees.tree(run.out.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(JsonTrees.tree(Files.readAllBytes(path)));
    }

    @Test
    void inspectSummarisesAnRpmOstreeStatus() {
        CliRun run = CliRun.run(
                "inspect", Corpus.file("rpm-ostree/rpm-ostree-staged.json").toString());
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("""
                type: rpm-ostree-status
                booted version: 31.20200505.3.0
                booted payload: 01f074cc6cd88d8d2b43f821da692f2367c101eb4377802cb35092bde0ef02f7
                graph to ask for: oci=false
                stream: stable
                staged: 31.20200517.3.0 967b7b8d624e6d10ff51c2e81ef198fae966c567ac2e9b479771c693d0987949
                """);
    }

    @Test
    void inspectReadsTheStreamOfANodeRebasedWithoutDigest() {
        String config = "{\\\"config\\\":{\\\"Labels\\\":{\\\"com.coreos.stream\\\":\\\"next\\\"}}}";
        String status = "{\"deployments\":[{\"booted\":true,\"version\":\"41.20241109.1.0\",\"checksum\":\""
                + "c".repeat(64) + "\",\"container-image-reference\":"
                + "\"ostree-unverified-registry:quay.io/fedora/fedora-coreos:next\","
                + "\"base-commit-meta\":{\"ostree.container.image-config\":\"" + config + "\"}}]}";

        CliRun run = CliRun.withStdin(status, "inspect", "-");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .isEqualTo("type: rpm-ostree-status\n"
                        + "booted version: 41.20241109.1.0\n"
                        + "booted payload: " + "c".repeat(64) + "\n"
                        + "graph to ask for: oci=false\n"
                        + "stream: next\n"
                        + "staged: (none)\n");
    }

    @Test
    void inspectPrintsNothingOnStdoutForADocumentItCannotRead() {
        CliRun index = CliRun.withStdin(
                "{\"stream\":\"stable\",\"releases\":[{\"version\":\"41.1\",\"metadata\":\"m\","
                        + "\"commits\":[{\"architecture\":\"x86_64\"}]}]}",
                "inspect",
                "-");
        CliRun status =
                CliRun.withStdin("{\"deployments\":[{\"booted\":false,\"checksum\":\"sha-mock\"}]}", "inspect", "-");

        assertThat(index.exitCode).isEqualTo(1);
        assertThat(index.out).isEmpty();
        assertThat(index.err)
                .isEqualTo(
                        "error: -: /releases/0/commits/0/checksum: missing required field \"checksum\" (line 1, column 76)\n");
        assertThat(status.exitCode).isEqualTo(1);
        assertThat(status.out).isEmpty();
        assertThat(status.err)
                .isEqualTo("error: -: /deployments: expected a deployment with \"booted\": true, found none among 1"
                        + " deployments\n");
    }

    @Test
    void inspectSummarisesAGraphError() {
        CliRun run = CliRun.withStdin("{\"kind\":\"missing_params\",\"value\":\"stream\"}", "inspect", "-");
        assertThat(run.out).isEqualTo("type: graph-error\nkind: missing_params\nvalue: stream\n");
    }

    @Test
    void inspectKeepsEachValueOnItsLine() {
        CliRun run = CliRun.withStdin(
                "{\"kind\":\"missing_params\",\"value\":\"stream\\ntype: forged\\u001b[2J\"}", "inspect", "-");
        assertThat(run.out)
                .isEqualTo("type: graph-error\nkind: missing_params\nvalue: stream\\ntype: forged\\u001b[2J\n");
    }
}
