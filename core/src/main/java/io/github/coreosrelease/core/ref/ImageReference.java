/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.ref;

import io.github.coreosrelease.core.InvalidValueException;
import java.util.Optional;

/**
 * A container image reference ("pullspec") {@code [registry[:port]/]path[:tag][@digest]}, following
 * the container distribution reference grammar (SPEC §1.3).
 *
 * <pre>{@code
 * ImageReference ref = ImageReference.parse("quay.io/fedora/fedora-coreos:stable");
 * ref.registry();   // Optional[quay.io]
 * ref.path();       // "fedora/fedora-coreos"
 * ref.repository(); // "quay.io/fedora/fedora-coreos"
 * ref.tag();        // Optional[stable]
 * ref.withDigest(Digest.parse("sha256:ca99...")).toString();
 *                   // "quay.io/fedora/fedora-coreos:stable@sha256:ca99..."
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The first {@code /}-separated component is a registry only if it contains {@code .} or
 *       {@code :} or is {@code localhost}, and more components follow. A registry is a host name
 *       (dot-separated labels of {@code [A-Za-z0-9-]} that neither start nor end with {@code -}),
 *       an IPv4 address or a bracketed IPv6 address such as {@code [::1]}, optionally followed by
 *       {@code :port}.
 *   <li>Path components are lowercase {@code [a-z0-9]+} runs joined by the separators {@code .},
 *       {@code _}, {@code __} or one or more {@code -}.
 *   <li>The tag follows the last component after {@code :} and matches {@code
 *       [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}}.
 *   <li>The digest follows {@code @} and is a valid {@link Digest}.
 *   <li>The name (registry and path) is at most 255 characters long.
 * </ul>
 *
 * <p>No normalisation happens: {@code fedora} stays {@code fedora}, it does not become {@code
 * docker.io/library/fedora}. {@link #toString()} returns the parsed text unchanged, and two
 * references are equal when their text is equal. Parsing is a single linear scan, without regular
 * expressions, because it runs for every node of an update graph.
 */
public final class ImageReference {
    /** Longest allowed name (registry, {@code /} and path), as in the distribution grammar. */
    static final int MAX_NAME_LENGTH = 255;

    /** Longest allowed tag. */
    static final int MAX_TAG_LENGTH = 128;

    private static final String WHAT = "image reference";
    private static final String SHAPE = "[registry[:port]/]path[:tag][@digest]";
    private static final String PATH_SHAPE = "path components of lowercase [a-z0-9] joined by '.', '_', '__' or '-'";
    private static final String TAG_SHAPE = "a tag of [A-Za-z0-9_][A-Za-z0-9_.-]{0,127} after ':'";
    private static final String HOST_SHAPE = "a registry host of '.'-separated labels of [A-Za-z0-9-]"
            + " that neither start nor end with '-', or a bracketed IPv6 address";

    private final String text;
    private final String repository;
    private final Optional<String> registry;
    private final String path;
    private final Optional<String> tag;
    private final Optional<Digest> digest;

    private ImageReference(
            String text,
            String repository,
            Optional<String> registry,
            String path,
            Optional<String> tag,
            Optional<Digest> digest) {
        this.text = text;
        this.repository = repository;
        this.registry = registry;
        this.path = path;
        this.tag = tag;
        this.digest = digest;
    }

