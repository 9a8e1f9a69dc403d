/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * JSON Schemas for every document of the Fedora CoreOS release pipeline (SPEC §1) and a {@link
 * io.github.coreosrelease.schema.Validator} that checks a document against its schema and reports
 * every problem with its JSON pointer and source location (SPEC §5).
 *
 * <p>The schemas are JSON Schema draft 2020-12 resources of this package, listed by {@link
 * io.github.coreosrelease.schema.DocumentSchema}; they are loaded from the class path, never from
 * the network.
 */
package io.github.coreosrelease.schema;
