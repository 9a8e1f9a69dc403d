/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.json.internal.JsonCursor;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import io.github.coreosrelease.core.json.internal.StreamingCodec;
import io.github.coreosrelease.core.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming decoder of the release index and the updates ({@code StreamingCodec}) against the
 * tree reader ({@code JsonSupport.parse} then {@code Codec.decode}) on the same bytes: every
 * document the tree reader reads, the streaming decoder reads to an equal model; every document
 * the tree reader refuses, the streaming decoder refuses too, and {@link DocumentReader} then
 * throws the tree reader's exception (same kind, pointer, problem, line and column). On the
 * corpus, on seeded generated documents (unknown fields, explicit nulls, exact numbers, random
 * member order), on every one-byte damage of those, and under tight {@link JsonLimits}.
 */
class StreamingReadDifferentialTest {
    private static final JsonLimits DEFAULTS = JsonLimits.defaults();

    /** What a read gave: a model or an exception. */
    private record Outcome(Object model, DocumentException error) {}

    private static <T> Outcome treeRead(DocumentType<T> type, byte[] bytes, JsonLimits limits) {
        JsonSupport json = new JsonSupport(limits);
        try {
            return new Outcome(type.codec().decode(JsonCursor.root(type.kind(), json.parse(type.kind(), bytes))), null);
        } catch (DocumentException e) {
            return new Outcome(null, json.locate(e, bytes));
        }
    }

