/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Fedora CoreOS release versions ({@code X.YYYYMMDD.S.N}) and their ordering.
 */
package io.github.coreosrelease.core.version;