    /**
     * Parses and validates an image reference.
     *
     * <pre>{@code
     * ImageReference.parse("localhost:5000/coreos@sha256:<64 hex>").isDigestReference(); // true
     * ImageReference.parse("quay.io/Fedora/fcos");  // throws: uppercase letters are not allowed ...
     * }</pre>
     *
     * @param text the reference
     * @return the reference; its {@link #toString()} is {@code text}
     * @throws InvalidValueException if {@code text} is null or breaks a rule of the grammar; the
     *     message names the input, the part that is wrong and what was expected there
     */
    public static ImageReference parse(String text) {
        if (text == null) {
            throw invalid(null, SHAPE + ", but found null");
        }
        if (text.isEmpty()) {
            throw invalid(text, SHAPE + ", but the reference is empty");
        }
        // The digest starts at the first '@' (a digest has no '@'); the tag at the first ':' after the
        // last '/' before it (a tag has no '/', so a ':' in an earlier component is a registry port).
        int at = text.indexOf('@');
        int nameAndTagEnd = at < 0 ? text.length() : at;
        int lastSlash = text.lastIndexOf('/', nameAndTagEnd - 1);
        int tagColon = text.indexOf(':', lastSlash + 1);
        if (tagColon >= nameAndTagEnd) {
            tagColon = -1;
        }
        int nameEnd = tagColon < 0 ? nameAndTagEnd : tagColon;
        if (nameEnd == 0) {
            throw invalid(text, "a repository name before ':' or '@', but it is empty");
        }
        String name = text.substring(0, nameEnd);

        Optional<String> registry = Optional.empty();
        String path = name;
        int firstSlash = name.indexOf('/');
        if (firstSlash >= 0) {
            String first = name.substring(0, firstSlash);
            if (first.indexOf('.') >= 0 || first.indexOf(':') >= 0 || first.equals("localhost")) {
                checkRegistry(text, first);
                registry = Optional.of(first);
                path = name.substring(firstSlash + 1);
                if (path.isEmpty()) {
                    throw invalid(text, "a repository path after the registry \"" + first + "\", but it is empty");
                }
            }
        }
        checkPath(text, path);
        if (name.length() > MAX_NAME_LENGTH) {
            throw invalid(
                    text,
                    "a repository name (registry and path) of at most " + MAX_NAME_LENGTH + " characters, but it has "
                            + name.length());
        }

        Optional<String> tag = Optional.empty();
        if (tagColon >= 0) {
            String tagText = text.substring(tagColon + 1, nameAndTagEnd);
            checkTag(text, tagText);
            tag = Optional.of(tagText);
        }
        Optional<Digest> digest = Optional.empty();
        if (at >= 0) {
            digest = Optional.of(parseDigest(text, text.substring(at + 1)));
        }
        return new ImageReference(text, name, registry, path, tag, digest);
    }

    /**
     * Builds the digest reference {@code repository@digest}, the immutable form used as an update
     * payload.
     *
     * <pre>{@code
     * ImageReference.of("quay.io/fedora/fedora-coreos", Digest.parse("sha256:ca99..."))
     *     .toString(); // "quay.io/fedora/fedora-coreos@sha256:ca99..."
     * }</pre>
     *
     * @param repository a repository, {@code [registry[:port]/]path}, without tag or digest
     * @param digest the manifest digest
     * @return the reference {@code repository@digest}
     * @throws InvalidValueException if {@code repository} is not a valid image reference, carries a
     *     tag or a digest, or if {@code digest} is null
     */
    public static ImageReference of(String repository, Digest digest) {
        ImageReference ref = parse(repository);
        if (ref.tag.isPresent() || ref.digest.isPresent()) {
            String found =
                    ref.tag.isPresent() ? "tag \"" + ref.tag.get() + "\"" : "digest \"" + ref.digest.get() + "\"";
            throw new InvalidValueException(
                    "image repository", repository, "a repository without tag or digest, but found " + found);
        }
        return ref.withDigest(digest);
    }

    /**
     * The registry host, with its port if one is given.
     *
     * @return e.g. {@code quay.io} or {@code localhost:5000}; empty when the reference names no
     *     registry
     */
    public Optional<String> registry() {
        return registry;
    }

    /**
     * The repository path inside the registry.
     *
     * @return e.g. {@code fedora/fedora-coreos}
     */
    public String path() {
        return path;
    }

    /**
     * The repository: registry and path, without tag or digest.
     *
     * @return {@code registry + "/" + path}, or just the path when there is no registry
     */
    public String repository() {
        return repository;
    }

