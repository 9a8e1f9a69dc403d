/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.testing.TestResources;

/** Test helper: the pipeline fixtures and a canonical text form of documents for exact comparisons. */
final class PipelineFixtures {
    private PipelineFixtures() {}

    static <T> T read(DocumentType<T> type, String name) {
        return DocumentReader.standard().read(type, TestResources.bytes("pipeline/" + name));
    }

    static <T> String json(DocumentType<T> type, T document) {
        return DocumentWriter.indented(2).writeString(type, document);
    }
}
