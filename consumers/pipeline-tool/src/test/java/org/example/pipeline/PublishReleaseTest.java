/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.example.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.DocumentMetadata;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.release.ReleaseOciImage;
import io.github.coreosrelease.core.pipeline.IndexChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishReleaseTest {
    private static final Path SAMPLES = Path.of(System.getProperty("samples"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-06T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void twoArchitecturesBecomeOneReleaseInTheIndexAndTheStream() {
        PublishRelease.Published published = PublishRelease.publish(
                List.of(SAMPLES.resolve("usage/meta-x86_64.json"), SAMPLES.resolve("usage/meta-aarch64.json")),
                SAMPLES.resolve("samples/releases.json"),
                CLOCK);

        assertThat(published.release().release()).isEqualTo("41.20250105.3.0");
        assertThat(published.release().architectures()).containsOnlyKeys("aarch64", "x86_64");
        assertThat(published.release().architectures().get("x86_64").ociImage().map(ReleaseOciImage::digestRef))
                .contains("quay.io/example/fedora-coreos@sha256:"
                        + "1111111111111111111111111111111111111111111111111111111111111111");
        assertThat(published.index().change()).isEqualTo(IndexChange.APPENDED);
        assertThat(published.index().index().releases())
                .extracting(IndexRelease::version)
                .endsWith("41.20241215.3.0", "41.20250105.3.0");
        assertThat(published.index().index().metadata().flatMap(DocumentMetadata::lastModified))
                .contains("2025-01-06T00:00:00Z");
        assertThat(published.stream().stream()).isEqualTo("sample");
        assertThat(published.stream().architectures()).containsOnlyKeys("aarch64", "x86_64");
        assertThat(DocumentWriter.indented(2).writeString(DocumentType.STREAM, published.stream()))
                .contains("\"location\": \"https://builds.coreos.fedoraproject.org/prod/streams/sample/builds"
                        + "/41.20250105.3.0/x86_64/fedora-coreos-41.20250105.3.0-qemu.x86_64.qcow2.xz\"");
    }

    @Test
    void aBrokenBuildIsRefusedWithItsPointer(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("meta.json"), "{\"buildid\": 41}");
        assertThatThrownBy(() -> PublishRelease.publish(List.of(broken), SAMPLES.resolve("samples/releases.json"), CLOCK))
                .isInstanceOf(DocumentException.class)
                .hasMessage("meta.json: /buildid: expected a string, found the number 41 (line 1, column 13)");
    }
}