    /**
     * The tag.
     *
     * @return e.g. {@code stable}; empty when the reference has no tag
     */
    public Optional<String> tag() {
        return tag;
    }

    /**
     * The digest.
     *
     * @return the digest after {@code @}; empty when the reference has none
     */
    public Optional<Digest> digest() {
        return digest;
    }

    /**
     * Whether this reference pins content with a digest ("digest pullspec", SPEC §1.3). Only such a
     * reference is immutable; a tag can move.
     *
     * @return true when a digest is present
     */
    public boolean isDigestReference() {
        return digest.isPresent();
    }

    /**
     * The same reference without its tag; the digest, if any, is kept.
     *
     * <pre>{@code
     * ImageReference.parse("quay.io/a/b:stable@sha256:<64 hex>").withoutTag(); // quay.io/a/b@sha256:<64 hex>
     * }</pre>
     *
     * @return this reference when it has no tag, otherwise a new reference
     */
    public ImageReference withoutTag() {
        if (tag.isEmpty()) {
            return this;
        }
        String newText = digest.map(d -> repository + "@" + d).orElse(repository);
        return new ImageReference(newText, repository, registry, path, Optional.empty(), digest);
    }

    /**
     * The same reference with the given digest; the tag, if any, is kept and an existing digest is
     * replaced.
     *
     * <pre>{@code
     * ImageReference.parse("quay.io/a/b:stable").withDigest(d); // quay.io/a/b:stable@<d>
     * }</pre>
     *
     * @param newDigest the digest to pin
     * @return a new reference {@code repository[:tag]@newDigest}
     * @throws InvalidValueException if {@code newDigest} is null
     */
    public ImageReference withDigest(Digest newDigest) {
        if (newDigest == null) {
            throw new InvalidValueException("digest", null, "a digest to add to \"" + text + "\", but found null");
        }
        String newText = repository + tag.map(t -> ":" + t).orElse("") + "@" + newDigest;
        return new ImageReference(newText, repository, registry, path, tag, Optional.of(newDigest));
    }

    /**
     * Only the repository, without tag and digest.
     *
     * <pre>{@code
     * ImageReference.parse("quay.io/a/b:stable@sha256:<64 hex>").repositoryOnly(); // quay.io/a/b
     * }</pre>
     *
     * @return this reference when it has neither tag nor digest, otherwise a new reference
     */
    public ImageReference repositoryOnly() {
        if (tag.isEmpty() && digest.isEmpty()) {
            return this;
        }
        return new ImageReference(repository, repository, registry, path, Optional.empty(), Optional.empty());
    }

    /**
     * The reference as text.
     *
     * @return exactly the text that was parsed (or, for a derived reference, its canonical text)
     */
    @Override
    public String toString() {
        return text;
    }

    /**
     * Two references are equal when their text is equal.
     *
     * @param other any object
     * @return whether {@code other} is an image reference with the same text
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ImageReference imageReference && imageReference.text.equals(text);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the reference's text
     */
    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private static InvalidValueException invalid(String text, String expected) {
        return new InvalidValueException(WHAT, text, expected);
    }

    private static void checkRegistry(String text, String registry) {
        int portColon;
        if (registry.startsWith("[")) {
            int close = registry.indexOf(']');
            if (close < 2 || !isIpv6Body(registry, 1, close)) {
                throw invalid(text, HOST_SHAPE + ", but found \"" + registry + "\"");
            }
            portColon = close + 1;
            if (portColon < registry.length() && registry.charAt(portColon) != ':') {
                throw invalid(text, HOST_SHAPE + ", but found \"" + registry + "\"");
            }
        } else {
            portColon = registry.indexOf(':');
            int hostEnd = portColon < 0 ? registry.length() : portColon;
            if (!isHostName(registry, hostEnd)) {
                throw invalid(text, HOST_SHAPE + ", but found \"" + registry.substring(0, hostEnd) + "\"");
            }
        }
        if (portColon >= 0 && portColon < registry.length()) {
            String port = registry.substring(portColon + 1);
            if (!isDecimal(port)) {
                String found = port.isEmpty() ? "it is empty" : "found \"" + port + "\"";
                throw invalid(text, "a decimal port number after ':' in the registry, but " + found);
            }
        }
    }

