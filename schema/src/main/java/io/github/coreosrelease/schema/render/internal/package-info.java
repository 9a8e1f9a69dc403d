/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** Implementation of graph rendering; not API. */
package io.github.coreosrelease.schema.render.internal;
