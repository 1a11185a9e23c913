package nl.uitzicht.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 on HOTP, RFC 4226): HMAC-SHA1, 30-second steps, 6 digits,
 * as every authenticator app makes them by default.
 */
final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {}

    /** The time step of this moment: whole 30-second periods since 1970. */
    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for this step, {@code digits} long with leading zeros. */
    static String code(byte[] key, long step, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = (hash[offset] & 0x7f) << 24
                | (hash[offset + 1] & 0xff) << 16
                | (hash[offset + 2] & 0xff) << 8
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    static String code(byte[] key, long step) {
        return code(key, step, DIGITS);
    }

    /**
     * The step, from {@code now - window} to {@code now + window} and later than {@code usedUpTo},
     * whose code this is; empty when none (wrong, too old, or already used). Spaces are ignored.
     */
    static OptionalLong matchingStep(byte[] key, String typed, long now, int window, long usedUpTo) {
        byte[] given = typed.replace(" ", "").getBytes(StandardCharsets.US_ASCII);
        for (long step = Math.max(now - window, usedUpTo + 1); step <= now + window; step++) {
            if (MessageDigest.isEqual(code(key, step).getBytes(StandardCharsets.US_ASCII), given)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
