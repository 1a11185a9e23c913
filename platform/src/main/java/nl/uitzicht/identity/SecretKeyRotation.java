package nl.uitzicht.identity;

import java.util.ArrayList;
import java.util.List;
import nl.uitzicht.access.SystemOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotating {@code UITZICHT_SECRET_KEY}: with the old key as {@code uitzicht.crypto.previous-secret-key},
 * seals every stored secret (the regions' OIDC client secrets) again with the current key. The
 * migration run calls it, so a release that changes the key re-encrypts before the new pods start.
 * Fails, naming the regions, when a stored secret opens with neither key.
 */
@Service
@SystemOnly
public class SecretKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyRotation.class);

    private final RegionIdentityProviders providers;
    private final SecretCipher cipher;

    SecretKeyRotation(RegionIdentityProviders providers, SecretCipher cipher) {
        this.providers = providers;
        this.cipher = cipher;
    }

    /** Returns how many secrets were sealed again; 0 when all already use the current key. */
    @Transactional
    public int resealWithCurrentKey() {
        int resealed = 0;
        List<String> unreadable = new ArrayList<>();
        for (RegionIdentityProvider provider : providers.findAll()) {
            String sealed = provider.getClientSecretEncrypted();
            if (cipher.sealedWithCurrentKey(sealed)) {
                continue;
            }
            if (!cipher.rotating()) {
                unreadable.add(provider.getRegionId().toString());
                continue;
            }
            try {
                provider.reseal(cipher.encrypt(cipher.decrypt(sealed)));
                resealed++;
            } catch (IllegalStateException e) {
                unreadable.add(provider.getRegionId().toString());
            }
        }
        if (!unreadable.isEmpty()) {
            throw new IllegalStateException("The OIDC client secrets of regions " + unreadable
                    + " open with neither UITZICHT_SECRET_KEY nor the previous key"
                    + " (UITZICHT_CRYPTO_PREVIOUS_SECRET_KEY). Set the old key as the previous key,"
                    + " or enter those regions' client secrets again.");
        }
        if (resealed > 0) {
            log.info("Key rotation: {} stored secret(s) sealed again with the current key", resealed);
        }
        return resealed;
    }
}
