/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Container image references and digests (SPEC §1.2, §1.3) and the OSTree image references that
 * rpm-ostree reports for an OCI-booted node (SPEC §3.1).
 *
 * <p>Every type here is an immutable value parsed from text: {@code parse} validates the whole input
 * or throws an {@link io.github.coreosrelease.core.InvalidValueException}, and {@code toString()}
 * returns the parsed text unchanged.
 */
package io.github.coreosrelease.core.ref;
