/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The node side of updates (SPEC §3): which deployment is booted ({@link
 * io.github.coreosrelease.graph.client.BootedDeployment}, from {@code rpm-ostree status --json})
 * and which update to apply next from a Cincinnati graph ({@link
 * io.github.coreosrelease.graph.client.UpdateChooser}), as Zincati does.
 */
package io.github.coreosrelease.graph.client;
