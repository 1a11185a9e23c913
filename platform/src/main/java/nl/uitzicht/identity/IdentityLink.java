package nl.uitzicht.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A person as a region's identity provider knows them: the provider's issuer and the subject
 * ({@code sub}) it gives that person, linked to an account when they accepted an invitation into
 * that region. A global table: it is needed to log in, before a region is bound.
 */
@Entity
@Table(name = "identity_link")
class IdentityLink {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "region_id", nullable = false)
    private UUID regionId;

    /** The issuer as {@link IdentityProviderSettings#issuerKey} writes it. */
    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false)
    private String subject;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected IdentityLink() {}

    IdentityLink(UUID accountId, UUID regionId, String issuer, String subject, Instant linkedAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.regionId = regionId;
        this.issuer = issuer;
        this.subject = subject;
        this.linkedAt = linkedAt;
    }

    UUID getAccountId() {
        return accountId;
    }

    UUID getRegionId() {
        return regionId;
    }
}
