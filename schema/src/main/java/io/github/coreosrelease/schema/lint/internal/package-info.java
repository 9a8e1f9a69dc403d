/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** Implementation of the lint rules; not API. */
package io.github.coreosrelease.schema.lint.internal;
