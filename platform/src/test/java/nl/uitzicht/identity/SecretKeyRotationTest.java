package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rotating the encryption key: the app runs with the new key and the old one as previous key;
 * secrets sealed with the old key still open, and the rotation seals them with the new key.
 */
@PlatformTest
@WithRole(system = true)
class SecretKeyRotationTest {

    /** The previous key of the shared test configuration (src/test/resources/application.yaml). */
    static final String OLD_KEY = "b2xkLWtleS1vZi0zMi1ieXRlcy1mb3Itcm90YXRpb24=";

    static final String NEW_KEY = "dGVzdC1vbmx5LWtleS0zMi1ieXRlcy1sb25nLS0tLS0=";

    @Autowired
    IdentityProviderSettings settings;

    @Autowired
    SecretKeyRotation rotation;

    @Autowired
    RegionDirectory regions;

    @Autowired
    FreshDatabase db;

    @Autowired
    AccountDirectory accounts;

    @Test
    void secretsSealedWithTheOldKeyAreSealedAgainWithTheNewOne() {
        String oldCode = Unique.regionCode("PO");
        UUID sealedOld = regions.register(oldCode, "Oud", Sector.PO).getId();
        UUID sealedNew =
                regions.register(Unique.regionCode("PO"), "Nieuw", Sector.PO).getId();
        settings.configure(sealedOld, "https://idp.example/old", "client", "x", "email", null);
        settings.configure(sealedNew, "https://idp.example/new", "client", "new-secret", "email", null);
        db.ownerExecute("update region_identity_provider set client_secret_encrypted = '"
                + new SecretCipher(OLD_KEY).encrypt("old-secret") + "' where region_id = '" + sealedOld + "'");

        assertThat(settings.forRegionCode(oldCode).orElseThrow().clientSecret())
                .as("readable during the rotation")
                .isEqualTo("old-secret");

        assertThat(rotation.resealWithCurrentKey()).isEqualTo(1);
        assertThat(rotation.resealWithCurrentKey()).as("nothing left to do").isZero();

        SecretCipher newKeyOnly = new SecretCipher(NEW_KEY);
        assertThat(newKeyOnly.decrypt(stored(sealedOld))).isEqualTo("old-secret");
        assertThat(newKeyOnly.decrypt(stored(sealedNew))).isEqualTo("new-secret");
    }

    @Test
    void totpSecretsSealedWithTheOldKeyAreSealedAgainToo() {
        AccountSummary admin = accounts.createOperator("tweede@stap.demo", "Tweede Stap", "Fiets-Zolder-9");
        db.ownerExecute("insert into account_second_factor (account_id, secret, last_used_step, enabled_at) values ('"
                + admin.id() + "', '" + new SecretCipher(OLD_KEY).encrypt("JBSWY3DPEHPK3PXP") + "', 0, now())");

        assertThat(rotation.resealWithCurrentKey()).isEqualTo(1);
        assertThat(new SecretCipher(NEW_KEY)
                        .decrypt(db.ownerQuery("select secret from account_second_factor where account_id = '"
                                        + admin.id() + "'")
                                .getFirst()))
                .isEqualTo("JBSWY3DPEHPK3PXP");
    }

    private String stored(UUID region) {
        return db.ownerQuery("select client_secret_encrypted from region_identity_provider where region_id = '" + region
                        + "'")
                .getFirst();
    }
}
