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
    void updatesAcceptNullPoliciesAndNullRolloutFields() {
        String json = "{\"stream\": \"stable\", \"metadata\": {\"last-modified\": \"2025-01-01T00:00:00Z\"},"
                + " \"releases\": [{\"version\": \"41.20250101.3.0\", \"metadata\": {\"barrier\": null,"
                + " \"deadend\": null, \"rollout\": {\"start_epoch\": null, \"start_percentage\": null,"
                + " \"duration_minutes\": null}}}, {\"version\": \"41.20250102.3.0\", \"metadata\": {\"rollout\": null}}]}";

        assertThat(problems(DocumentKind.UPDATES, json)).isEmpty();
    }
}
