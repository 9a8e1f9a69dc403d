/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.graph.client.BootedDeployment;
import io.github.coreosrelease.graph.client.RpmOstreeStatus;

/**
 * Every document reader on arbitrary bytes: a typed error or a model, and a model that is read
 * comes back equal from what the writer makes of it (the writer is lossless, SPEC §1).
 */
class DocumentReaderFuzzTest {
    @FuzzTest
    void meta(byte[] data) {
        readAndRoundTrip(DocumentType.META, data);
    }

    @FuzzTest
    void release(byte[] data) {
        readAndRoundTrip(DocumentType.RELEASE, data);
    }

    @FuzzTest
    void releaseIndex(byte[] data) {
        readAndRoundTrip(DocumentType.RELEASE_INDEX, data);
    }

    @FuzzTest
    void updates(byte[] data) {
        readAndRoundTrip(DocumentType.UPDATES, data);
    }

    @FuzzTest
    void stream(byte[] data) {
        readAndRoundTrip(DocumentType.STREAM, data);
    }

    @FuzzTest
    void graph(byte[] data) {
        readAndRoundTrip(DocumentType.GRAPH, data);
    }

    @FuzzTest
    void graphError(byte[] data) {
        readAndRoundTrip(DocumentType.GRAPH_ERROR, data);
    }

    /** The payload aliases document (SPEC §2.5). */
    @FuzzTest
    void payloadAliases(byte[] data) {
        readAndRoundTrip(DocumentType.PAYLOAD_ALIASES, data);
    }

    /** {@code rpm-ostree status --json}, and the booted deployment read from it. */
    @FuzzTest
    void rpmOstreeStatus(byte[] data) {
        TypedErrors.accepts(() -> BootedDeployment.from(RpmOstreeStatus.read(data)));
    }

    private static <T> void readAndRoundTrip(DocumentType<T> type, byte[] data) {
        TypedErrors.accepts(() -> {
            byte[] written = Documents.assertWritesBack(type, Documents.read(type, data));
            assertThat(DocumentWriter.compact().write(type, Documents.read(type, written)))
                    .as("%s written twice", type)
                    .isEqualTo(written);
        });
    }
}
