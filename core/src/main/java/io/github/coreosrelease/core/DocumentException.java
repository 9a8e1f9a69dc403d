/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A document could not be read: its JSON is malformed, too large or too deep, or a value is
 * missing, of the wrong type or malformed.
 *
 * <p>The message reads {@code "<document>: <pointer>: <problem> (line L, column C)"}; each part is
 * also available on its own. The pointer is an RFC 6901 JSON pointer ({@code ""} for the whole
 * document).
 */
public final class DocumentException extends CoreosReleaseException {
    private static final long serialVersionUID = 1L;

    /** The document being read. */
    private final DocumentKind kind;

    /** RFC 6901 JSON pointer of the offending value, {@code ""} for the whole document. */
    private final String pointer;

    /** What was found and what was expected, without the document, pointer or location. */
    private final String problem;

    /** 1-based line of the offending value, 0 if unknown. */
    private final int line;

    /** 1-based column of the offending value, 0 if unknown. */
    private final int column;

    /**
     * Creates the exception.
     *
     * @param kind the document being read
     * @param pointer JSON pointer of the offending value ({@code ""} for the root)
     * @param problem what was found and what was expected
     * @param line 1-based line of the offending value, or 0 if unknown
     * @param column 1-based column of the offending value, or 0 if unknown
     * @param cause the underlying exception, or {@code null}
     */
    public DocumentException(DocumentKind kind, String pointer, String problem, int line, int column, Throwable cause) {
        super(format(kind, pointer, problem, line, column), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.line = line;
        this.column = column;
    }

    /**
     * Creates the exception without a known location.
     *
     * @param kind the document being read
     * @param pointer JSON pointer of the offending value
     * @param problem what was found and what was expected
     */
    public DocumentException(DocumentKind kind, String pointer, String problem) {
        this(kind, pointer, problem, 0, 0, null);
    }

    private static String format(DocumentKind kind, String pointer, String problem, int line, int column) {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return kind.displayName() + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + problem + where;
    }

    /**
     * Returns a copy of this exception that carries a source location.
     *
     * @param newLine 1-based line
     * @param newColumn 1-based column
     * @return a new exception with the same document, pointer and problem
     */
    public DocumentException withLocation(int newLine, int newColumn) {
        return new DocumentException(kind, pointer, problem, newLine, newColumn, getCause());
    }

    /**
     * The document that could not be read.
     *
     * @return the document kind
     */
    public DocumentKind kind() {
        return kind;
    }

    /**
     * Where in the document the problem is.
     *
     * @return an RFC 6901 JSON pointer, {@code ""} for the whole document
     */
    public String pointer() {
        return pointer;
    }

    /**
     * What was wrong, without the document name, pointer or location.
     *
     * @return e.g. {@code "expected a string, found a number"}
     */
    public String problem() {
        return problem;
    }

    /**
     * The 1-based line of the offending value, when known.
     *
     * @return the line, or empty
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * The 1-based column of the offending value, when known.
     *
     * @return the column, or empty
     */
    public OptionalInt column() {
        return line > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }
}