    /**
     * Checks one document and says whether the tree reader read it.
     */
    private static <T> boolean assertSameOutcome(DocumentType<T> type, byte[] bytes, JsonLimits limits) {
        Outcome tree = treeRead(type, bytes, limits);
        Optional<T> streamed = new JsonSupport(limits).stream(type.kind(), bytes, (StreamingCodec<T>) type.codec());
        DocumentReader reader = DocumentReader.withLimits(limits);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (tree.error() == null) {
            assertThat(streamed).as(text).contains(type.modelClass().cast(tree.model()));
            assertThat(reader.read(type, bytes)).as(text).isEqualTo(tree.model());
            return true;
        }
        assertThat(streamed).as(text).isEmpty();
        DocumentException expected = tree.error();
        assertThatThrownBy(() -> reader.read(type, bytes))
                .as(text)
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.kind()).isEqualTo(expected.kind());
                    assertThat(e.pointer()).isEqualTo(expected.pointer());
                    assertThat(e.problem()).isEqualTo(expected.problem());
                    assertThat(e.line()).isEqualTo(expected.line());
                    assertThat(e.column()).isEqualTo(expected.column());
                    assertThat(e.getMessage()).isEqualTo(expected.getMessage());
                });
        return false;
    }

    private static List<Path> corpusUpdates() {
        List<Path> files = new ArrayList<>(Corpus.jsonFiles("updates"));
        files.addAll(Corpus.jsonFiles("updates-history"));
        return files;
    }

    @Test
    void corpusDocumentsDecodeToEqualModels() throws IOException {
        assertThat(assertSameOutcome(
                        DocumentType.RELEASE_INDEX,
                        Files.readAllBytes(Corpus.file("release-index/fcos-stable-early.json")),
                        DEFAULTS))
                .isTrue();
        List<Path> updates = corpusUpdates();
        int read = 0;
        for (Path file : updates) {
            if (assertSameOutcome(DocumentType.UPDATES, Files.readAllBytes(file), DEFAULTS)) {
                read++;
            }
        }
        // The history holds a few early revisions that are not valid updates documents; those
        // are compared as refused inputs.
        assertThat(read).isGreaterThan(updates.size() / 2);
    }

    @Test
    void generatedDocumentsDecodeToEqualModels() {
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            assertThat(assertSameOutcome(DocumentType.RELEASE_INDEX, bytes(releaseIndex(random)), DEFAULTS))
                    .isTrue();
            assertThat(assertSameOutcome(DocumentType.UPDATES, bytes(updates(random)), DEFAULTS))
                    .isTrue();
        }
    }

    @Test
    void damagedDocumentsFailTheSameWay() throws IOException {
        Random random = new Random(16);
        List<byte[]> indexes = new ArrayList<>();
        indexes.add(Files.readAllBytes(Corpus.file("release-index/fcos-stable-early.json")));
        List<byte[]> updates = new ArrayList<>();
        updates.add(Files.readAllBytes(Corpus.file("updates/stable.json")));
        for (int i = 0; i < 20; i++) {
            indexes.add(bytes(releaseIndex(random)));
            updates.add(bytes(updates(random)));
        }
        int refused = 0;
        int read = 0;
        for (int i = 0; i < 2000; i++) {
            boolean index = i % 2 == 0;
            List<byte[]> sources = index ? indexes : updates;
            byte[] damaged = damage(sources.get(random.nextInt(sources.size())), random);
            boolean ok = index
                    ? assertSameOutcome(DocumentType.RELEASE_INDEX, damaged, DEFAULTS)
                    : assertSameOutcome(DocumentType.UPDATES, damaged, DEFAULTS);
            if (ok) {
                read++;
            } else {
                refused++;
            }
        }
        // Both outcomes happen often enough for the comparison to mean something.
        assertThat(refused).isGreaterThan(500);
        assertThat(read).isGreaterThan(50);
    }

    @Test
    void chosenBadInputsFailTheSameWay() {
        List<String> indexes = List.of(
                "",
                "   ",
                "[]",
                "null",
                "{}",
                "{\"releases\": null}",
                "{\"releases\": {}}",
                "{\"releases\": [1]}",
                "{\"releases\": [{}]}",
                "{\"releases\": [{\"version\": \"1\"}]}",
                "{\"releases\": [{\"version\": null, \"metadata\": \"m\"}]}",
                "{\"releases\": [{\"version\": \"1\", \"metadata\": \"m\", \"commits\": {}}]}",
                "{\"releases\": [{\"version\": \"1\", \"metadata\": \"m\", \"commits\": [{\"architecture\": 1}]}]}",
                "{\"releases\": [{\"version\": \"1\", \"metadata\": \"m\", \"oci-images\": [{\"image\": \"i\"}]}]}",
                "{\"releases\": [], \"releases\": []}",
                "{\"releases\": []} {}",
                "{\"releases\": [], \"note\": 5}",
                "{\"releases\": [], \"metadata\": []}",
                "{\"releases\": [], \"x\": 1e1001}",
                "{\"stream\": 1, \"releases\": [{\"version\": 2}]}",
                "{\"releases\": [{\"version\": \"1\", \"metadata\": \"m\"}], \"x\": [1, 2,]}",
                "{\"releases\": [{\"version\": \"1\", \"metadata\": 7}, 8}",
                "{\"releases\": [");
        assertEveryOneRefusedAlike(DocumentType.RELEASE_INDEX, indexes);
        List<String> updates = List.of(
                "{}",
                "{\"stream\": \"s\"}",
                "{\"stream\": null, \"releases\": []}",
                "{\"stream\": \"s\", \"releases\": [{\"version\": \"1\"}]}",
                "{\"stream\": \"s\", \"releases\": [{\"version\": \"1\", \"metadata\": null}]}",
                "{\"stream\": \"s\", \"releases\": [{\"version\": \"1\", \"metadata\": {\"rollout\": {\"start_epoch\": 1.5}}}]}",
                "{\"stream\": \"s\", \"releases\": [{\"version\": \"1\", \"metadata\": {\"rollout\": {\"duration_minutes\": -1}}}]}",
                "{\"stream\": \"s\", \"releases\": [{\"version\": \"1\", \"metadata\": {\"barrier\": {}}}]}",
                "{\"stream\": \"s\", \"releases\": [{\"version\": \"1\", \"metadata\": {\"barrier\": \"b\"}}]}",
                "{\"stream\": \"s\", \"releases\": [{\"version\": \"1\", \"metadata\": {}}], \"stream\": \"t\"}",
                "{\"stream\": \"s\", \"releases\": [{\"version\": 3, \"metadata\": {}}], \"metadata\": [}");
        assertEveryOneRefusedAlike(DocumentType.UPDATES, updates);
        byte[] notUtf8 = {'{', '"', 's', 't', 'r', 'e', 'a', 'm', '"', ':', '"', (byte) 0xC3, '"', '}'};
        assertThat(assertSameOutcome(DocumentType.UPDATES, notUtf8, DEFAULTS)).isFalse();
    }

    /** Both readers refuse each of the texts, with the same exception. */
    private static void assertEveryOneRefusedAlike(DocumentType<?> type, List<String> texts) {
        for (String text : texts) {
            assertThat(assertSameOutcome(type, bytes(text), DEFAULTS)).as(text).isFalse();
        }
    }

    @Test
    void everyBoundRefusesTheSameDocuments() throws IOException {
        byte[] index = Files.readAllBytes(Corpus.file("release-index/fcos-stable-early.json"));
        byte[] exponent = bytes("{\"stream\": \"s\", \"releases\": [{\"version\": \"1\", \"metadata\": {\"rollout\": "
                + "{\"start_percentage\": 1e5}}}], \"x\": 2E+4}");
        List<JsonLimits> tight = List.of(
                JsonLimits.builder().maxDocumentBytes(index.length - 1L).build(),
                JsonLimits.builder().maxNestingDepth(3).build(),
                JsonLimits.builder().maxStringLength(20).build(),
                JsonLimits.builder().maxValues(50).build());
        for (JsonLimits limits : tight) {
            assertThat(assertSameOutcome(DocumentType.RELEASE_INDEX, index, limits))
                    .as(limits.toString())
                    .isFalse();
        }
        assertThat(assertSameOutcome(
                        DocumentType.UPDATES,
                        exponent,
                        JsonLimits.builder().maxNumberExponent(4).build()))
                .isFalse();
        assertThat(assertSameOutcome(
                        DocumentType.UPDATES,
                        exponent,
                        JsonLimits.builder().maxNumberExponent(5).build()))
                .isTrue();
        // The value bound is exact on both sides: the document's own count passes, one less does not.
        int values = valueCount(index);
        assertThat(assertSameOutcome(
                        DocumentType.RELEASE_INDEX,
                        index,
                        JsonLimits.builder().maxValues(values).build()))
                .isTrue();
        assertThat(assertSameOutcome(
                        DocumentType.RELEASE_INDEX,
                        index,
                        JsonLimits.builder().maxValues(values - 1L).build()))
                .isFalse();
    }

    /** The smallest value bound the tree reader accepts the document under. */
    private static int valueCount(byte[] document) {
        int low = 1;
        int high = 1_000_000;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (treeRead(
                                    DocumentType.RELEASE_INDEX,
                                    document,
                                    JsonLimits.builder().maxValues(mid).build())
                            .error()
                    == null) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** One byte removed, replaced by one of JSON's structural characters, or inserted. */
    private static byte[] damage(byte[] original, Random random) {
        byte[] alphabet = bytes("{}[],:\"0-e.ntfx \\");
        int at = random.nextInt(original.length);
        byte b = alphabet[random.nextInt(alphabet.length)];
        switch (random.nextInt(3)) {
            case 0 -> {
                byte[] out = new byte[original.length - 1];
                System.arraycopy(original, 0, out, 0, at);
                System.arraycopy(original, at + 1, out, at, original.length - at - 1);
                return out;
            }
            case 1 -> {
                byte[] out = original.clone();
                out[at] = b;
                return out;
            }
            default -> {
                byte[] out = new byte[original.length + 1];
                System.arraycopy(original, 0, out, 0, at);
                out[at] = b;
                System.arraycopy(original, at, out, at + 1, original.length - at);
                return out;
            }
        }
    }

    // Generated documents: members as raw JSON text, shuffled, with unknown members and nulls.

    private static String releaseIndex(Random random) {
        List<String> members = new ArrayList<>();
        optional(members, random, "note", quoted("note " + random.nextInt(9)));
        optional(members, random, "stream", quoted("stable"));
        optional(members, random, "metadata", metadata(random));
        List<String> releases = new ArrayList<>();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            releases.add(indexRelease(random, i));
        }
        members.add(member("releases", array(releases)));
        return object(members, random);
    }

    private static String indexRelease(Random random, int i) {
        List<String> members = new ArrayList<>();
        members.add(member("version", quoted("4" + i + ".2026" + random.nextInt(10) + ".3." + i)));
        members.add(member("metadata", quoted("https://example.com/" + i + "/release.json")));
        List<String> commits = new ArrayList<>();
        List<String> images = new ArrayList<>();
        for (String arch : List.of("x86_64", "aarch64", "s390x")) {
            if (random.nextInt(4) > 0) {
                List<String> commit = new ArrayList<>();
                commit.add(member("architecture", quoted(arch)));
                commit.add(member("checksum", quoted(Integer.toHexString(random.nextInt()))));
                commits.add(object(commit, random));
                List<String> image = new ArrayList<>();
                image.add(member("architecture", quoted(arch)));
                image.add(member("image", quoted("quay.io/fedora/fedora-coreos")));
                image.add(member("digest-ref", quoted("quay.io/fedora/fedora-coreos@sha256:" + i)));
                images.add(object(image, random));
            }
        }
        optional(members, random, "commits", array(commits));
        optional(members, random, "oci-images", array(images));
        return object(members, random);
    }

    private static String updates(Random random) {
        List<String> members = new ArrayList<>();
        members.add(member("stream", quoted("testing")));
        optional(members, random, "metadata", metadata(random));
        List<String> releases = new ArrayList<>();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            List<String> release = new ArrayList<>();
            release.add(member("version", quoted("4" + i + ".1")));
            List<String> metadata = new ArrayList<>();
            optional(metadata, random, "barrier", object(List.of(member("reason", quoted("r" + i))), random));
            optional(metadata, random, "deadend", object(List.of(member("reason", quoted("d" + i))), random));
            List<String> rollout = new ArrayList<>();
            optional(rollout, random, "start_epoch", Long.toString(1_700_000_000L + random.nextInt(1000)));
            optional(
                    rollout,
                    random,
                    "start_percentage",
                    List.of("0", "0.5", "-0.0", "1e-1", "5E-1", "1.0").get(random.nextInt(6)));
            optional(rollout, random, "duration_minutes", Integer.toString(random.nextInt(2000)));
            optional(metadata, random, "rollout", object(rollout, random));
            release.add(member("metadata", object(metadata, random)));
            releases.add(object(release, random));
        }
        members.add(member("releases", array(releases)));
        return object(members, random);
    }

    private static String metadata(Random random) {
        List<String> members = new ArrayList<>();
        optional(members, random, "last-modified", quoted("2026-12-03T16:00:00Z"));
        optional(members, random, "generator", quoted("test"));
        return object(members, random);
    }

    /** A member present, present as an explicit null, or absent. */
    private static void optional(List<String> members, Random random, String name, String json) {
        switch (random.nextInt(4)) {
            case 0 -> members.add(member(name, "null"));
            case 1 -> {
                // absent
            }
            default -> members.add(member(name, json));
        }
    }

    /** The members in random order, sometimes with unknown ones of every JSON type. */
    private static String object(List<String> known, Random random) {
        List<String> members = new ArrayList<>(known);
        if (random.nextInt(3) == 0) {
            List<String> unknown = List.of(
                    "\"x-note\": \"kept \\u00e9\"",
                    "\"x-number\": 1e5",
                    "\"x-zero\": -0.0",
                    "\"x-big\": 123456789012345678901234567890",
                    "\"x-null\": null",
                    "\"x-flag\": false",
                    "\"x-object\": {\"a\": [1, {\"b\": null}], \"c\": 2.50}",
                    "\"x-array\": []");
            members.add(unknown.get(random.nextInt(unknown.size())));
        }
        Collections.shuffle(members, random);
        return "{" + String.join(random.nextBoolean() ? ", " : ",\n  ", members) + "}";
    }

    private static String array(List<String> elements) {
        return "[" + String.join(",", elements) + "]";
    }

    private static String member(String name, String json) {
        return quoted(name) + ": " + json;
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
