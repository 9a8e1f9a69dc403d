/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.model.JsonDecimal;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.core.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IndexUpdatesGraphRoundTripTest {
    private final DocumentReader reader = DocumentReader.standard();

    private <T> void assertLossless(DocumentType<T> type, Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        T model = reader.read(type, original);
        assertThat(JsonTrees.tree(DocumentWriter.compact().write(type, model)))
                .as("compact round trip of %s", file)
                .isEqualTo(JsonTrees.tree(original));
        assertThat(JsonTrees.tree(DocumentWriter.indented(2).write(type, model)))
                .as("indented round trip of %s", file)
                .isEqualTo(JsonTrees.tree(original));
    }

    @Test
    void releaseIndexUpdatesAndGraphSamplesRoundTrip() throws IOException {
        assertLossless(DocumentType.RELEASE_INDEX, Corpus.file("release-index/fcos-stable-early.json"));
        assertLossless(DocumentType.RELEASE_INDEX, Corpus.file("tracker-samples/release-index-sample.json"));
        for (Path updates : Corpus.jsonFiles("updates")) {
            assertLossless(DocumentType.UPDATES, updates);
        }
        assertLossless(DocumentType.UPDATES, Corpus.file("tracker-samples/updates-sample.json"));
        assertLossless(DocumentType.GRAPH, Corpus.file("tracker-samples/cincinnati-response-sample.json"));
    }

    @Test
    void keepsNumberTextExactly() {
        String json = "{\"stream\":\"s\",\"releases\":[{\"version\":\"1\",\"metadata\":{\"rollout\":"
                + "{\"start_epoch\":5,\"start_percentage\":1.0,\"duration_minutes\":18446744073709551615},"
                + "\"x\":[1.50,2e3]}}]}";
        Updates updates = reader.read(DocumentType.UPDATES, json.getBytes(StandardCharsets.UTF_8));
        assertThat(updates.releases().get(0).metadata().rollout().orElseThrow().startPercentage())
                .hasValue(JsonDecimal.parse("1.0"));
        assertThat(DocumentWriter.compact().writeString(DocumentType.UPDATES, updates))
                .isEqualTo("{\"stream\":\"s\",\"releases\":[{\"version\":\"1\",\"metadata\":{\"rollout\":"
                        + "{\"start_epoch\":5,\"start_percentage\":1.0,\"duration_minutes\":18446744073709551615},"
                        + "\"x\":[1.50,2E+3]}}]}");
    }

    @Test
    void indexReleasesWithoutCommitsOrImagesStayThatWay() {
        String json = "{\"stream\":\"s\",\"releases\":[{\"version\":\"1\",\"metadata\":\"u\",\"commits\":[]},"
                + "{\"version\":\"2\",\"metadata\":\"u\",\"oci-images\":[{\"architecture\":\"x86_64\","
                + "\"image\":\"q/r:t\",\"digest-ref\":\"\"}]}]}";
        ReleaseIndex index = reader.read(DocumentType.RELEASE_INDEX, json.getBytes(StandardCharsets.UTF_8));
        assertThat(index.releases().get(0).commits()).hasValue(java.util.List.of());
        assertThat(index.releases().get(0).ociImages()).isEmpty();
        assertThat(index.releases().get(1).commits()).isEmpty();
        assertThat(DocumentWriter.compact().writeString(DocumentType.RELEASE_INDEX, index))
                .isEqualTo(json);
    }
}
