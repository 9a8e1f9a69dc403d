/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.version;

import io.github.coreosrelease.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Fedora CoreOS release version {@code X.YYYYMMDD.S.N}: Fedora major release, build date, stream
 * code and build number.
 *
 * <pre>{@code
 * FcosVersion v = FcosVersion.parse("41.20250331.3.0");
 * v.major();       // 41
 * v.date();        // 2025-03-31
 * v.streamCode();  // 3
 * v.stream();      // Optional[stable]
 * v.buildNumber(); // 0
 * v.compareTo(FcosVersion.parse("41.20250302.1.0")) > 0; // true: built later
 * }</pre>
 *
 * <p>A version is exactly four dot-separated unsigned decimal fields of ASCII digits, without
 * leading zeros (so that equal versions have equal text); the second field is a valid calendar date
 * written with 8 digits. Each number fits in an {@code int}. Versions order numerically by major,
 * date, stream code, then build number. The three-field versions of the 2019 preview releases
 * (e.g. {@code 30.20190716.1}) are not FCOS versions under this rule; use {@link
 * #tryParse(String)} where they may occur.
 */
public final class FcosVersion implements Comparable<FcosVersion> {
    private static final String WHAT = "FCOS version";
    private static final String SHAPE = "X.YYYYMMDD.S.N (Fedora major, build date, stream code, build number)";
    private static final String[] FIELD_NAMES = {"Fedora major", "build date", "stream code", "build number"};
    private static final int FIELD_COUNT = 4;
    private static final int DATE_DIGITS = 8;

    private final String text;
    private final int major;
    private final LocalDate date;
    private final int streamCode;
    private final int buildNumber;

    private FcosVersion(String text, int major, LocalDate date, int streamCode, int buildNumber) {
        this.text = text;
        this.major = major;
        this.date = date;
        this.streamCode = streamCode;
        this.buildNumber = buildNumber;
    }

    /**
     * Parses and validates a version.
     *
     * <pre>{@code
     * FcosVersion.parse("43.20260217.3.1").buildNumber(); // 1
     * FcosVersion.parse("41.20251301.3.0");                // throws: month 13
     * }</pre>
     *
     * @param text the version
     * @return the version; its {@link #toString()} is {@code text}
     * @throws InvalidValueException if {@code text} is null or not of the form described above; the
     *     message names the offending field
     */
    public static FcosVersion parse(String text) {
        if (text == null) {
            throw invalid(null, "but found null");
        }
        if (text.isEmpty()) {
            throw invalid(text, "but the version is empty");
        }
        String[] fields = splitFields(text);
        int major = number(text, fields, 0);
        LocalDate date = buildDate(text, fields[1]);
        int streamCode = number(text, fields, 2);
        int buildNumber = number(text, fields, 3);
        return new FcosVersion(text, major, date, streamCode, buildNumber);
    }

    /**
     * Parses a version, or returns empty when the text is not a valid version; for inputs where
     * other version schemes are expected (for example the preview releases of 2019).
     *
     * <pre>{@code
     * FcosVersion.tryParse("30.20190716.1"); // Optional.empty()
     * }</pre>
     *
     * @param text the version, may be null
     * @return the version, or empty when {@link #parse(String)} would throw
     */
    public static Optional<FcosVersion> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /**
     * The Fedora major release the build is based on, the first field.
     *
     * @return e.g. {@code 41}
     */
    public int major() {
        return major;
    }

    /**
     * The build date, the second field.
     *
     * @return e.g. {@code 2025-03-31} for {@code 41.20250331.3.0}
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The stream code, the third field.
     *
     * @return e.g. {@code 3} for stable
     * @see #stream()
     */
    public int streamCode() {
        return streamCode;
    }

    /**
     * The name of the stream the stream code stands for, for the well-known production and
     * development streams: 1 {@code next}, 2 {@code testing}, 3 {@code stable}, 10 {@code
     * next-devel}, 20 {@code testing-devel}.
     *
     * @return the stream name, or empty for any other code
     */
    public Optional<String> stream() {
        return switch (streamCode) {
            case 1 -> Optional.of("next");
            case 2 -> Optional.of("testing");
            case 3 -> Optional.of("stable");
            case 10 -> Optional.of("next-devel");
            case 20 -> Optional.of("testing-devel");
            default -> Optional.empty();
        };
    }

    /**
     * The build number, the fourth field: the number of earlier builds of the same stream on the
     * same day.
     *
     * @return e.g. {@code 0}
     */
    public int buildNumber() {
        return buildNumber;
    }

    /**
     * Orders versions numerically by major, date, stream code, then build number; consistent with
     * {@link #equals(Object)}.
     *
     * @param other the version to compare with
     * @return negative, zero or positive as this version is older than, equal to or newer than
     *     {@code other}
     */
    @Override
    public int compareTo(FcosVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byDate = date.compareTo(other.date);
        if (byDate != 0) {
            return byDate;
        }
        int byStream = Integer.compare(streamCode, other.streamCode);
        if (byStream != 0) {
            return byStream;
        }
        return Integer.compare(buildNumber, other.buildNumber);
    }

    /**
     * The version as text.
     *
     * @return exactly the text that was parsed
     */
    @Override
    public String toString() {
        return text;
    }

    /**
     * Two versions are equal when all four fields are equal (then their text is equal too, since
     * leading zeros are refused).
     *
     * @param other any object
     * @return whether {@code other} is the same version
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FcosVersion fcosVersion && compareTo(fcosVersion) == 0;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the version's text
     */
    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private static InvalidValueException invalid(String text, String problem) {
        return new InvalidValueException(WHAT, text, SHAPE + ", " + problem);
    }

    /** Splits on '.' keeping empty fields, so that "41..3.0" reports an empty field. */
    private static String[] splitFields(String text) {
        int dots = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
                dots++;
            }
        }
        if (dots != FIELD_COUNT - 1) {
            throw invalid(text, "but found " + (dots + 1) + " dot-separated fields");
        }
        String[] fields = new String[FIELD_COUNT];
        int start = 0;
        for (int f = 0; f < FIELD_COUNT; f++) {
            int end = f == FIELD_COUNT - 1 ? text.length() : text.indexOf('.', start);
            fields[f] = text.substring(start, end);
            start = end + 1;
        }
        for (int f = 0; f < FIELD_COUNT; f++) {
            checkDigits(text, fields[f], f);
        }
        return fields;
    }

    private static void checkDigits(String text, String field, int index) {
        String name = "field " + (index + 1) + " (" + FIELD_NAMES[index] + ")";
        if (field.isEmpty()) {
            throw invalid(text, "but " + name + " is empty");
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(text, "but " + name + " \"" + field + "\" is not an unsigned decimal number");
            }
        }
    }

    private static int number(String text, String[] fields, int index) {
        String field = fields[index];
        String name = "field " + (index + 1) + " (" + FIELD_NAMES[index] + ")";
        if (field.length() > 1 && field.charAt(0) == '0') {
            throw invalid(text, "but " + name + " \"" + field + "\" has a leading zero");
        }
        long value = 0;
        for (int i = 0; i < field.length(); i++) {
            value = value * 10 + (field.charAt(i) - '0');
            if (value > Integer.MAX_VALUE) {
                throw invalid(text, "but " + name + " \"" + field + "\" is larger than " + Integer.MAX_VALUE);
            }
        }
        return (int) value;
    }

    private static LocalDate buildDate(String text, String field) {
        if (field.length() != DATE_DIGITS) {
            throw invalid(text, "but the build date \"" + field + "\" has " + field.length() + " digits instead of 8");
        }
        int year = Integer.parseInt(field.substring(0, 4));
        int month = Integer.parseInt(field.substring(4, 6));
        int day = Integer.parseInt(field.substring(6, 8));
        if (month < 1 || month > 12) {
            throw invalid(text, "but the build date \"" + field + "\" has month " + month);
        }
        int monthLength = LocalDate.of(year, month, 1).lengthOfMonth();
        if (day < 1 || day > monthLength) {
            throw invalid(
                    text,
                    "but the build date \"" + field + "\" has day " + day + " (" + field.substring(0, 4) + "-"
                            + field.substring(4, 6) + " has " + monthLength + " days)");
        }
        return LocalDate.of(year, month, day);
    }
}
