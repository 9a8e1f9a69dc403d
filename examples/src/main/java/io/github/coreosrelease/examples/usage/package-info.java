/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Small runnable programs, each showing one task with the library's public API on the bundled
 * sample documents: list the OCI payloads of the newest release, follow the update path of a node,
 * choose the next update of a booted node, migrate a legacy oscontainer entry, generate release
 * metadata and add it to a release index, validate and lint, and embed the graph service. Each has
 * a {@code main} (run it with {@code java -cp examples/target/coreos-release.jar CLASS}) and a
 * {@code run} method that a test calls with the same arguments.
 */
package io.github.coreosrelease.examples.usage;
