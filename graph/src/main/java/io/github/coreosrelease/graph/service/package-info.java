/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * A Cincinnati graph service to embed in a Java service (SPEC §2.3, §2.4): it keeps the graphs of
 * every configured stream fresh from their release index and updates documents, and answers
 * {@code /v1/graph} queries with ready-to-send JSON bodies, without tying itself to an HTTP server.
 *
 * <p>Entry point: {@link io.github.coreosrelease.graph.service.GraphService}. Metrics go through
 * Micrometer, which is an optional dependency of this module: add {@code
 * io.micrometer:micrometer-core} to use this package.
 */
package io.github.coreosrelease.graph.service;
