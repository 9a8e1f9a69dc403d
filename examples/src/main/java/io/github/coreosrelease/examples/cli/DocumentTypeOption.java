/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.json.DocumentType;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/** The document type names accepted by {@code --type}. */
enum DocumentTypeOption {
    META("meta", DocumentType.META),
    RELEASE("release", DocumentType.RELEASE),
    RELEASE_INDEX("release-index", DocumentType.RELEASE_INDEX),
    UPDATES("updates", DocumentType.UPDATES),
    GRAPH("graph", DocumentType.GRAPH),
    STREAM("stream", DocumentType.STREAM);

    private final String option;
    // DocumentType is immutable (final class, final fields, stateless codecs) but, in a library that
    // ships no Error Prone annotations, not annotated @Immutable.
    @SuppressWarnings("ImmutableEnumChecker")
    private final DocumentType<?> type;

    DocumentTypeOption(String option, DocumentType<?> type) {
        this.option = option;
        this.type = type;
    }

    DocumentType<?> type() {
        return type;
    }

    static DocumentTypeOption of(DocumentKind kind) {
        for (DocumentTypeOption option : values()) {
            if (option.type.kind() == kind) {
                return option;
            }
        }
        throw new InputException("documents of kind " + kind.displayName() + " are not supported here", null);
    }

    @Override
    public String toString() {
        return option;
    }

    /** Converts {@code --type} values. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<DocumentTypeOption> {
        @Override
        public DocumentTypeOption convert(String value) {
            for (DocumentTypeOption option : values()) {
                if (option.option.equals(value)) {
                    return option;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "unknown document type '" + value + "', expected one of " + names());
        }
    }

    /** Lists the names for picocli's completion and help. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names().iterator();
        }
    }

    static List<String> names() {
        return Arrays.stream(values()).map(o -> o.option).collect(Collectors.toList());
    }
}
