/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ModelStyle;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Where the graph service reads one document of a stream from: a file, a classpath resource or an
 * http(s) URL. The service fetches it again on every refresh.
 *
 * <pre>{@code
 * DocumentSource index = DocumentSource.parse("https://builds.coreos.fedoraproject.org/prod/streams/stable/releases.json");
 * DocumentSource updates = DocumentSource.parse("classpath:samples/updates.json");
 * DocumentSource local = DocumentSource.file(Path.of("releases.json"));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface DocumentSource {
    /** The prefix that {@link #parse} reads as a classpath resource name. */
    String CLASSPATH_PREFIX = "classpath:";

    /** The kinds of source. */
    enum Kind {
        /** A file on the local file system. */
        FILE,
        /** A resource on the class path, named without a leading slash. */
        CLASSPATH,
        /** An {@code http} or {@code https} URL. */
        URL
    }

    /**
     * The kind of source.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * The file path, resource name or URL, as given.
     *
     * @return the location, non-empty
     */
    String location();

    /**
     * A file on the local file system.
     *
     * @param path the file
     * @return the source
     */
    static DocumentSource file(Path path) {
        Objects.requireNonNull(path, "path");
        return builder().kind(Kind.FILE).location(path.toString()).build();
    }

    /**
     * A resource on the class path (looked up through the thread's context class loader, then the
     * library's own class loader).
     *
     * @param resource the resource name, e.g. {@code samples/releases.json}; a leading slash is
     *     dropped
     * @return the source
     * @throws InvalidValueException if the name is empty
     */
    static DocumentSource classpath(String resource) {
        Objects.requireNonNull(resource, "resource");
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        return builder().kind(Kind.CLASSPATH).location(name).build();
    }

    /**
     * An http(s) URL.
     *
     * @param url an absolute {@code http} or {@code https} URL with a host
     * @return the source
     * @throws InvalidValueException if the URL is not an absolute http(s) URL with a host
     */
    static DocumentSource url(URI url) {
        Objects.requireNonNull(url, "url");
        return builder().kind(Kind.URL).location(url.toString()).build();
    }

    /**
     * Reads a source from its text form: {@code http://...} or {@code https://...} is a URL,
     * {@code classpath:NAME} a classpath resource, anything else a file path.
     *
     * @param text the source
     * @return the source
     * @throws InvalidValueException if the text is empty, or a malformed URL or resource name
     */
    static DocumentSource parse(String text) {
        Objects.requireNonNull(text, "text");
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return url(new URI(text));
            } catch (URISyntaxException e) {
                throw new InvalidValueException("document source URL", text, "a valid http(s) URL: " + e.getReason());
            }
        }
        if (text.startsWith(CLASSPATH_PREFIX)) {
            return classpath(text.substring(CLASSPATH_PREFIX.length()));
        }
        // Another scheme (ftp://, s3://...) is a mistake, not a file path.
        if (Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://").matcher(text).lookingAt()) {
            throw new InvalidValueException(
                    "document source", text, "a file path, classpath:NAME or an http(s) URL, not another URL scheme");
        }
        if (text.isEmpty()) {
            throw new InvalidValueException("document source", text, "a file path, classpath:NAME or an http(s) URL");
        }
        return file(Path.of(text));
    }

    /**
     * The URL of a {@link Kind#URL} source.
     *
     * @return the URL
     * @throws IllegalStateException if this is not a URL source
     */
    default URI uri() {
        if (kind() != Kind.URL) {
            throw new IllegalStateException("source " + this + " is a " + kind() + ", not a URL");
        }
        return URI.create(location());
    }

    /** Rejects empty locations and URLs that the service cannot fetch. */
    @Value.Check
    default void check() {
        if (location().isEmpty()) {
            throw new InvalidValueException(
                    "document source",
                    location(),
                    "a non-empty " + kind().name().toLowerCase(Locale.ROOT) + " location");
        }
        if (kind() == Kind.URL) {
            URI uri;
            try {
                uri = new URI(location());
            } catch (URISyntaxException e) {
                throw new InvalidValueException("document source URL", location(), "a valid URL: " + e.getReason());
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidValueException(
                        "document source URL", location(), "an absolute http:// or https:// URL with a host");
            }
        }
    }

    /**
     * A new builder; prefer the factory methods.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link DocumentSource} values. */
    final class Builder extends ImmutableDocumentSource.Builder {
        /** Creates an empty builder, as {@link DocumentSource#builder()} does. */
        public Builder() {}
    }
}
