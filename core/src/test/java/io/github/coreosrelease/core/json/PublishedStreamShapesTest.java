/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import static io.github.coreosrelease.core.json.TextDocuments.read;
import static io.github.coreosrelease.core.json.TextDocuments.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.model.stream.StreamArch;
import io.github.coreosrelease.core.model.stream.StreamGcpImage;
import io.github.coreosrelease.core.model.stream.StreamMetadata;
import org.junit.jupiter.api.Test;

/**
 * Shapes that fedora-coreos-streams published over the years read, and write back unchanged; the
 * one layout the reference tools refuse is refused too (docs/FORMATS.md).
 */
class PublishedStreamShapesTest {
    private static final String SHA = "c".repeat(64);

    @Test
    void streamMetadataOf2020WithAGcpImageWithoutRelease() {
        // As published 2020-06..2021-11: gcp without release, artifacts without uncompressed-sha256.
        String json = "{\"stream\":\"stable\",\"metadata\":{\"last-modified\":\"2020-12-01T00:00:00Z\"},"
                + "\"architectures\":{\"x86_64\":{\"artifacts\":{\"gcp\":{\"release\":\"33.20201201.3.0\","
                + "\"formats\":{\"tar.gz\":{\"disk\":{\"location\":\"https://example.org/g.tar.gz\","
                + "\"signature\":\"https://example.org/g.tar.gz.sig\",\"sha256\":\"" + SHA + "\"}}}}},"
                + "\"images\":{\"gcp\":{\"project\":\"fedora-coreos-cloud\",\"family\":\"fedora-coreos-stable\","
                + "\"name\":\"fedora-coreos-33-20201201-3-0-gcp-x86-64\"}}}}}";

        StreamMetadata stream = read(DocumentType.STREAM, json);

        assertThat(stream.architectures().get("x86_64").images().orElseThrow().gcp())
                .hasValue(StreamGcpImage.builder()
                        .project("fedora-coreos-cloud")
                        .family("fedora-coreos-stable")
                        .name("fedora-coreos-33-20201201-3-0-gcp-x86-64")
                        .build());
        assertThat(write(DocumentType.STREAM, stream)).isEqualTo(json);
    }

    @Test
    void theFirstStreamMetadataOf2019WithoutImagesAndWithATopLevelUpdatesObject() {
        String json = "{\"stream\":\"testing\",\"metadata\":{\"last-modified\":\"2019-07-15T00:00:00Z\"},"
                + "\"architectures\":{\"x86_64\":{\"artifacts\":{\"qemu\":{\"release\":\"30.20190715.0\","
                + "\"formats\":{\"qcow2.xz\":{\"disk\":{\"location\":\"https://example.org/q.qcow2.xz\","
                + "\"signature\":\"https://example.org/q.qcow2.xz.sig\",\"sha256\":\"" + SHA + "\"}}}}}}},"
                + "\"updates\":{\"release\":\"30.20190715.0\"}}";

        StreamMetadata stream = read(DocumentType.STREAM, json);

        StreamArch x86 = stream.architectures().get("x86_64");
        assertThat(x86.images()).isEmpty();
        assertThat(stream.extraFields().keySet()).containsExactly("updates");
        assertThat(write(DocumentType.STREAM, stream)).isEqualTo(json);
    }

    @Test
    void theDraftUpdatesLayoutOf2019IsRefusedAsTheGraphBuilderRefusesIt() {
        String json = "{\"updates\":{\"barriers\":[],\"deadends\":[{\"version\":\"30.1\",\"reason\":\"r\"}],"
                + "\"rollouts\":[]}}";

        assertThatThrownBy(() -> read(DocumentType.UPDATES, json))
                .isInstanceOf(DocumentException.class)
                .hasMessage("updates: /stream: missing required field \"stream\" (line 1, column 1)");
    }
}
