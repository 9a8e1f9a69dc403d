/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.oscontainer;

import io.github.coreosrelease.core.InvalidValueException;

/**
 * The three shapes of a container image entry in a {@code meta.json} (SPEC §1.2).
 *
 * <pre>{@code
 * ContainerShape.parse("split"); // SPLIT
 * ContainerShape.PINNED.jsonName(); // "pinned"
 * }</pre>
 */
public enum ContainerShape {
    /**
     * {@code "oscontainer": {"image": "<repository>", "digest": "<digest>"}}: the OS container of
     * RHCOS up to OpenShift 4.11. Only the top-level {@code oscontainer} key has this shape.
     */
    LEGACY("legacy"),

    /**
     * {@code {"image": "<repository>@<digest>"}}: the digest inside the image string and nothing
     * else; seen under {@code base-oscontainer} in the first OCI builds.
     */
    PINNED("pinned"),

    /**
     * {@code {"image": "<repository>", "digest": "<arch digest>", "manifest-list-digest": "<list
     * digest>", "tags": [...], "comment"?, "additional-images"?}}: the current shape of {@code
     * base-oscontainer}, {@code extensions-container} and {@code kubevirt}.
     */
    SPLIT("split");

    private final String jsonName;

    ContainerShape(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name of the shape as used on command lines and in JSON output.
     *
     * @return {@code "legacy"}, {@code "pinned"} or {@code "split"}
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * Parses a shape name.
     *
     * @param name {@code legacy}, {@code pinned} or {@code split}
     * @return the shape
     * @throws InvalidValueException if the name is none of these
     */
    public static ContainerShape parse(String name) {
        for (ContainerShape shape : values()) {
            if (shape.jsonName.equals(name)) {
                return shape;
            }
        }
        throw new InvalidValueException("container entry shape", name, "one of legacy, pinned, split");
    }

    /**
     * The shape's name, as {@link #jsonName()}.
     *
     * @return {@code "legacy"}, {@code "pinned"} or {@code "split"}
     */
    @Override
    public String toString() {
        return jsonName;
    }
}
