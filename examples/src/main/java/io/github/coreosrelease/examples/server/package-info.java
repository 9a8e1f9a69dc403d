/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * A Cincinnati-compatible HTTP server around the library's graph service: {@code /v1/graph}
 * (SPEC §2.3, §2.4), {@code /metrics} (Prometheus), {@code /health/ready} and {@code
 * /health/live}, on Undertow. Usage and metrics: {@code docs/SERVER.md}.
 */
package io.github.coreosrelease.examples.server;
