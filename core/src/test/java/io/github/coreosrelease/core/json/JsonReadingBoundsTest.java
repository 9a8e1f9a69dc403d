/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.internal.Shortened;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.model.Updates;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The low-level bounds of every reader (issue 16 items 2, 3, 5, 6; issue 12 error lines): number
 * exponents, value counts, encodings, exact number text, short error lines.
 */
class JsonReadingBoundsTest {
    private static final DocumentReader READER = DocumentReader.standard();
    private static final List<DocumentType<?>> TYPES = List.of(
            DocumentType.META,
            DocumentType.RELEASE,
            DocumentType.RELEASE_INDEX,
            DocumentType.UPDATES,
            DocumentType.STREAM,
            DocumentType.GRAPH,
            DocumentType.GRAPH_ERROR);

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anExponentBeyondAnIntIsADocumentExceptionWithPointerAndLineFromEveryReader() {
        byte[] json = utf8("{\n  \"x\": 1e9999999999\n}");
        for (DocumentType<?> type : TYPES) {
            assertThatThrownBy(() -> READER.read(type, json)).isInstanceOfSatisfying(DocumentException.class, e -> {
                assertThat(e.pointer()).isEqualTo("/x");
                assertThat(e.line()).hasValue(2);
                assertThat(e.column()).hasValue(8);
                assertThat(e.problem())
                        .isEqualTo("number 1e9999999999 has an exponent beyond the limit of 1000 (its"
                                + " magnitude is far beyond any value of these documents)");
            });
        }
        assertThatThrownBy(() -> DocumentDetector.detect(json))
                .isInstanceOfSatisfying(
                        DocumentException.class, e -> assertThat(e.pointer()).isEqualTo("/x"));
    }

    @Test
    void aStartPercentageWithAHugeExponentIsRefusedAtReadTimeNotExpanded() {
        byte[] json = utf8("{\"stream\":\"s\",\"releases\":[{\"version\":\"1\",\"metadata\":{\"rollout\":"
                + "{\"start_percentage\":1e999999999}}}]}");

        assertThatThrownBy(() -> READER.read(DocumentType.UPDATES, json))
                .isInstanceOf(DocumentException.class)
                .hasMessage("updates: /releases/0/metadata/rollout/start_percentage: number 1e999999999 has an"
                        + " exponent beyond the limit of 1000 (its magnitude is far beyond any value of these"
                        + " documents) (line 1, column 84)");
    }

    @Test
    void exponentsUpToTheLimitAreRead() {
        Updates updates = READER.read(
                DocumentType.UPDATES,
                utf8("{\"stream\":\"s\",\"releases\":[],\"a\":1e1000,\"b\":1E-0001000,\"c\":1e+0000000000000001}"));

        assertThat(updates.extraFields().values().stream().map(RawJson::json))
                .containsExactly("1e1000", "1E-0001000", "1e+0000000000000001");
    }

    @Test
    void numberTextSurvivesARoundTrip() {
        String json = "{\"stream\":\"s\",\"releases\":[{\"version\":\"1\",\"metadata\":{\"rollout\":"
                + "{\"start_percentage\":5E-1}}}],\"x\":[1e5,0.1e1,5E-1,-0,-0.0,1.50,12345678901234567890]}";

        Updates updates = READER.read(DocumentType.UPDATES, utf8(json));

        assertThat(DocumentWriter.compact().writeString(DocumentType.UPDATES, updates))
                .isEqualTo(json);
        assertThat(updates.releases()
                        .get(0)
                        .metadata()
                        .rollout()
                        .orElseThrow()
                        .startPercentage()
                        .orElseThrow())
                .hasToString("5E-1");
        assertThat(RawJson.of("[1e5, -0, 0.1e1]").json()).isEqualTo("[1e5,-0,0.1e1]");
    }

