package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issuers are compared in one form; the provider's secret never shows in logs. */
class IdentityProviderRulesTest {

    @Test
    void issuersAreComparedTrimmedWithoutTrailingSlashesInLowerCase() {
        assertThat(IdentityProviderSettings.issuerKey(" https://Login.Entree.Kennisnet.NL/realms/x/// "))
                .isEqualTo("https://login.entree.kennisnet.nl/realms/x");
        assertThat(IdentityProviderSettings.issuerKey("https://idp.example.nl"))
                .isEqualTo(IdentityProviderSettings.issuerKey("https://IDP.example.nl/"));
        assertThat(IdentityProviderSettings.issuerKey("https://idp.example.nl/a"))
                .isNotEqualTo(IdentityProviderSettings.issuerKey("https://idp.example.nl/b"));
    }

    @Test
    void theSettingsNeverPrintTheSecret() {
        OidcSettings s = new OidcSettings(
                UUID.randomUUID(), "PO2001", "SWV", "https://idp.example.nl", "uitzicht", "geheim-123", "email", null);
        assertThat(s.toString())
                .contains("PO2001", "https://idp.example.nl", "uitzicht")
                .doesNotContain("geheim-123");
    }

    @Test
    void configuringAProviderEnablesItAndResealingKeepsTheRest() {
        RegionIdentityProvider p = new RegionIdentityProvider(UUID.randomUUID());
        p.configure("https://idp.example.nl", "client", "sealed-1", "email", "nlEduPersonHomeOrganizationId");
        assertThat(p.isEnabled()).isTrue();
        p.reseal("sealed-2");
        assertThat(p.getClientSecretEncrypted()).isEqualTo("sealed-2");
        assertThat(p.getIssuerUri()).isEqualTo("https://idp.example.nl");
        assertThat(p.getBrinClaim()).isEqualTo("nlEduPersonHomeOrganizationId");
    }
}
