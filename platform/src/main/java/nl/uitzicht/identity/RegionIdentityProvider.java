package nl.uitzicht.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A region's own OpenID Connect provider (Entree Federatie, SURFconext, Entra ID, Keycloak).
 * Global: it is needed to log in, before a region is bound. The client secret is stored encrypted.
 */
@Entity
@Table(name = "region_identity_provider")
class RegionIdentityProvider {

    @Id
    @Column(name = "region_id")
    private UUID regionId;

    @Column(name = "issuer_uri", nullable = false)
    private String issuerUri;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "client_secret_encrypted", nullable = false)
    private String clientSecretEncrypted;

    @Column(name = "email_claim", nullable = false)
    private String emailClaim = "email";

    @Column(name = "brin_claim")
    private @Nullable String brinClaim;

    @Column(nullable = false)
    private boolean enabled = true;

    @Version
    private long version;

    protected RegionIdentityProvider() {}

    RegionIdentityProvider(UUID regionId) {
        this.regionId = regionId;
    }

    void configure(
            String issuerUri,
            String clientId,
            String clientSecretEncrypted,
            String emailClaim,
            @Nullable String brinClaim) {
        this.issuerUri = issuerUri;
        this.clientId = clientId;
        this.clientSecretEncrypted = clientSecretEncrypted;
        this.emailClaim = emailClaim;
        this.brinClaim = brinClaim;
        this.enabled = true;
    }

    /** The same secret, sealed again (key rotation). */
    void reseal(String clientSecretEncrypted) {
        this.clientSecretEncrypted = clientSecretEncrypted;
    }

    UUID getRegionId() {
        return regionId;
    }

    String getIssuerUri() {
        return issuerUri;
    }

    String getClientId() {
        return clientId;
    }

    String getClientSecretEncrypted() {
        return clientSecretEncrypted;
    }

    String getEmailClaim() {
        return emailClaim;
    }

    @Nullable
    String getBrinClaim() {
        return brinClaim;
    }

    boolean isEnabled() {
        return enabled;
    }
}
