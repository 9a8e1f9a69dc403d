/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import java.util.Locale;

/** How serious a lint {@link Finding} is (SPEC §5). */
public enum Severity {
    /** The documents or graphs are wrong: nodes would get a bad update, or none. */
    ERROR,
    /** Suspicious but possibly intended; worth a reviewer's look. */
    WARNING;

    /**
     * The name used in reports.
     *
     * @return {@code error} or {@code warning}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
