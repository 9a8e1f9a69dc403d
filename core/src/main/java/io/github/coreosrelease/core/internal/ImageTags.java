/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.internal;

import java.util.regex.Pattern;

/** The tag grammar of image references (SPEC §1.3), for options that name a tag on its own. */
public final class ImageTags {
    /** What a tag looks like, for messages. */
    public static final String SHAPE = "an image tag such as stable ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})";

    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    private ImageTags() {}

    /**
     * Whether a text is a valid tag.
     *
     * @param text the text
     * @return {@code true} for e.g. {@code stable} or {@code 41.20250101.3.0-x86_64}
     */
    public static boolean isTag(String text) {
        return TAG.matcher(text).matches();
    }
}
