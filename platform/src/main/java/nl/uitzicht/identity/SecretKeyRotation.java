package nl.uitzicht.identity;

import java.util.ArrayList;
import java.util.List;
import nl.uitzicht.access.SystemOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotating {@code UITZICHT_SECRET_KEY}: with the old key as {@code uitzicht.crypto.previous-secret-key},
 * seals every stored secret (the regions' OIDC client secrets, the accounts' TOTP secrets, and what other
 * features store sealed: {@link SealedElsewhere}) again with the current key. The
 * migration run calls it, so a release that changes the key re-encrypts before the new pods start.
 * Fails, naming the regions, when a stored secret opens with neither key.
 */
@Service
@SystemOnly
public class SecretKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyRotation.class);

    private final RegionIdentityProviders providers;
    private final SecretCipher cipher;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<SealedElsewhere> elsewhere;

    SecretKeyRotation(
            RegionIdentityProviders providers,
            SecretCipher cipher,
            JdbcTemplate jdbc,
            ObjectProvider<SealedElsewhere> elsewhere) {
        this.providers = providers;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.elsewhere = elsewhere;
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
        resealed += resealSecondFactors(unreadable);
        for (SealedElsewhere other : elsewhere.orderedStream().toList()) {
            resealed += other.resealWithCurrentKey(cipher, unreadable);
        }
        if (!unreadable.isEmpty()) {
            throw new IllegalStateException("The OIDC client secrets of regions (or TOTP secrets of accounts) "
                    + unreadable
                    + " open with neither UITZICHT_SECRET_KEY nor the previous key"
                    + " (UITZICHT_CRYPTO_PREVIOUS_SECRET_KEY). Set the old key as the previous key,"
                    + " or enter those regions' client secrets again (for an account: delete its row in"
                    + " account_second_factor, and it enrols again).");
        }
        if (resealed > 0) {
            log.info("Key rotation: {} stored secret(s) sealed again with the current key", resealed);
        }
        return resealed;
    }

    private int resealSecondFactors(List<String> unreadable) {
        int resealed = 0;
        for (var row : jdbc.queryForList("SELECT account_id, secret FROM account_second_factor")) {
            String sealed = (String) row.get("secret");
            if (cipher.sealedWithCurrentKey(sealed)) {
                continue;
            }
            try {
                if (!cipher.rotating()) {
                    throw new IllegalStateException("no previous key");
                }
                jdbc.update(
                        "UPDATE account_second_factor SET secret = ? WHERE account_id = ?",
                        cipher.encrypt(cipher.decrypt(sealed)),
                        row.get("account_id"));
                resealed++;
            } catch (IllegalStateException e) {
                unreadable.add("account " + row.get("account_id"));
            }
        }
        return resealed;
    }
}
