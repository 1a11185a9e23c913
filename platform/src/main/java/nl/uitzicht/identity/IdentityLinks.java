package nl.uitzicht.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.access.Allow;
import nl.uitzicht.access.SystemOnly;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which account a region's identity provider signs in: matched on the provider's issuer and
 * subject only, never on an e-mail claim. A link is made when an invitation into the region is
 * accepted through its provider, holds for that region only, and ends when the region changes its
 * provider's issuer.
 */
@Service
@Transactional(readOnly = true)
@SystemOnly
public class IdentityLinks {

    private final IdentityLinkRows rows;
    private final Clock clock;

    IdentityLinks(IdentityLinkRows rows, Clock clock) {
        this.clock = clock;
        this.rows = rows;
    }

    /** The account that this subject of the region's issuer was linked to, if any. */
    @PreAuthorize(Allow.ANYONE) // at an OIDC login, before anyone is known
    public Optional<UUID> accountFor(UUID regionId, String issuer, String subject) {
        return rows.findByIssuerAndSubject(IdentityProviderSettings.issuerKey(issuer), subject)
                .filter(link -> link.getRegionId().equals(regionId))
                .map(IdentityLink::getAccountId);
    }

    /**
     * Links the subject to the account; refused when the subject is already linked to another
     * account or region (a provider's subject is one person).
     */
    @Transactional
    public void link(UUID accountId, UUID regionId, String issuer, String subject) {
        if (subject.isBlank()) {
            throw new IllegalArgumentException("No subject");
        }
        String key = IdentityProviderSettings.issuerKey(issuer);
        Optional<IdentityLink> existing = rows.findByIssuerAndSubject(key, subject);
        if (existing.isPresent()) {
            if (existing.get().getAccountId().equals(accountId)
                    && existing.get().getRegionId().equals(regionId)) {
                return;
            }
            throw new IllegalStateException("This subject is linked to another account");
        }
        rows.saveAndFlush(new IdentityLink(accountId, regionId, key, subject, clock.instant()));
    }

    /** A region's provider got another issuer: the subjects of the old one mean nothing any more. */
    @Transactional
    void forgetRegion(UUID regionId) {
        rows.deleteByRegionId(regionId);
    }
}
