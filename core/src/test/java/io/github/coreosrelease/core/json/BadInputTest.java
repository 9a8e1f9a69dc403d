/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input of every kind ends in a {@link DocumentException} that says where and what (SPEC §6). */
class BadInputTest {
    private static final String META_REQUIRED = """
            "name": "fedora-coreos",
              "ostree-commit": "c",
              "ostree-timestamp": "2025-01-01T00:00:00Z",
              "ostree-version": "41.20250101.3.0"\
            """;

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> DocumentException readFails(DocumentType<T> type, byte[] json) {
        return catchThrowableOfType(
                DocumentException.class, () -> DocumentReader.standard().read(type, json));
    }

    private static void assertLocated(DocumentException e, int line, int column) {
        assertThat(e.line()).as("line").isEqualTo(OptionalInt.of(line));
        assertThat(e.column()).as("column").isEqualTo(OptionalInt.of(column));
    }

    @Test
    void truncatedJson() {
        DocumentException e =
                readFails(DocumentType.META, utf8("{\n  \"buildid\": \"41.20250101.3.0\",\n  \"name\": "));

        assertThat(e.kind()).isEqualTo(DocumentKind.META);
        assertThat(e.pointer()).isEqualTo("/name");
        assertThat(e.problem()).isEqualTo("malformed JSON: Unexpected end-of-input within/between Object entries");
        assertLocated(e, 3, 11);
    }

    @Test
    void bytesItsDetectedEncodingCannotDecode() {
        // Three NUL bytes before "{" look like UTF-32; the next four bytes are no code point (found by
        // DocumentReaderFuzzTest#updates, where it escaped as UncheckedIOException).
        byte[] json = {0, 0, 0, '{', '"', 's', 't', 'r', 'e', 'a', 'm', '"'};

        DocumentException e = readFails(DocumentType.UPDATES, json);

        assertThat(e.kind()).isEqualTo(DocumentKind.UPDATES);
        assertThat(e.pointer()).isEqualTo("");
        assertThat(e.problem())
                .isEqualTo("document is not valid UTF-8 (JSON documents are UTF-8, RFC 8259 §8.1): it is UTF-32BE"
                        + " (zero bytes around every character); convert it to UTF-8");
        assertLocated(e, 1, 1);
    }

    @Test
    void nulBytesInAnOrderNoEncodingHas() {
        // 00 DF 00 00 is no UCS-4 order; the parser's own detection gave up on it (found by
        // DocumentReaderFuzzTest#graph, where it escaped as UncheckedIOException). The UTF-8 check
        // before parsing names the form the first two bytes show.
        byte[] json = {0, (byte) 0xDF, 0, 0, '{', '}'};

        DocumentException e = readFails(DocumentType.GRAPH, json);

        assertThat(e.kind()).isEqualTo(DocumentKind.GRAPH);
        assertThat(e.pointer()).isEqualTo("");
        assertThat(e.problem())
                .isEqualTo("document is not valid UTF-8 (JSON documents are UTF-8, RFC 8259 §8.1): it is UTF-16BE"
                        + " (a zero byte before every character); convert it to UTF-8");
        assertLocated(e, 1, 1);
    }

    @Test
    void nulBytesTheUtf8CheckLetsThroughInAnOrderNoEncodingHas() {
        // 00 00 01 00 is well-formed UTF-8 and no UTF-16/32 form; the parser's encoding detection
        // refused it (found by DocumentReaderFuzzTest#graphError, where it escaped as
        // UncheckedIOException).
        byte[] json = {0, 0, 1, 0, '{', '"', '"'};

        DocumentException e = readFails(DocumentType.GRAPH_ERROR, json);

        assertThat(e.kind()).isEqualTo(DocumentKind.GRAPH_ERROR);
        assertThat(e.pointer()).isEqualTo("");
        assertThat(e.problem())
                .isEqualTo("malformed JSON: NUL bytes where a JSON value must start"
                        + " (Unsupported UCS-4 endianness (2143) detected)");
        assertLocated(e, 1, 1);
    }

    @Test
    void wrongTypeDeepInsideADocument() {
        String json = """
                {
                  "stream": "stable",
                  "releases": [
                    {"version": "1", "metadata": {}},
                    {"version": "2", "metadata": {}},
                    {"version": "3", "metadata": {"rollout": {
                      "start_epoch": "soon"}}}
                  ]
                }
                """;
        DocumentException e = readFails(DocumentType.UPDATES, utf8(json));

        assertThat(e.kind()).isEqualTo(DocumentKind.UPDATES);
        assertThat(e.pointer()).isEqualTo("/releases/2/metadata/rollout/start_epoch");
        assertThat(e.problem())
                .isEqualTo("expected an integer between -9223372036854775808 and 9223372036854775807, found a string");
        assertLocated(e, 7, 22);
    }

