package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The SHA-1 seed of RFC 6238, appendix B. */
    static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0} s gives {1}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void theTestVectorsOfRfc6238(long seconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
        assertThat(Totp.code(RFC_KEY, step)).as("six digits, as apps show").isEqualTo(expected.substring(2));
    }

    @Test
    void aCodeIsAcceptedOneStepEarlyOrLateButNotTwiceOrOlder() {
        long now = Totp.step(Instant.ofEpochSecond(1111111111));
        String current = Totp.code(RFC_KEY, now);
        assertThat(Totp.matchingStep(RFC_KEY, current, now, 1, Long.MIN_VALUE)).hasValue(now);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, now - 1), now, 1, Long.MIN_VALUE))
                .hasValue(now - 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, now + 1), now, 1, Long.MIN_VALUE))
                .hasValue(now + 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, now - 2), now, 1, Long.MIN_VALUE))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, current, now, 1, now))
                .as("this step was used already")
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "000000", now, 1, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.matchingStep(
                        RFC_KEY, current.substring(0, 3) + " " + current.substring(3), now, 1, Long.MIN_VALUE))
                .as("a space as apps show it")
                .hasValue(now);
    }

    @Test
    void base32AsInRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode("fooba".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTB");
        assertThat(new String(Base32.decode("mzxw 6ytb oi"), StandardCharsets.US_ASCII))
                .isEqualTo("foobar");
        assertThat(Base32.decode(Base32.encode(RFC_KEY))).isEqualTo(RFC_KEY);
    }
}
