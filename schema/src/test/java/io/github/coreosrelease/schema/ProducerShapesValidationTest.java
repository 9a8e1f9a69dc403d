/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schemas accept what the real producers write: coreos-assembler's release-meta generator,
 * the updates files of fedora-coreos-streams and the stream metadata published over the years.
 */
class ProducerShapesValidationTest {
    private static final String SHA = "b".repeat(64);
    private static final String ARTIFACT_WITH_NULL = "{\"location\": \"https://example.org/f.qcow2.xz\","
            + " \"signature\": \"https://example.org/f.qcow2.xz.sig\", \"sha256\": \"" + SHA + "\","
            + " \"uncompressed-sha256\": null}";

    private final Validator validator = Validator.standard();

    private List<String> problems(DocumentKind kind, String json) {
        return validator.validate(kind, json.getBytes(StandardCharsets.UTF_8)).stream()
                .map(problem -> problem.pointer() + ": " + problem.message())
                .toList();
    }

    private static String release(String media) {
        return "{\"release\": \"41.20250101.3.0\", \"stream\": \"stable\", \"architectures\": {\"x86_64\": {"
                + "\"media\": " + media + ", \"commit\": \"" + SHA + "\"}}}";
    }

    @Test
    void releaseAcceptsTheGeneratorsNullUncompressedChecksum() {
        String json = release("{\"qemu\": {\"artifacts\": {\"qcow2.xz\": {\"disk\": " + ARTIFACT_WITH_NULL + "}}}}");

        assertThat(problems(DocumentKind.RELEASE, json)).isEmpty();
    }

    @Test
    void releaseStillRefusesAnUncompressedChecksumOfAnotherType() {
        String json = release("{\"qemu\": {\"artifacts\": {\"qcow2.xz\": {\"disk\": "
                + ARTIFACT_WITH_NULL.replace("null", "5") + "}}}}");

        assertThat(problems(DocumentKind.RELEASE, json))
                .allSatisfy(problem -> assertThat(problem)
                        .startsWith("/architectures/x86_64/media/qemu/artifacts/qcow2.xz/disk/uncompressed-sha256: "))
                .isNotEmpty();
    }

    @Test
    void releaseAcceptsWhatTheGeneratorWritesForRhcosAndSecureExecution() {
        String disk = "{\"disk\": " + ARTIFACT_WITH_NULL + "}";
        String json = "{\"release\": \"9.6.20250101-0\", \"stream\": \"rhcos-9.6\", \"architectures\": {"
                + "\"x86_64\": {\"media\": {\"gcp\": {\"artifacts\": {\"tar.gz\": " + disk + "},"
                + " \"image\": {\"family\": \"rhcos-9-6\", \"name\": \"rhcos-9-6-20250101-0-gcp-x86-64\"}},"
                + " \"metal\": {\"artifacts\": {}}},"
                + " \"commit\": \"" + SHA + "\", \"rhel-coreos-extensions\": {\"aws-winli\": {\"images\":"
                + " {\"us-east-1\": {\"image\": \"ami-0000000000000000a\"}}}}},"
                + " \"s390x\": {\"media\": {\"qemu-secex\": {\"artifacts\": {\"qcow2.xz\": " + disk + "},"
                + " \"ignition-gpg-key\": " + ARTIFACT_WITH_NULL + "},"
                + " \"powervs\": {\"images\": {\"us-south\": {\"object\": \"o.ova.gz\", \"bucket\": \"b\","
                + " \"url\": \"https://example.org/b\"}}}}, \"commit\": \"" + SHA + "\"}}}";

        assertThat(problems(DocumentKind.RELEASE, json)).isEmpty();
        assertThat(problems(DocumentKind.RELEASE, json.replace("\"ami-0000000000000000a\"", "\"\"")))
                .singleElement()
                .satisfies(problem -> assertThat(problem)
                        .startsWith("/architectures/x86_64/rhel-coreos-extensions/aws-winli/images/us-east-1/image: ")
                        .contains("at least 1"));
    }

    @Test
    void streamAcceptsEveryPublishedGcpShapeAndUnsignedArtifacts() {
        // 2020-06..2021-11: no release in the gcp image; stream-metadata-go omits an empty signature.
        String json = "{\"stream\": \"stable\", \"metadata\": {\"last-modified\": \"2021-01-01T00:00:00Z\"},"
                + " \"architectures\": {\"x86_64\": {\"artifacts\": {\"qemu\": {\"release\": \"33.20210101.3.0\","
                + " \"formats\": {\"qcow2.xz\": {\"disk\": {\"location\": \"https://example.org/q.qcow2.xz\","
                + " \"sha256\": \"" + SHA + "\"}}}}}, \"images\": {\"gcp\": {\"project\": \"fedora-coreos-cloud\","
                + " \"family\": \"fedora-coreos-stable\", \"name\": \"fedora-coreos-33-20210101-3-0-gcp-x86-64\"}},"
                + " \"rhel-coreos-extensions\": {\"aws-winli\": {\"regions\": {\"us-east-1\": {\"release\":"
                + " \"33.20210101.3.0\", \"image\": \"ami-0000000000000000a\"}}}}}}}";

        assertThat(problems(DocumentKind.STREAM, json)).isEmpty();
    }

    @Test
    void updatesAcceptNullPoliciesAndNullRolloutFields() {
        String json = "{\"stream\": \"stable\", \"metadata\": {\"last-modified\": \"2025-01-01T00:00:00Z\"},"
                + " \"releases\": [{\"version\": \"41.20250101.3.0\", \"metadata\": {\"barrier\": null,"
                + " \"deadend\": null, \"rollout\": {\"start_epoch\": null, \"start_percentage\": null,"
                + " \"duration_minutes\": null}}}, {\"version\": \"41.20250102.3.0\", \"metadata\": {\"rollout\": null}}]}";

        assertThat(problems(DocumentKind.UPDATES, json)).isEmpty();
    }
}
