package io.github.coreosrelease.schema.internal;

/**
 * Bounds on what the validator reads, so that a hostile or broken input cannot exhaust memory or
 * stack (SPEC §6). Real pipeline documents stay far below them: the largest, a stream metadata
 * file, is a few hundred kilobytes and nests about ten levels deep.
 */
public final class InputLimits {
    /** Largest document accepted, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

    /** Deepest nesting of arrays and objects accepted. */
    public static final int MAX_NESTING_DEPTH = 100;

    /** Longest string value or property name accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1024 * 1024;

    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private InputLimits() {}
}
