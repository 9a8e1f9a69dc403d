/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The container image entries of a {@code meta.json} and their three shapes (SPEC §1.2): which
 * shape an entry has ({@link io.github.coreosrelease.core.oscontainer.ContainerEntries}), a
 * normalized view of it ({@link io.github.coreosrelease.core.oscontainer.ContainerEntry}), and the
 * migration of a whole document to one shape ({@link
 * io.github.coreosrelease.core.oscontainer.OscontainerMigration}).
 */
package io.github.coreosrelease.core.oscontainer;