    @Test
    void fractionalDurationMinutes() {
        String json = "{\"stream\": \"stable\", \"releases\": [{\"version\": \"1\", \"metadata\": "
                + "{\"rollout\": {\"duration_minutes\": 1.5}}}]}";
        DocumentException e = readFails(DocumentType.UPDATES, utf8(json));

        assertThat(e.pointer()).isEqualTo("/releases/0/metadata/rollout/duration_minutes");
        assertThat(e.problem())
                .isEqualTo("expected an integer between 0 and 18446744073709551615, found the number 1.5");
        assertLocated(e, 1, 97);
    }

    @Test
    void missingRequiredField() {
        DocumentException e = readFails(DocumentType.META, utf8("{\n  " + META_REQUIRED + "\n}\n"));

        assertThat(e.kind()).isEqualTo(DocumentKind.META);
        assertThat(e.pointer()).isEqualTo("/buildid");
        assertThat(e.problem()).isEqualTo("missing required field \"buildid\"");
        assertLocated(e, 1, 1);
        assertThat(e.getMessage())
                .isEqualTo("meta.json: /buildid: missing required field \"buildid\" (line 1, column 1)");
    }

    @Test
    void duplicateKeysAreRejected() {
        String json = "{\n  \"buildid\": \"a\",\n  " + META_REQUIRED + ",\n  \"buildid\": \"b\"\n}";
        DocumentException e = readFails(DocumentType.META, utf8(json));

        assertThat(e.pointer()).isEqualTo("/buildid");
        assertThat(e.problem()).isEqualTo("malformed JSON: Duplicate field 'buildid'");
        // Jackson notices the duplicate once it has read the key, at the colon that follows it.
        assertLocated(e, 7, 12);
    }

    @Test
    void deepNestingIsBoundedWithoutStackOverflow() {
        DocumentException e = readFails(DocumentType.RELEASE, utf8("[".repeat(100_000)));

        assertThat(e.kind()).isEqualTo(DocumentKind.RELEASE);
        assertThat(e.pointer()).isEqualTo("/0".repeat(256));
        assertThat(e.problem())
                .isEqualTo(
                        "document exceeds a size limit: Document nesting depth (257) exceeds the maximum allowed (256)");
        // The parser stops right after the 257th bracket.
        assertLocated(e, 1, 258);
    }

    @Test
    void oversizedDocumentFromBytes() {
        DocumentReader reader = DocumentReader.withLimits(
                JsonLimits.builder().maxDocumentBytes(1000).build());
        byte[] json = utf8("{\"stream\": \"" + "s".repeat(1986) + "\"}");
        assertThat(json).hasSize(2000);

        DocumentException e =
                catchThrowableOfType(DocumentException.class, () -> reader.read(DocumentType.STREAM, json));

        assertThat(e.kind()).isEqualTo(DocumentKind.STREAM);
        assertThat(e.pointer()).isEmpty();
        assertThat(e.problem()).isEqualTo("document is 2000 bytes, larger than the limit of 1000 bytes");
        assertThat(e.line()).isEmpty();
        assertThat(e.column()).isEmpty();
    }

    @Test
    void oversizedDocumentFromStream() {
        DocumentReader reader = DocumentReader.withLimits(
                JsonLimits.builder().maxDocumentBytes(1000).build());
        byte[] json = utf8("{\"stream\": \"" + "s".repeat(1986) + "\"}");

        DocumentException e = catchThrowableOfType(
                DocumentException.class, () -> reader.read(DocumentType.STREAM, new ByteArrayInputStream(json)));

        assertThat(e.kind()).isEqualTo(DocumentKind.STREAM);
        assertThat(e.pointer()).isEmpty();
        assertThat(e.problem()).isEqualTo("document is larger than the limit of 1000 bytes");
        assertThat(e.line()).isEmpty();
        assertThat(e.column()).isEmpty();
    }

    @Test
    void topLevelArrayInsteadOfObject() {
        DocumentException e = readFails(DocumentType.STREAM, utf8("[{\"stream\": \"stable\"}]"));

        assertThat(e.pointer()).isEmpty();
        assertThat(e.problem()).isEqualTo("expected an object, found an array");
        assertLocated(e, 1, 1);
    }

    @Test
    void trailingGarbageAfterTheDocument() {
        String json = "{\"stream\": \"stable\", \"releases\": []}\n{\"again\": true}";
        DocumentException e = readFails(DocumentType.UPDATES, utf8(json));

        assertThat(e.pointer()).isEmpty();
        assertThat(e.problem()).isEqualTo("malformed JSON: unexpected content after the end of the document");
        assertLocated(e, 2, 1);
    }

