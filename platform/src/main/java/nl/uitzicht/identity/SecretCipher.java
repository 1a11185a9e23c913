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
public class SecretCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final @Nullable SecretKeySpec previousKey;
    private final SecureRandom random = new SecureRandom();

    /** A cipher with one key and no previous one (tests seal data as an earlier key did with it). */
    public SecretCipher(String base64Key) {
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

    /** Whether a previous key is set: a rotation is under way. */
    public boolean rotating() {
        return previousKey != null;
    }

    /** Whether the current key opens it (false: sealed with the previous key, or with neither). */
    boolean sealedWithCurrentKey(String encoded) {
        try {
            open(Base64.getDecoder().decode(encoded), key);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    String encrypt(String plain) {
        return Base64.getEncoder().encodeToString(seal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    String decrypt(String encoded) {
        return new String(open(Base64.getDecoder().decode(encoded)), StandardCharsets.UTF_8);
    }

    /**
     * Seals bytes (a secret, a stored file) with the current key: a fresh 12-byte IV, then the AES-GCM
     * ciphertext with its tag. Other features store files encrypted with this (ADR 0096).
     */
    public byte[] seal(byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt secret", e);
        }
    }

    /** Opens what {@link #seal} sealed, with the current key or (while rotating) the previous one. */
    public byte[] open(byte[] sealed) {
        try {
            return open(sealed, key);
        } catch (GeneralSecurityException e) {
            if (previousKey != null) {
                try {
                    return open(sealed, previousKey);
                } catch (GeneralSecurityException ignored) {
                    // neither key: report the failure with the current key
                }
            }
            throw new IllegalStateException("Could not decrypt secret (wrong key?)", e);
        }
    }

    /** Whether the current key opens these sealed bytes (false: sealed with the previous key, or neither). */
    public boolean sealedWithCurrentKey(byte[] sealed) {
        try {
            open(sealed, key);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] open(byte[] all, SecretKeySpec withKey) throws GeneralSecurityException {
        if (all.length < IV_BYTES) {
            throw new javax.crypto.AEADBadTagException("too short");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, withKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
        return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
    }
}
