/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of lint rules (SPEC §5): checks that no JSON Schema can express, on a release index
 * and updates document pair and on the update graphs built from them. Each rule has a stable
 * {@link #id()} and a fixed {@link #severity()}.
 *
 * <p>Document rules report a {@link DocumentLocation}; graph rules a {@link GraphLocation}, or a
 * {@link GraphDocumentLocation} when they check a graph document ({@link
 * Linter#lintGraphDocument(byte[], String)}). Four rules apply to graph documents only: {@code
 * graph-edge-out-of-range}, {@code graph-duplicate-edge}, {@code graph-duplicate-version} and
 * {@code graph-node-invalid}.
 */
public enum LintRule {
    /** A version listed twice in the release index. */
    DUPLICATE_VERSION("duplicate-version", Severity.ERROR, "a version is listed twice in the release index"),
    /** A version with two entries in the updates document; the graph builder merges them. */
    DUPLICATE_UPDATE_ENTRY(
            "duplicate-update-entry", Severity.WARNING, "a version has two entries in the updates document"),
    /** An architecture twice in the commits, or twice in the OCI images, of one release. */
    DUPLICATE_ARCH(
            "duplicate-arch",
            Severity.ERROR,
            "an architecture appears twice in the commits or oci-images of a release"),
    /** An OSTree commit checksum that is not 64 lowercase hexadecimal characters. */
    CHECKSUM_FORMAT("checksum-format", Severity.ERROR, "a commit checksum is not 64 lowercase hex characters"),
    /** An OCI {@code image} or {@code digest-ref} that is not an image reference at all. */
    IMAGE_REFERENCE_FORMAT(
            "image-reference-format", Severity.ERROR, "an OCI image or digest-ref is not a valid image reference"),
    /** An OCI {@code digest-ref} without a digest: a tag can move, an update payload must not. */
    DIGEST_REF_WITHOUT_DIGEST(
            "digest-ref-without-digest", Severity.ERROR, "an OCI digest-ref has no digest, so its content can change"),
    /** An OCI {@code digest-ref} in another repository than the tagged {@code image}. */
    DIGEST_REF_REPOSITORY_MISMATCH(
            "digest-ref-repository-mismatch",
            Severity.WARNING,
            "an OCI digest-ref names another repository than the tagged image"),
    /** A release listed after one whose version carries a later build date and number. */
    RELEASE_ORDER(
            "release-order", Severity.WARNING, "releases are not listed oldest first by the build date in the version"),
    /** The release index and the updates document name different streams. */
    STREAM_MISMATCH(
            "stream-mismatch", Severity.WARNING, "the release index and the updates document name other streams"),
    /** An updates entry for a version that the release index does not list: it has no effect. */
    UNKNOWN_UPDATE_VERSION(
            "unknown-update-version", Severity.ERROR, "an updates entry names a version absent from the release index"),
    /** A rollout {@code start_percentage} outside 0..1. */
    START_PERCENTAGE_RANGE(
            "start-percentage-range", Severity.ERROR, "a rollout start_percentage is outside the fraction range 0..1"),
    /** A rollout that starts more than a year after now: probably milliseconds instead of seconds. */
    ROLLOUT_FAR_FUTURE("rollout-far-future", Severity.WARNING, "a rollout starts more than a year from now"),
    /** An update edge to a release of an older Fedora major. */
    GRAPH_DOWNGRADE("graph-downgrade", Severity.ERROR, "an update edge leads to an older Fedora major release"),
    /** A release (not a dead-end) with no update path to the newest release. */
    GRAPH_STRANDED(
            "graph-stranded", Severity.ERROR, "a release that is not a dead-end cannot reach the newest release"),
    /** The newest release has no incoming edge: it is neither a barrier nor a rollout (yet). */
    NEWEST_NOT_OFFERED(
            "newest-not-offered", Severity.WARNING, "no release can update to the newest release of a graph"),
    /** A dead-end that gives no reason. */
    DEADEND_WITHOUT_REASON("deadend-without-reason", Severity.WARNING, "a dead-end release gives no reason"),
    /** The checksum and OCI graphs of an architecture disagree on which versions are barriers. */
    SCHEME_BARRIER_MISMATCH(
            "scheme-barrier-mismatch",
            Severity.ERROR,
            "the checksum and OCI graphs of an architecture disagree on which versions are barriers"),
    /** A path of updates that leads back to where it started; a self-loop edge is one too. */
    GRAPH_CYCLE("graph-cycle", Severity.ERROR, "update edges form a cycle"),
    /** An edge of a graph document that names a node index beyond the document's node list. */
    GRAPH_EDGE_OUT_OF_RANGE(
            "graph-edge-out-of-range",
            Severity.ERROR,
            "an edge of a graph document names a node index the document does not have"),
    /** An edge listed twice in a graph document; harmless to clients, but not what a builder writes. */
    GRAPH_DUPLICATE_EDGE("graph-duplicate-edge", Severity.WARNING, "an edge is listed twice in a graph document"),
    /** Two nodes of a graph document with the same version. */
    GRAPH_DUPLICATE_VERSION(
            "graph-duplicate-version", Severity.ERROR, "two nodes of a graph document have the same version"),
    /**
     * A node of a graph document that update clients refuse to read (SPEC §3 step 1): empty version
     * or payload, scheme not {@code checksum} or {@code oci}, an OCI payload that is not an image
     * reference, {@code age_index} missing or not an unsigned integer.
     */
    GRAPH_NODE_INVALID(
            "graph-node-invalid",
            Severity.ERROR,
            "a node of a graph document that update clients refuse: empty version or payload, bad scheme or age_index"),
    /**
     * A {@code meta.json} value that coreos-assembler's schema allows but the pipeline does not
     * expect: a checksum that is not 64 hex characters, a timestamp that is not RFC 3339 UTC, a
     * negative count, a container entry outside its shape.
     */
    META_FORMAT(
            "meta-format",
            Severity.WARNING,
            "a meta.json value the upstream schema allows but the pipeline does not expect");

    private final String id;
    private final Severity severity;
    private final String description;

    LintRule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    /**
     * The stable identifier used in reports and configuration.
     *
     * @return e.g. {@code duplicate-version}
     */
    public String id() {
        return id;
    }

    /**
     * How serious a finding of this rule is.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * What the rule finds, in one line.
     *
     * @return a short description
     */
    public String description() {
        return description;
    }

    /**
     * The rule with an identifier.
     *
     * @param id e.g. {@code graph-downgrade}
     * @return the rule, or empty when no rule has that identifier
     */
    public static Optional<LintRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
