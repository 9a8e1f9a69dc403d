/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.ref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coreosrelease.core.InvalidValueException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestTest {
    private static final String HEX64 = "ca99893c80a7b84dd84d4143bd27538207c2f38ab6647a58d9c8caa251f9a087";
    private static final String HEX128 = HEX64 + "460576931cf4ce59afe432ea266234f9d34fa77f8ca3087282084bc3a7324632";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sha256:" + HEX64 + "| sha256 | " + HEX64,
                "sha512:" + HEX128 + "| sha512 | " + HEX128,
                "sha256+b64u:LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g-YpeiGJm564 | sha256+b64u"
                        + " | LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g-YpeiGJm564",
                "multihash+base58:QmRZxt2b1FVZPNqd8hsiykDL3TdBDeTSPX9Kv46HmX4Gx8 | multihash+base58"
                        + " | QmRZxt2b1FVZPNqd8hsiykDL3TdBDeTSPX9Kv46HmX4Gx8",
                "blake3:abc= | blake3 | abc=",
                "a.b_c-d+e:X | a.b_c-d+e | X",
                "md5:D41D8CD98F00B204E9800998ECF8427E | md5 | D41D8CD98F00B204E9800998ECF8427E",
            })
    void parsesValidDigests(String text, String algorithm, String encoded) {
        Digest digest = Digest.parse(text);

        assertThat(digest.algorithm()).isEqualTo(algorithm);
        assertThat(digest.encoded()).isEqualTo(encoded);
        assertThat(digest.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "sha256 | algorithm:encoded (e.g. sha256:<64 lowercase hex>), but there is no ':'",
                ":abc | an algorithm of lowercase [a-z0-9] components joined by '+', '.', '_' or '-' before ':',"
                        + " but it is empty",
                "SHA256:abc | an algorithm of lowercase [a-z0-9] components joined by '+', '.', '_' or '-' before"
                        + " ':', but found \"SHA256\"",
                "sha256+:abc | an algorithm of lowercase [a-z0-9] components joined by '+', '.', '_' or '-' before"
                        + " ':', but found \"sha256+\"",
                "+sha256:abc | an algorithm of lowercase [a-z0-9] components joined by '+', '.', '_' or '-' before"
                        + " ':', but found \"+sha256\"",
                "sha..256:abc | an algorithm of lowercase [a-z0-9] components joined by '+', '.', '_' or '-' before"
                        + " ':', but found \"sha..256\"",
                "sha256: | an encoded part of [a-zA-Z0-9=_-] characters after ':', but it is empty",
                "foo:a:b | an encoded part of [a-zA-Z0-9=_-] characters after ':', but found ':'",
                "foo:a b | an encoded part of [a-zA-Z0-9=_-] characters after ':', but found U+0020",
                "foo:a+b | an encoded part of [a-zA-Z0-9=_-] characters after ':', but found '+'",
                "sha256:abc | exactly 64 lowercase hex characters after \"sha256:\", but found 3 characters",
                "sha512:" + HEX64 + " | exactly 128 lowercase hex characters after \"sha512:\", but found 64"
                        + " characters",
            })
    void rejectsInvalidDigestsWithExactMessage(String text, String expected) {
        assertThatThrownBy(() -> Digest.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid digest \"" + text + "\": expected " + expected);
    }

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> Digest.parse(""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid digest \"\": expected algorithm:encoded (e.g. sha256:<64 lowercase hex>), but"
                        + " there is no ':'");
    }

    @Test
    void rejectsUppercaseHexInSha256() {
        String text = "sha256:" + HEX64.toUpperCase(Locale.ROOT);

        assertThatThrownBy(() -> Digest.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid digest \"" + text
                        + "\": expected exactly 64 lowercase hex characters after \"sha256:\", but found 'C'");
    }

    @Test
    void rejectsNonHexInSha512() {
        String text = "sha512:" + HEX128.substring(0, 127) + "g";

        assertThatThrownBy(() -> Digest.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid digest \"" + text
                        + "\": expected exactly 128 lowercase hex characters after \"sha512:\", but found 'g'");
    }

    @Test
    void rejectsNullWithoutNullPointerException() {
        assertThatThrownBy(() -> Digest.parse(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid digest \"null\": expected algorithm:encoded (e.g. sha256:<64 lowercase hex>),"
                        + " but found null");
    }

    @Test
    void exceptionCarriesInputAndExpectation() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Digest.parse("sha256:abc"));

        assertThat(e.value()).isEqualTo("sha256:abc");
        assertThat(e.expected())
                .isEqualTo("exactly 64 lowercase hex characters after \"sha256:\", but found 3 characters");
    }

    @Test
    void equalsAndHashCodeFollowTheText() {
        Digest a = Digest.parse("sha256:" + HEX64);
        Digest b = Digest.parse("sha256:" + HEX64);
        Digest c = Digest.parse("sha256:" + HEX64.replace('c', 'd'));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a).isNotEqualTo("sha256:" + HEX64);
    }
}
