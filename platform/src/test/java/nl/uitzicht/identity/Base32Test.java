package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base32Test {

    @Test
    void whatAnAuthenticatorAppTypesIsReadBack() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        String text = Base32.encode(key);
        assertThat(text).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode(text.toLowerCase())).isEqualTo(key);
        assertThat(Base32.decode("gezd gnbv-gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(key);
        assertThat(Base32.decode("MY======")).isEqualTo("f".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void everyLengthRoundTrips() {
        Random random = new Random(7);
        for (int length = 0; length <= 25; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(Base32.decode(Base32.encode(bytes)))
                    .as("length " + length)
                    .isEqualTo(bytes);
        }
    }

    @Test
    void charactersOutsideTheAlphabetAreRefused() {
        assertThatThrownBy(() -> Base32.decode("ABC1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base32.decode("AB8C")).isInstanceOf(IllegalArgumentException.class);
    }
}