    private static boolean isIpv6Body(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex && c != ':') {
                return false;
            }
        }
        return true;
    }

    /** Dot-separated labels {@code [A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?} in {@code s[0, end)}. */
    private static boolean isHostName(String s, int end) {
        int labelStart = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || s.charAt(i) == '.') {
                if (i == labelStart || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
                continue;
            }
            char c = s.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDecimal(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void checkPath(String text, String path) {
        int start = 0;
        while (true) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            checkPathComponent(text, path, start, end);
            if (end == path.length()) {
                return;
            }
            start = end + 1;
        }
    }

    /** Checks {@code [a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*} on {@code path[start, end)}. */
    private static void checkPathComponent(String text, String path, int start, int end) {
        if (start == end) {
            throw invalid(text, "non-empty path components separated by '/', but found an empty component");
        }
        int i = start;
        while (i < end) {
            char c = path.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                i++;
            } else if (c >= 'A' && c <= 'Z') {
                throw invalid(
                        text,
                        PATH_SHAPE + ", but uppercase letters are not allowed in a repository path (component "
                                + quoted(path, start, end) + ")");
            } else if (c == '.' || c == '_' || c == '-') {
                if (i == start) {
                    throw invalid(
                            text,
                            PATH_SHAPE + ", but component " + quoted(path, start, end) + " starts with a separator");
                }
                int sepEnd = i;
                while (sepEnd < end && isSeparatorChar(path.charAt(sepEnd))) {
                    sepEnd++;
                }
                if (!isSeparator(path, i, sepEnd)) {
                    throw invalid(
                            text,
                            PATH_SHAPE + ", but component " + quoted(path, start, end) + " contains the separator \""
                                    + path.substring(i, sepEnd) + "\"");
                }
                if (sepEnd == end) {
                    throw invalid(
                            text,
                            PATH_SHAPE + ", but component " + quoted(path, start, end) + " ends with a separator");
                }
                i = sepEnd;
            } else {
                throw invalid(
                        text,
                        PATH_SHAPE + ", but found " + CharDescription.of(c) + " in component "
                                + quoted(path, start, end));
            }
        }
    }

    /** Quotes a path component for an error message; only error paths build this string. */
    private static String quoted(String path, int start, int end) {
        return "\"" + path.substring(start, end) + "\"";
    }

    private static boolean isSeparatorChar(char c) {
        return c == '.' || c == '_' || c == '-';
    }

    /** Whether {@code s[start, end)} is {@code .}, {@code _}, {@code __} or one or more {@code -}. */
    private static boolean isSeparator(String s, int start, int end) {
        int length = end - start;
        char first = s.charAt(start);
        if (first == '.') {
            return length == 1;
        }
        if (first == '_') {
            return length == 1 || (length == 2 && s.charAt(start + 1) == '_');
        }
        for (int i = start; i < end; i++) {
            if (s.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    private static void checkTag(String text, String tag) {
        if (tag.isEmpty()) {
            throw invalid(text, TAG_SHAPE + ", but it is empty");
        }
        if (tag.length() > MAX_TAG_LENGTH) {
            throw invalid(text, TAG_SHAPE + ", but it has " + tag.length() + " characters");
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!word && (i == 0 || (c != '.' && c != '-'))) {
                String where = i == 0 ? "it starts with " : "found ";
                throw invalid(text, TAG_SHAPE + ", but " + where + CharDescription.of(c) + " in \"" + tag + "\"");
            }
        }
    }

    private static Digest parseDigest(String text, String digestText) {
        try {
            return Digest.parse(digestText);
        } catch (InvalidValueException e) {
            throw invalid(text, "a digest after '@': " + e.expected());
        }
    }
}
