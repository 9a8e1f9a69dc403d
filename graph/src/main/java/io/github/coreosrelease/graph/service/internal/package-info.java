/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** Implementation of the graph service: fetching, refreshing, body caching, metrics. Not API. */
package io.github.coreosrelease.graph.service.internal;
