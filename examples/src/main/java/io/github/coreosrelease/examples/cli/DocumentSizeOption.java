/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.JsonLimits;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --max-document-size SIZE}, mixed into every command that reads documents: the largest
 * document it accepts, 64 MiB unless raised (a release index of 100,000 releases is larger).
 */
final class DocumentSizeOption {
    /** The largest size accepted: the most bytes one Java array holds. */
    static final long MAX_SIZE = Integer.MAX_VALUE - 8;

    @Option(
            names = "--max-document-size",
            paramLabel = "SIZE",
            converter = SizeConverter.class,
            description =
                    "The largest document accepted: bytes, or a number with KiB, MiB or GiB" + " (default: 64MiB).")
    long maxBytes = JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES;

    /** Made on first use, once picocli has set {@link #maxBytes}. */
    private Inputs inputs;

    /**
     * The JSON limits of the command: the default ones with this document size.
     *
     * @return the limits
     */
    JsonLimits limits() {
        return JsonLimits.builder().maxDocumentBytes(maxBytes).build();
    }

    /**
     * The command's inputs, read within its limits.
     *
     * @return a reader of paths, {@code -} and URLs
     */
    Inputs inputs() {
        if (inputs == null) {
            inputs = new Inputs(limits());
        }
        return inputs;
    }

    /**
     * Parses a size: digits, optionally followed by {@code KiB}, {@code MiB} or {@code GiB} (powers
     * of 1024, any letter case).
     *
     * @param text the size as written
     * @return the size in bytes
     * @throws IllegalArgumentException if the text is no such size or the size is outside 2 bytes
     *     to {@value #MAX_SIZE} bytes
     */
    static long parse(String text) {
        Matcher size = Pattern.compile("([0-9]{1,19})(KiB|MiB|GiB)?", Pattern.CASE_INSENSITIVE)
                .matcher(text);
        if (!size.matches()) {
            throw new IllegalArgumentException("invalid size \"" + text
                    + "\": expected a number of bytes, or a number with KiB, MiB or GiB, e.g. 256MiB");
        }
        long number;
        try {
            number = Long.parseLong(size.group(1));
        } catch (NumberFormatException e) {
            throw outOfRange(text);
        }
        String unit = size.group(2) == null ? "" : size.group(2).toLowerCase(Locale.ROOT);
        int shift = switch (unit) {
            case "kib" -> 10;
            case "mib" -> 20;
            case "gib" -> 30;
            default -> 0;
        };
        if (number > (MAX_SIZE >> shift) || (number << shift) < 2) {
            throw outOfRange(text);
        }
        return number << shift;
    }

    private static IllegalArgumentException outOfRange(String text) {
        return new IllegalArgumentException(
                "invalid size \"" + text + "\": expected 2 bytes to " + MAX_SIZE + " bytes (just under 2GiB)");
    }

    /** Converts the option's text for picocli, which reports a refusal as a usage error. */
    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
