/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.internal;

/**
 * A schema violation before its source location is known.
 *
 * @param pointer RFC 6901 pointer of the offending value
 * @param keyword the schema keyword that failed
 * @param message what is wrong
 */
public record Finding(String pointer, String keyword, String message) {}
