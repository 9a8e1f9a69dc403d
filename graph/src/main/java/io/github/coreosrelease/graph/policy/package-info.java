/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The serving policy of the update graph (SPEC §2.3): which rollouts a client sees, given its
 * {@link io.github.coreosrelease.graph.policy.Wariness wariness} and each rollout's {@link
 * io.github.coreosrelease.graph.policy.Throttling throttling} at the time of the request.
 */
package io.github.coreosrelease.graph.policy;
