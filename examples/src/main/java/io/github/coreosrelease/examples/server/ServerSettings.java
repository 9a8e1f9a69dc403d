/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.server;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ModelStyle;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * Where and how a {@link GraphServer} listens: address, port, allowed CORS origins, and how long a
 * shutdown waits for requests in flight.
 *
 * <pre>{@code
 * ServerSettings settings = ServerSettings.builder().bind("127.0.0.1").port(0).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface ServerSettings {
    /**
     * The address to listen on.
     *
     * @return a host name or IP address, {@code 127.0.0.1} by default
     */
    @Value.Default
    default String bind() {
        return "127.0.0.1";
    }

    /**
     * The TCP port.
     *
     * @return 0 to 65535, 0 for any free port; 8080 by default
     */
    @Value.Default
    default int port() {
        return 8080;
    }

    /**
     * The origins that browsers may read graphs from (CORS). Empty allows every origin ({@code
     * Access-Control-Allow-Origin: *}), as the reference service does by default.
     *
     * @return origins such as {@code https://builds.coreos.fedoraproject.org}
     */
    List<String> corsOrigins();

    /**
     * How long {@link GraphServer#close()} waits for requests in flight before it stops.
     *
     * @return a non-negative duration, 10 seconds by default
     */
    @Value.Default
    default Duration shutdownTimeout() {
        return Duration.ofSeconds(10);
    }

    /** Rejects impossible settings. */
    @Value.Check
    default void check() {
        if (port() < 0 || port() > 65535) {
            throw new InvalidValueException("port", Integer.toString(port()), "0 to 65535");
        }
        if (bind().isEmpty()) {
            throw new InvalidValueException("bind address", bind(), "a host name or IP address");
        }
        if (shutdownTimeout().isNegative()) {
            throw new InvalidValueException(
                    "shutdown timeout", shutdownTimeout().toString(), "zero or more");
        }
        for (String origin : corsOrigins()) {
            if (origin.isEmpty() || origin.equals("*")) {
                throw new InvalidValueException(
                        "CORS origin",
                        origin,
                        "an origin such as https://example.org (no origin at all allows every one)");
            }
        }
    }

    /**
     * A new builder.
     *
     * @return a builder with the defaults
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ServerSettings} values. */
    final class Builder extends ImmutableServerSettings.Builder {
        /** Creates an empty builder, as {@link ServerSettings#builder()} does. */
        public Builder() {}
    }
}
