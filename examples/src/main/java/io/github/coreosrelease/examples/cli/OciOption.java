/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import picocli.CommandLine.Option;

/**
 * {@code --oci}, mixed into the commands that build or draw one graph of a stream ({@code graph},
 * {@code render}, {@code diff}). {@code explain} has its own: there the booted payload implies it.
 */
final class OciOption {
    @Option(names = "--oci", description = "The OCI graph (image digest pullspecs) instead of OSTree checksums.")
    boolean value;
}
