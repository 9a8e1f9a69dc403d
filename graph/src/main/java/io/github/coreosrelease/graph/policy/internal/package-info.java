/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** Bit-exact arithmetic shared with the reference service; not part of the public API. */
package io.github.coreosrelease.graph.policy.internal;