    static Stream<Arguments> releaseAndStreamErrors() {
        String release = "{\"release\": \"1\", \"stream\": \"s\", \"architectures\": {\"x86_64\": %s}}";
        String stream = "{\"stream\": \"s\", \"metadata\": {}, \"architectures\": {\"x86_64\": %s}}";
        return Stream.of(
                Arguments.of(
                        DocumentType.RELEASE,
                        String.format(release, "{\"commit\": \"c\"}"),
                        "/architectures/x86_64/media",
                        "missing required field \"media\""),
                Arguments.of(
                        DocumentType.RELEASE,
                        String.format(
                                release,
                                "{\"media\": {\"aws\": {\"artifacts\": {}, \"images\": {\"us-east-1\": {\"image\": 5}}}}}"),
                        "/architectures/x86_64/media/aws/images/us-east-1/image",
                        "expected a string, found the number 5"),
                Arguments.of(
                        DocumentType.RELEASE,
                        String.format(
                                release,
                                "{\"media\": {\"gcp\": {\"artifacts\": {}, \"image\": {\"project\": \"p\"}}}}"),
                        "/architectures/x86_64/media/gcp/image/name",
                        "missing required field \"name\""),
                Arguments.of(
                        DocumentType.RELEASE,
                        String.format(
                                release, "{\"media\": {\"kubevirt\": {\"artifacts\": {}, \"image\": \"q/k:t\"}}}"),
                        "/architectures/x86_64/media/kubevirt/image",
                        "expected an object, found a string"),
                Arguments.of(
                        DocumentType.RELEASE,
                        String.format(
                                release,
                                "{\"media\": {\"metal\": {\"artifacts\": {\"pxe\": {\"kernel\": {\"location\": \"l\"}}}}}}"),
                        "/architectures/x86_64/media/metal/artifacts/pxe/kernel/sha256",
                        "missing required field \"sha256\""),
                Arguments.of(
                        DocumentType.STREAM,
                        "{\"stream\": \"s\", \"architectures\": {}}",
                        "/metadata",
                        "missing required field \"metadata\""),
                Arguments.of(
                        DocumentType.STREAM,
                        String.format(stream, "{\"artifacts\": {}, \"images\": {\"aws\": {\"regions\": []}}}"),
                        "/architectures/x86_64/images/aws/regions",
                        "expected an object, found an array"),
                Arguments.of(
                        DocumentType.STREAM,
                        String.format(
                                stream,
                                "{\"artifacts\": {\"qemu\": {\"release\": \"1\", \"formats\": {\"qcow2.xz\": "
                                        + "{\"disk\": {\"location\": \"l\", \"sha256\": false}}}}}}"),
                        "/architectures/x86_64/artifacts/qemu/formats/qcow2.xz/disk/sha256",
                        "expected a string, found a boolean"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("releaseAndStreamErrors")
    void releaseAndStreamErrorsNameTheExactPointer(DocumentType<?> type, String json, String pointer, String problem) {
        DocumentException e = readFails(type, utf8(json));

        assertThat(e.kind()).isEqualTo(type.kind());
        assertThat(e.pointer()).isEqualTo(pointer);
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.line()).hasValue(1);
    }

    @Test
    void invalidDigestInAContainerEntry() {
        String json = "{\n  \"buildid\": \"41.20250101.3.0\",\n  " + META_REQUIRED + ",\n"
                + "  \"base-oscontainer\": {\"image\": \"quay.io/fedora/fedora-coreos\",\n"
                + "    \"digest\": \"sha256:ABC\"}\n}\n";
        DocumentException e = readFails(DocumentType.META, utf8(json));

        assertThat(e.pointer()).isEqualTo("/base-oscontainer/digest");
        assertThat(e.problem()).startsWith("invalid digest \"sha256:ABC\": expected ");
        assertLocated(e, 8, 15);
    }

    @Test
    void invalidImageReferenceInAContainerEntry() {
        String json = "{\"buildid\": \"41.20250101.3.0\", " + META_REQUIRED
                + ", \"oscontainer\": {\"image\": \"quay.io/Fedora/fcos\"}}";
        DocumentException e = readFails(DocumentType.META, utf8(json));

        assertThat(e.pointer()).isEqualTo("/oscontainer/image");
        assertThat(e.problem())
                .isEqualTo("invalid image reference \"quay.io/Fedora/fcos\": expected path components of lowercase "
                        + "[a-z0-9] joined by '.', '_', '__' or '-', but uppercase letters are not allowed in a "
                        + "repository path (component \"Fedora\")");
    }

    @Test
    void emptyInput() {
        DocumentException e = readFails(DocumentType.RELEASE, new byte[0]);

        assertThat(e.kind()).isEqualTo(DocumentKind.RELEASE);
        assertThat(e.pointer()).isEmpty();
        assertThat(e.problem()).isEqualTo("expected a JSON document, found no content");
        assertLocated(e, 1, 1);
    }
}
