/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** Reading {@code rpm-ostree status --json} and its nested documents; not part of the public API. */
package io.github.coreosrelease.graph.client.internal;
