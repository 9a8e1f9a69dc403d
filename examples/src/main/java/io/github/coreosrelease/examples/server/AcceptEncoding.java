/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.server;

import java.util.Locale;
import java.util.regex.Pattern;

/** Reads an {@code Accept-Encoding} header: does the client take gzip? */
final class AcceptEncoding {
    /** An HTTP quality value (RFC 9110 §12.4.2): 0 to 1 with at most three decimals. */
    private static final Pattern QVALUE = Pattern.compile("0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?");

    private AcceptEncoding() {}

    /**
     * Whether a response may be gzip-compressed: {@code gzip} (or {@code x-gzip}, or {@code *}
     * without an explicit gzip entry) is listed with a non-zero quality.
     *
     * @param header the header value, or {@code null} when absent
     * @return {@code true} if gzip is acceptable
     */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        Boolean gzip = null;
        boolean wildcard = false;
        for (String part : header.split(",", -1)) {
            String[] pieces = part.split(";", -1);
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            boolean accepted = quality(pieces) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = gzip == null ? accepted : gzip || accepted;
            } else if (coding.equals("*")) {
                wildcard = accepted;
            }
        }
        return gzip != null ? gzip : wildcard;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip();
            if (parameter.length() > 2
                    && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                String value = parameter.substring(2).strip();
                // A malformed quality counts as a refusal: better uncompressed than unreadable.
                return QVALUE.matcher(value).matches() ? Double.parseDouble(value) : 0;
            }
        }
        return 1;
    }
}
