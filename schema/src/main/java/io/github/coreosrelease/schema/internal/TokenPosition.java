/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.internal;

/**
 * Where a value starts in a document.
 *
 * @param order position of the value among all values of the document, in reading order
 * @param line 1-based line
 * @param column 1-based column, in characters
 */
public record TokenPosition(int order, int line, int column) {}
