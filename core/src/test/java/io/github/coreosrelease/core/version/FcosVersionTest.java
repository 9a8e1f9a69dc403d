/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.coreosrelease.core.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FcosVersionTest {
    private static final String SHAPE = "X.YYYYMMDD.S.N (Fedora major, build date, stream code, build number)";

    @ParameterizedTest
    @CsvSource({
        // Versions seen in corpus/updates/{stable,testing,next}.json.
        "41.20250331.3.0, 41, 2025-03-31, 3, stable, 0",
        "43.20260217.3.1, 43, 2026-02-17, 3, stable, 1",
        "36.20220505.3.2, 36, 2022-05-05, 3, stable, 2",
        "32.20200615.2.2, 32, 2020-06-15, 2, testing, 2",
        "37.20230303.1.1, 37, 2023-03-03, 1, next, 1",
        "44.20260720.1.1, 44, 2026-07-20, 1, next, 1",
        // Development streams and codes without a well-known name.
        "42.20250101.10.0, 42, 2025-01-01, 10, next-devel, 0",
        "42.20250101.20.3, 42, 2025-01-01, 20, testing-devel, 3",
        "42.20250101.91.0, 42, 2025-01-01, 91, , 0",
        "42.20240229.0.0, 42, 2024-02-29, 0, , 0",
        "0.20250101.3.2147483647, 0, 2025-01-01, 3, stable, 2147483647",
    })
    void parsesValidVersions(String text, int major, LocalDate date, int streamCode, String stream, int buildNumber) {
        FcosVersion version = FcosVersion.parse(text);

        assertThat(version.major()).isEqualTo(major);
        assertThat(version.date()).isEqualTo(date);
        assertThat(version.streamCode()).isEqualTo(streamCode);
        assertThat(version.stream()).isEqualTo(Optional.ofNullable(stream));
        assertThat(version.buildNumber()).isEqualTo(buildNumber);
        assertThat(version.toString()).isEqualTo(text);
        assertThat(FcosVersion.tryParse(text)).contains(version);
    }

    static Stream<Arguments> invalidVersions() {
        // input, text after the shape
        return Stream.of(
                arguments("", "but the version is empty"),
                arguments("41.20251301.3.0", "but the build date \"20251301\" has month 13"),
                arguments("41.20250001.3.0", "but the build date \"20250001\" has month 0"),
                arguments("41.20250230.3.0", "but the build date \"20250230\" has day 30 (2025-02 has 28 days)"),
                arguments("41.20230229.3.0", "but the build date \"20230229\" has day 29 (2023-02 has 28 days)"),
                arguments("41.20250100.3.0", "but the build date \"20250100\" has day 0 (2025-01 has 31 days)"),
                arguments("41.2025010.3.0", "but the build date \"2025010\" has 7 digits instead of 8"),
                arguments("41.202501011.3.0", "but the build date \"202501011\" has 9 digits instead of 8"),
                arguments("41.20250101.3", "but found 3 dot-separated fields"),
                arguments("30.20190716.1", "but found 3 dot-separated fields"),
                arguments("41.20250101.3.0.1", "but found 5 dot-separated fields"),
                arguments("41", "but found 1 dot-separated fields"),
                arguments("a.b.c.d", "but field 1 (Fedora major) \"a\" is not an unsigned decimal number"),
                arguments("41.20250101.3.x", "but field 4 (build number) \"x\" is not an unsigned decimal number"),
                arguments("41.20250101.-3.0", "but field 3 (stream code) \"-3\" is not an unsigned decimal number"),
                arguments("41.2025o101.3.0", "but field 2 (build date) \"2025o101\" is not an unsigned decimal number"),
                // Arabic-Indic digits are digits to Character.isDigit, not to the version grammar.
                arguments(
                        "\u0664\u0661.20250101.3.0",
                        "but field 1 (Fedora major) \"\u0664\u0661\" is not an unsigned decimal number"),
                arguments(" 41.20250101.3.0", "but field 1 (Fedora major) \" 41\" is not an unsigned decimal number"),
                arguments("41..3.0", "but field 2 (build date) is empty"),
                arguments(".20250101.3.0", "but field 1 (Fedora major) is empty"),
                arguments("41.20250101.3.", "but field 4 (build number) is empty"),
                arguments("041.20250101.3.0", "but field 1 (Fedora major) \"041\" has a leading zero"),
                arguments("41.20250101.03.0", "but field 3 (stream code) \"03\" has a leading zero"),
                arguments("41.20250101.3.00", "but field 4 (build number) \"00\" has a leading zero"),
                arguments(
                        "41.20250101.3.2147483648",
                        "but field 4 (build number) \"2147483648\" is larger than 2147483647"),
                arguments(
                        "99999999999.20250101.3.0",
                        "but field 1 (Fedora major) \"99999999999\" is larger than 2147483647"));
    }

    @ParameterizedTest
    @MethodSource("invalidVersions")
    void rejectsInvalidVersionsWithExactMessage(String text, String problem) {
        assertThatThrownBy(() -> FcosVersion.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid FCOS version \"" + text + "\": expected " + SHAPE + ", " + problem);
        assertThat(FcosVersion.tryParse(text)).isEmpty();
    }

    @Test
    void rejectsNullWithoutNullPointerException() {
        assertThatThrownBy(() -> FcosVersion.parse(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid FCOS version \"null\": expected " + SHAPE + ", but found null");
        assertThat(FcosVersion.tryParse(null)).isEmpty();
    }

    @Test
    void ordersNumericallyByMajorDateStreamAndBuild() {
        List<FcosVersion> versions = new ArrayList<>();
        for (String v : List.of(
                "41.20250331.3.0",
                "9.20250101.3.0",
                "41.20250331.3.10",
                "41.20250331.2.0",
                "41.20250302.1.0",
                "41.20250331.3.2",
                "40.20251231.3.0",
                "41.20250331.10.0")) {
            versions.add(FcosVersion.parse(v));
        }

        versions.sort(null);

        assertThat(versions)
                .extracting(FcosVersion::toString)
                .containsExactly(
                        "9.20250101.3.0",
                        "40.20251231.3.0",
                        "41.20250302.1.0",
                        "41.20250331.2.0",
                        "41.20250331.3.0",
                        "41.20250331.3.2",
                        "41.20250331.3.10",
                        "41.20250331.10.0");
    }

    @Test
    void equalityMatchesOrdering() {
        FcosVersion a = FcosVersion.parse("41.20250331.3.0");
        FcosVersion b = FcosVersion.parse("41.20250331.3.0");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isNotEqualTo(FcosVersion.parse("41.20250331.3.1"));
        assertThat(a).isNotEqualTo("41.20250331.3.0");
    }
}
