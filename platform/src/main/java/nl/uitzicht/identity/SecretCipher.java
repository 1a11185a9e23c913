package nl.uitzicht.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for secrets at rest (e.g. a region's OIDC client secret). While the key is being
 * rotated, {@code uitzicht.crypto.previous-secret-key} holds the old key: secrets sealed with it
 * still open, and {@link SecretKeyRotation} seals them again with the current key.
 */
@Component
class SecretCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final @Nullable SecretKeySpec previousKey;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(String base64Key) {
        this(base64Key, "");
    }

    @Autowired
    SecretCipher(
            @Value("${uitzicht.crypto.secret-key}") String base64Key,
            @Value("${uitzicht.crypto.previous-secret-key:}") String previousBase64Key) {
        this.key = aesKey(base64Key, "uitzicht.crypto.secret-key");
        this.previousKey =
                previousBase64Key.isBlank() ? null : aesKey(previousBase64Key, "uitzicht.crypto.previous-secret-key");
    }

    private static SecretKeySpec aesKey(String base64Key, String setting) {
        byte[] raw = Base64.getDecoder().decode(base64Key.trim());
        if (raw.length != 32) {
            throw new IllegalStateException(setting + " must be 32 bytes, base64-encoded");
        }
        return new SecretKeySpec(raw, "AES");
    }

    boolean rotating() {
        return previousKey != null;
    }

    /** Whether the current key opens it (false: sealed with the previous key, or with neither). */
    boolean sealedWithCurrentKey(String encoded) {
        try {
            open(encoded, key);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt secret", e);
        }
    }

    String decrypt(String encoded) {
        try {
            return open(encoded, key);
        } catch (GeneralSecurityException e) {
            if (previousKey != null) {
                try {
                    return open(encoded, previousKey);
                } catch (GeneralSecurityException ignored) {
                    // neither key: report the failure with the current key
                }
            }
            throw new IllegalStateException("Could not decrypt secret (wrong key?)", e);
        }
    }

    private static String open(String encoded, SecretKeySpec withKey) throws GeneralSecurityException {
        byte[] all = Base64.getDecoder().decode(encoded);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, withKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
        return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    }
}
