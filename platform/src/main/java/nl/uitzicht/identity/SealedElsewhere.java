package nl.uitzicht.identity;

import java.util.List;

/**
 * Data another feature stores sealed with {@link SecretCipher} (an uploaded OPP's file, ADR 0096): on key
 * rotation {@link SecretKeyRotation} asks each such feature to seal it again with the current key.
 */
public interface SealedElsewhere {

    /**
     * Seals again with the current key what was sealed with the previous one; names in {@code unreadable} what opens
     * with neither. Returns how many values were sealed again.
     */
    int resealWithCurrentKey(SecretCipher cipher, List<String> unreadable);
}
