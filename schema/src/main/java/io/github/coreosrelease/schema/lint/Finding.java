/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * One thing a lint rule found (SPEC §5): which rule, how serious, where, and what, in words.
 *
 * <pre>{@code
 * Finding finding = linter.lint(index, updates).get(0);
 * finding.rule(); // LintRule.DUPLICATE_VERSION
 * finding.describe(); // "error duplicate-version release-index#/releases/3/version: ..."
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface Finding {
    /**
     * The rule that found it.
     *
     * @return the rule, e.g. {@link LintRule#DUPLICATE_VERSION}
     */
    LintRule rule();

    /**
     * The rule's stable identifier, as {@code lint} prints it.
     *
     * @return e.g. {@code duplicate-version}; the same as {@code rule().id()}
     */
    default String ruleId() {
        return rule().id();
    }

    /**
     * How serious the finding is: its rule's severity.
     *
     * @return the severity, the same as {@code rule().severity()}
     */
    default Severity severity() {
        return rule().severity();
    }

    /**
     * Where the finding is.
     *
     * @return a value of a document or a release of a graph
     */
    Location location();

    /**
     * What was found and what was expected.
     *
     * @return one sentence, without trailing period
     */
    String message();

    /**
     * The finding in one line: {@code SEVERITY RULE-ID LOCATION: message}.
     *
     * @return e.g. {@code warning rollout-far-future updates#/releases/2/metadata/rollout/start_epoch: ...}
     */
    default String describe() {
        return FindingFormat.line(this, DocumentLocation::defaultName);
    }

    /**
     * A finding of a catalogue rule, with the rule's severity.
     *
     * @param rule the rule
     * @param location where
     * @param message what was found and what was expected
     * @return the finding
     */
    static Finding of(LintRule rule, Location location, String message) {
        return builder().rule(rule).location(location).message(message).build();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Finding} values. */
    final class Builder extends ImmutableFinding.Builder {
        /** Creates an empty builder, as {@link Finding#builder()} does. */
        public Builder() {}
    }
}
