/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Review tool: what a change to an updates document or a release index does to an update graph
 * (releases added and removed, barrier/dead-end/rollout changes, edges added and removed), as
 * values ({@link io.github.coreosrelease.schema.diff.GraphDiff}) and as text or JSON ({@link
 * io.github.coreosrelease.schema.diff.DiffFormat}).
 */
package io.github.coreosrelease.schema.diff;
