/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The conversions of the release pipeline (SPEC §4): {@code meta.json} files to {@code
 * release.json} ({@link io.github.coreosrelease.core.pipeline.ReleaseMetaGenerator}), {@code
 * release.json} to a release index entry ({@link
 * io.github.coreosrelease.core.pipeline.ReleaseIndexUpdater}) and to stream metadata ({@link
 * io.github.coreosrelease.core.pipeline.StreamMetadataGenerator}), and safe concurrent updates of a
 * {@code meta.json} on disk ({@link io.github.coreosrelease.core.pipeline.MetaStore}).
 */
package io.github.coreosrelease.core.pipeline;
