/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Synthetic streams for load tests and benchmarks: a release index and an updates document of any
 * size, shaped like a real Fedora CoreOS stream and deterministic for a seed ({@link
 * io.github.coreosrelease.graph.generate.StreamGenerator}).
 */
package io.github.coreosrelease.graph.generate;
