package nl.uitzicht.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.access.Allow;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each region's own OpenID Connect provider: stored per region, the secret encrypted. */
@Service
@Transactional(readOnly = true)
@RegionAdminOnly
public class IdentityProviderSettings {

    private final RegionIdentityProviders providers;
    private final RegionDirectory regions;
    private final SecretCipher cipher;

    IdentityProviderSettings(RegionIdentityProviders providers, RegionDirectory regions, SecretCipher cipher) {
        this.providers = providers;
        this.regions = regions;
        this.cipher = cipher;
    }

    @PreAuthorize(Allow.ANYONE) // the login page, OIDC login and bearer tokens need it before anyone is known
    public Optional<OidcSettings> forRegionCode(String regionCode) {
        return regions.findByCode(regionCode).filter(Region::isActive)
                .flatMap(region -> providers.findById(region.getId())
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
        return providers.findById(regionId).map(p -> new ProviderConfiguration(p.getIssuerUri(), p.getClientId(),
                p.getEmailClaim(), p.getBrinClaim(), p.isEnabled()));
    }

    /** Keeps the stored secret: for an administrator who changes other settings only. */
    @Transactional
    public void configureKeepingSecret(UUID regionId, String issuerUri, String clientId, String emailClaim,
                                       @Nullable String brinClaim) {
        RegionIdentityProvider provider = providers.findById(regionId)
                .orElseThrow(() -> new IllegalStateException("No provider configured yet: a secret is needed"));
        provider.configure(issuerUri.trim(), clientId.trim(), provider.getClientSecretEncrypted(), emailClaim.trim(),
                brinClaim);
        providers.save(provider);
    }

    @Transactional
    public void configure(UUID regionId, String issuerUri, String clientId, String clientSecret, String emailClaim,
                          @Nullable String brinClaim) {
        RegionIdentityProvider provider = providers.findById(regionId).orElseGet(() -> new RegionIdentityProvider(regionId));
        provider.configure(issuerUri.trim(), clientId.trim(), cipher.encrypt(clientSecret), emailClaim.trim(), brinClaim);
        providers.save(provider);
    }

    private OidcSettings settings(Region region, RegionIdentityProvider p) {
        return new OidcSettings(region.getId(), region.getCode(), region.getName(), p.getIssuerUri(), p.getClientId(),
                cipher.decrypt(p.getClientSecretEncrypted()), p.getEmailClaim(), p.getBrinClaim());
    }
}
