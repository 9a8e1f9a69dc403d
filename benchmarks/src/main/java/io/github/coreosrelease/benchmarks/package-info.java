/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** JMH benchmarks of the graph service; run by hand, see {@code docs/PERFORMANCE.md}. */
package io.github.coreosrelease.benchmarks;
