/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.graph.service.DocumentSource;
import io.github.coreosrelease.graph.service.StreamSources;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --stream NAME=RELEASES_SRC,UPDATES_SRC}: a stream name, then the sources of its
 * release index and updates document, each a file path, {@code classpath:NAME} or an http(s) URL.
 * A comma inside a source must be percent-encoded ({@code %2C}).
 */
final class StreamOption implements ITypeConverter<StreamSources> {
    static final String SYNTAX = "NAME=RELEASES_SRC,UPDATES_SRC";

    @Override
    public StreamSources convert(String value) {
        int equals = value.indexOf('=');
        if (equals <= 0) {
            throw new TypeConversionException(
                    "expected " + SYNTAX + " with a non-empty stream name, got \"" + value + "\"");
        }
        String name = value.substring(0, equals);
        String[] sources = value.substring(equals + 1).split(",", -1);
        if (sources.length != 2 || sources[0].isEmpty() || sources[1].isEmpty()) {
            throw new TypeConversionException(
                    "expected " + SYNTAX + " (two sources separated by one comma), got \"" + value + "\"");
        }
        try {
            return StreamSources.of(name, DocumentSource.parse(sources[0]), DocumentSource.parse(sources[1]));
        } catch (InvalidValueException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