    @Test
    void moreValuesThanTheLimitIsADocumentException() {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        json.writeBytes(utf8("{\"stream\":\"s\",\"releases\":[0"));
        for (int i = 1; i < JsonLimits.DEFAULT_MAX_VALUES; i++) {
            json.writeBytes(utf8(",0"));
        }
        json.writeBytes(utf8("]}"));

        assertThatThrownBy(() -> READER.read(DocumentType.RELEASE_INDEX, json.toByteArray()))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/releases/999997");
                    assertThat(e.problem())
                            .isEqualTo("document exceeds a size limit: more than 1000000 JSON values (objects,"
                                    + " arrays, strings, numbers, literals)");
                });
    }

    @Test
    void aCustomValueLimitApplies() {
        DocumentReader small =
                DocumentReader.withLimits(JsonLimits.builder().maxValues(3).build());

        assertThatThrownBy(() -> small.read(DocumentType.GRAPH_ERROR, utf8("{\"kind\":\"a\",\"value\":\"b\",\"c\":1}")))
                .isInstanceOf(DocumentException.class)
                .hasMessage("graph error: /c: document exceeds a size limit: more than 3 JSON values (objects,"
                        + " arrays, strings, numbers, literals) (line 1, column 29)");
    }

    @Test
    void overlongUtf8IsRefusedByEveryReader() {
        byte[] json = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0x80, '"', '}'};
        for (DocumentType<?> type : TYPES) {
            assertThatThrownBy(() -> READER.read(type, json))
                    .isInstanceOf(DocumentException.class)
                    .hasMessageEndingWith(": /: document is not valid UTF-8 (JSON documents are UTF-8, RFC 8259"
                            + " §8.1): an overlong encoding at byte offset 6: C0 80 22 7D (line 1, column 7)");
        }
    }

    @Test
    void utf16AndUtf32AreRefusedWithTheirName() {
        String json = "{\"kind\":\"a\",\"value\":\"b\"}";
        assertThat(problem(json.getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo("it is UTF-16LE (a zero byte after every character); convert it to UTF-8");
        assertThat(problem(json.getBytes(StandardCharsets.UTF_16BE)))
                .isEqualTo("it is UTF-16BE (a zero byte before every character); convert it to UTF-8");
        assertThat(problem(json.getBytes(StandardCharsets.UTF_16)))
                .isEqualTo("it is UTF-16BE (byte order mark FE FF); convert it to UTF-8");
        assertThat(problem(json.getBytes(java.nio.charset.Charset.forName("UTF-32BE"))))
                .isEqualTo("it is UTF-32BE (zero bytes around every character); convert it to UTF-8");
        assertThat(problem(json.getBytes(java.nio.charset.Charset.forName("UTF-32LE"))))
                .isEqualTo("it is UTF-32LE (zero bytes around every character); convert it to UTF-8");
    }

    @Test
    void aUtf8ByteOrderMarkIsAllowed() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("{\"kind\":\"a\",\"value\":\"b\"}");
        byte[] json = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, json, 0, bom.length);
        System.arraycopy(body, 0, json, bom.length, body.length);

        assertThat(READER.read(DocumentType.GRAPH_ERROR, json).kind()).isEqualTo("a");
    }

    private static String problem(byte[] json) {
        try {
            READER.read(DocumentType.GRAPH_ERROR, json);
        } catch (DocumentException e) {
            assertThat(e.line()).hasValue(1);
            String prefix = "document is not valid UTF-8 (JSON documents are UTF-8, RFC 8259 §8.1): ";
            assertThat(e.problem()).startsWith(prefix);
            return e.problem().substring(prefix.length());
        }
        throw new AssertionError("read without error");
    }

    @Test
    void anErrorDeepInADocumentPrintsAShortLine() {
        String deep = "{\"releases\":" + "[".repeat(300) + "]".repeat(300) + "}";

        assertThatThrownBy(() -> READER.read(DocumentType.RELEASE_INDEX, utf8(deep)))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/releases" + "/0".repeat(255));
                    assertThat(e.getMessage())
                            .isEqualTo("release index: /releases/0/0/0/...(248 levels left out).../0/0/0/0: document"
                                    + " exceeds a size limit: Document nesting depth (257) exceeds the maximum allowed"
                                    + " (256) (line 1, column 269)");
                    assertThat(e.describe("releases.json"))
                            .isEqualTo("releases.json: /releases/0/0/0/...(248 levels left out).../0/0/0/0: document"
                                    + " exceeds a size limit: Document nesting depth (257) exceeds the maximum allowed"
                                    + " (256) (line 1, column 269)");
                });
    }

    @Test
    void describeNamesTheSourceAndShortensLikeTheMessage() {
        DocumentException e =
                new DocumentException(DocumentKind.UPDATES, "/r" + "/0".repeat(20), "expected a string", 3, 4, null);

        assertThat(e.describe("updates.json"))
                .isEqualTo("updates.json: /r/0/0/0/...(13 levels left out).../0/0/0/0: expected a string (line 3,"
                        + " column 4)");
        assertThat(new DocumentException(DocumentKind.UPDATES, "", "empty").describe("-"))
                .isEqualTo("-: /: empty");
    }

    @Test
    void aShortenedTextNeverSplitsASurrogatePair() {
        String face = "\uD83D\uDE00";

        assertThat(Shortened.text("a".repeat(19) + face + "b".repeat(400), 30))
                .isEqualTo("a".repeat(19) + "...(392 characters left out)..." + "b".repeat(10));
        assertThat(Shortened.text("x".repeat(400) + face + "y".repeat(9), 30))
                .isEqualTo("x".repeat(20) + "...(380 characters left out)..." + face + "y".repeat(9));
    }

    @Test
    void longPointersKeepTheirFourFirstAndLastLevels() {
        assertThat(Shortened.pointer("/a/b/c")).isEqualTo("/a/b/c");
        assertThat(Shortened.pointer("/0".repeat(12))).isEqualTo("/0".repeat(12));
        assertThat(Shortened.pointer("/r" + "/0".repeat(20) + "/end"))
                .isEqualTo("/r/0/0/0/...(14 levels left out).../0/0/0/end");
        assertThat(Shortened.text("x".repeat(400), 30))
                .isEqualTo("x".repeat(20) + "...(370 characters left out)..." + "x".repeat(10));
    }

    @Test
    void aLongProblemIsShortenedInTheMessageOnly() {
        String problem = "expected a string, found " + "y".repeat(1000);
        DocumentException e = new DocumentException(DocumentKind.UPDATES, "/a", problem);

        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.getMessage())
                .isEqualTo("updates: /a: " + problem.substring(0, 200) + "...(725 characters left out)..."
                        + "y".repeat(100));
    }

    @Test
    void controlCharactersInAnErrorLineAreWrittenAsEscapes() {
        assertThat(Shortened.text("tag a\nb\tc\rd\u001b[31m\u007f\u0085", 100))
                .isEqualTo("tag a\\nb\\tc\\rd\\u001b[31m\\u007f\\u0085");
        assertThat(Shortened.text("\n".repeat(30), 20))
                .isEqualTo("\\n".repeat(6) + "...(21 characters left out)..." + "\\n".repeat(3));
        assertThat(Shortened.text("x".repeat(50) + "\u0001", 10)).isEqualTo("xxxxxx...(45 characters left out)...");
        DocumentException e = new DocumentException(DocumentKind.META, "/a\nb", "expected a tag, found \"x\ny\"");

        assertThat(e.getMessage()).isEqualTo("meta.json: /a\\nb: expected a tag, found \"x\\ny\"");
        assertThat(e.pointer()).isEqualTo("/a\nb");
    }
}
