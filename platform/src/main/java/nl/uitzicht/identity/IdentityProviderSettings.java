package nl.uitzicht.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.access.Allow;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.outbound.OutboundAddresses;
import nl.uitzicht.outbound.OutboundRefused;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each region's own OpenID Connect provider: stored per region, the secret encrypted. The issuer
 * is an https URL that is not a loopback, private or link-local address, and no two regions share
 * one (so a provider's subject belongs to exactly one region). The secret belongs to the issuer it
 * was entered with: another issuer needs the secret entered again, and ends the links of the old
 * issuer's subjects ({@link IdentityLinks}).
 */
@Service
@Transactional(readOnly = true)
@RegionAdminOnly
public class IdentityProviderSettings {

    private final RegionIdentityProviders providers;
    private final RegionDirectory regions;
    private final SecretCipher cipher;
    private final OutboundAddresses addresses;
    private final IdentityLinks links;

    IdentityProviderSettings(
            RegionIdentityProviders providers,
            RegionDirectory regions,
            SecretCipher cipher,
            OutboundAddresses addresses,
            IdentityLinks links) {
        this.providers = providers;
        this.regions = regions;
        this.cipher = cipher;
        this.addresses = addresses;
        this.links = links;
    }

    /** An issuer as compared between regions and stored in links: trimmed, no trailing slash, lower case. */
    public static String issuerKey(String issuerUri) {
        return issuerUri.trim().replaceAll("/+$", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the region may use this issuer: an https URL (http only where local issuers are
     * allowed, for tests and the demo stack) without query or fragment, not a literal internal
     * address, and not the issuer of another region. Throws {@link IssuerRefused} with the reason.
     */
    public void checkIssuer(UUID regionId, String issuerUri) {
        try {
            if (addresses.checkUrl(issuerUri).getRawQuery() != null) {
                throw new IssuerRefused("admin.idp.error.url");
            }
        } catch (OutboundRefused refused) {
            throw new IssuerRefused(
                    refused.reason() == OutboundRefused.Reason.ADDRESS
                            ? "admin.idp.error.address"
                            : "admin.idp.error.url");
        }
        String key = issuerKey(issuerUri);
        if (providers.findByEnabledTrue().stream()
                .anyMatch(p -> !p.getRegionId().equals(regionId)
                        && issuerKey(p.getIssuerUri()).equals(key))) {
            throw new IssuerRefused("admin.idp.error.issuerTaken");
        }
    }

    @PreAuthorize(Allow.ANYONE) // the login page, OIDC login and bearer tokens need it before anyone is known
    public Optional<OidcSettings> forRegionCode(String regionCode) {
        return regions.findByCode(regionCode)
                .filter(Region::isActive)
                .flatMap(region -> providers
                        .findById(region.getId())
                        .filter(RegionIdentityProvider::isEnabled)
                        .map(p -> settings(region, p)));
    }

    /** Regions whose people can log in with their own provider, for the login page. */
    @PreAuthorize(Allow.ANYONE) // the login page, OIDC login and bearer tokens need it before anyone is known
    public List<OidcSettings> all() {
        return providers.findByEnabledTrue().stream()
                .flatMap(p -> regions.find(p.getRegionId()).filter(Region::isActive).map(r -> settings(r, p)).stream())
                .sorted((a, b) -> a.regionName().compareToIgnoreCase(b.regionName()))
                .toList();
    }

    /** The regions that trust tokens of this issuer (several regions may share e.g. Entree). */
    @PreAuthorize(Allow.ANYONE) // the login page, OIDC login and bearer tokens need it before anyone is known
    public List<OidcSettings> byIssuer(String issuerUri) {
        return providers.findByIssuerUriAndEnabledTrue(issuerUri).stream()
                .flatMap(p -> regions.find(p.getRegionId()).filter(Region::isActive).map(r -> settings(r, p)).stream())
                .toList();
    }

    /** The region's provider as its administrator edits it: without the secret. */
    public Optional<ProviderConfiguration> configurationOf(UUID regionId) {
        return providers
                .findById(regionId)
                .map(p -> new ProviderConfiguration(
                        p.getIssuerUri(), p.getClientId(), p.getEmailClaim(), p.getBrinClaim(), p.isEnabled()));
    }

    /**
     * Keeps the stored secret: for an administrator who changes other settings only. The secret is
     * only ever sent to the issuer it was stored with: another issuer is refused.
     */
    @Transactional
    public void configureKeepingSecret(
            UUID regionId, String issuerUri, String clientId, String emailClaim, @Nullable String brinClaim) {
        RegionIdentityProvider provider = providers
                .findById(regionId)
                .orElseThrow(() -> new IllegalStateException("No provider configured yet: a secret is needed"));
        if (!issuerKey(provider.getIssuerUri()).equals(issuerKey(issuerUri))) {
            throw new IssuerRefused("admin.idp.error.secretForIssuer");
        }
        checkIssuer(regionId, issuerUri);
        provider.configure(
                issuerUri.trim(), clientId.trim(), provider.getClientSecretEncrypted(), emailClaim.trim(), brinClaim);
        providers.save(provider);
    }

    @Transactional
    public void configure(
            UUID regionId,
            String issuerUri,
            String clientId,
            String clientSecret,
            String emailClaim,
            @Nullable String brinClaim) {
        checkIssuer(regionId, issuerUri);
        RegionIdentityProvider provider =
                providers.findById(regionId).orElseGet(() -> new RegionIdentityProvider(regionId));
        if (provider.getIssuerUri() != null
                && !issuerKey(provider.getIssuerUri()).equals(issuerKey(issuerUri))) {
            links.forgetRegion(regionId);
        }
        provider.configure(
                issuerUri.trim(), clientId.trim(), cipher.encrypt(clientSecret), emailClaim.trim(), brinClaim);
        providers.save(provider);
    }

    private OidcSettings settings(Region region, RegionIdentityProvider p) {
        return new OidcSettings(
                region.getId(),
                region.getCode(),
                region.getName(),
                p.getIssuerUri(),
                p.getClientId(),
                cipher.decrypt(p.getClientSecretEncrypted()),
                p.getEmailClaim(),
                p.getBrinClaim());
    }
}
