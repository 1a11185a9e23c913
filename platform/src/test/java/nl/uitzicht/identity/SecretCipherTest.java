package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("another-key-of-32-bytes-long!!!!".getBytes());

    @Test
    void encryptsWithAFreshNonceAndDecryptsBack() {
        SecretCipher cipher = new SecretCipher(KEY);
        String once = cipher.encrypt("client-secret");
        String twice = cipher.encrypt("client-secret");
        assertThat(once).isNotEqualTo(twice).doesNotContain("client-secret");
        assertThat(cipher.decrypt(once)).isEqualTo("client-secret");
        assertThat(cipher.decrypt(twice)).isEqualTo("client-secret");
    }

    @Test
    void theWrongKeyCannotDecrypt() {
        String sealed = new SecretCipher(KEY).encrypt("client-secret");
        assertThatThrownBy(() -> new SecretCipher(OTHER_KEY).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class);
    }
}
