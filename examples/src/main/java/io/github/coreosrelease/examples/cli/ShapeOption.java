/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.oscontainer.ContainerShape;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine;

/** Converts and lists the values of {@code --to}: {@code legacy}, {@code pinned}, {@code split}. */
final class ShapeOption {
    private ShapeOption() {}

    /** Converts {@code --to} values. */
    static final class Converter implements CommandLine.ITypeConverter<ContainerShape> {
        @Override
        public ContainerShape convert(String value) {
            try {
                return ContainerShape.parse(value);
            } catch (InvalidValueException e) {
                throw new CommandLine.TypeConversionException(
                        "unknown shape '" + value + "', expected one of legacy, pinned, split");
            }
        }
    }

    /** Lists the names for picocli's completion and help. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ContainerShape.values())
                    .map(ContainerShape::jsonName)
                    .iterator();
        }
    }
}
