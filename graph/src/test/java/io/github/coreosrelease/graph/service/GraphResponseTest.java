/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.graph.service.internal.ResponseBody;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphResponseTest {
    private static final byte[] JSON = "{\"nodes\":[],\"edges\":[]}".getBytes(StandardCharsets.UTF_8);
    // First 16 bytes of SHA-256 of JSON, in hex.
    private static final GraphResponse GRAPH = GraphResponse.graph(ResponseBody.tagged(JSON));

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    @Test
    void sharesOneBodyAndCompressesItOnce() throws IOException {
        ByteBuffer first = GRAPH.body(false);
        first.get(new byte[5]);

        assertThat(bytes(GRAPH.body(false))).isEqualTo(JSON);
        assertThat(GRAPH.body(false).isReadOnly()).isTrue();
        assertThat(GRAPH.bodyBytes()).isEqualTo(JSON);
        byte[] gzip = bytes(GRAPH.body(true));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            assertThat(in.readAllBytes()).isEqualTo(JSON);
        }
        assertThat(bytes(GRAPH.body(true))).isEqualTo(gzip);
    }

    @Test
    void tagsTheBodyByItsContent() {
        String tag = GRAPH.etag(false).orElseThrow();

        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(GraphResponse.graph(ResponseBody.tagged(JSON.clone())).etag(false))
                .contains(tag);
        assertThat(GRAPH.etag(true)).contains(tag.substring(0, 33) + "-gzip\"");
        assertThat(GraphResponse.graph(ResponseBody.tagged("{}".getBytes(StandardCharsets.UTF_8)))
                        .etag(false)
                        .orElseThrow())
                .isNotEqualTo(tag);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "IDENTITY                 | true",
                "GZIP                     | true",
                "W/IDENTITY               | true",
                "\"other\", IDENTITY      | true",
                "\"a\",GZIP               | true",
                "*                        | true",
                "\"other\"                | false",
                "IDENTITY-not-quoted      | false",
                "''                       | false",
            })
    void isNotModifiedWhenTheClientHasEitherEncoding(String header, boolean expected) {
        String identity = GRAPH.etag(false).orElseThrow();
        String gzip = GRAPH.etag(true).orElseThrow();
        String value = header.replace("IDENTITY-not-quoted", identity.replace("\"", ""))
                .replace("IDENTITY", identity)
                .replace("GZIP", gzip);

        assertThat(GRAPH.isNotModified(value)).isEqualTo(expected);
    }

    @Test
    void errorsHaveNoTagAndAreNeverNotModified() {
        GraphResponse error = GraphResponse.error(GraphErrorKind.UNKNOWN_STREAM, "unknown stream \"x\"");

        assertThat(error.status()).isEqualTo(404);
        assertThat(error.isSuccess()).isFalse();
        assertThat(error.etag(false)).isEmpty();
        assertThat(error.isNotModified("*")).isFalse();
        assertThat(new String(error.bodyBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"kind\":\"unknown_stream\",\"value\":\"unknown stream \\\"x\\\"\"}");
        assertThat(GRAPH.isNotModified(null)).isFalse();
        assertThat(error.toString()).isEqualTo("GraphResponse[404 unknown_stream: unknown stream \"x\"]");
    }
}
