package nl.uitzicht.identityprovider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.IssuerRefused;
import nl.uitzicht.identity.ProviderConfiguration;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A region administrator configures the region's own OpenID Connect provider (Entree Federatie,
 * SURFconext, Entra ID, Keycloak): issuer, client id and secret (stored encrypted), and the claims
 * that carry the e-mail address and the school's BRIN. The connection is tested first: the
 * discovery document is fetched and checked; a provider that fails the test is not saved. The
 * issuer must be a public https address that no other region uses; the stored secret is kept only
 * for the same issuer (another issuer needs the secret entered again).
 */
@Service
@RegionAdminOnly
public class IdentityProviderSetup {

    private static final Pattern CLAIM = Pattern.compile("[A-Za-z][A-Za-z0-9_:.\\-]{0,99}");

    private final IdentityProviderSettings settings;
    private final ProviderDiscovery discovery;

    IdentityProviderSetup(IdentityProviderSettings settings, ProviderDiscovery discovery) {
        this.settings = settings;
        this.discovery = discovery;
    }

    public Optional<ProviderConfiguration> current() {
        return settings.configurationOf(TenantContext.require());
    }

    /**
     * Fetches {issuer}/.well-known/openid-configuration and checks it fits ({@link ProviderDiscovery}:
     * public https addresses only, no redirects, the token endpoint on the issuer's origin).
     */
    public DiscoveryCheck test(String issuerUrl, String emailClaim) {
        ProviderMetadata metadata;
        try {
            metadata = discovery.discover(issuerUrl);
        } catch (DiscoveryProblem problem) {
            return DiscoveryCheck.failed(problem.messageKey(), problem.params().toArray(String[]::new));
        }
        List<String> warnings = new ArrayList<>();
        if (!metadata.claimsSupported().isEmpty()
                && emailClaim != null
                && !metadata.claimsSupported().contains(emailClaim.trim())) {
            warnings.add("admin.idp.warning.claim");
        }
        if (!metadata.responseTypesSupported().isEmpty()
                && !metadata.responseTypesSupported().contains("code")) {
            return DiscoveryCheck.failed("admin.idp.error.code");
        }
        return new DiscoveryCheck(
                true,
                null,
                List.of(),
                metadata.authorizationEndpoint(),
                metadata.tokenEndpoint(),
                metadata.jwksUri(),
                metadata.claimsSupported(),
                warnings);
    }

    /**
     * Tests, then saves. An empty secret keeps the stored one (a first configuration needs one).
     * Returns the test result; nothing is saved unless it is ok.
     */
    public DiscoveryCheck save(
            String issuerUrl,
            String clientId,
            @Nullable String clientSecret,
            String emailClaim,
            @Nullable String brinClaim) {
        if (clientId == null || clientId.isBlank() || clientId.length() > 200) {
            return DiscoveryCheck.failed("admin.idp.error.clientId");
        }
        if (emailClaim == null || !CLAIM.matcher(emailClaim.trim()).matches()) {
            return DiscoveryCheck.failed("admin.idp.error.claim");
        }
        String brin = brinClaim == null || brinClaim.isBlank() ? null : brinClaim.trim();
        if (brin != null && !CLAIM.matcher(brin).matches()) {
            return DiscoveryCheck.failed("admin.idp.error.claim");
        }
        boolean keepSecret = clientSecret == null || clientSecret.isBlank();
        Optional<ProviderConfiguration> current = current();
        if (keepSecret && current.isEmpty()) {
            return DiscoveryCheck.failed("admin.idp.error.secret");
        }
        String issuer = issuerUrl == null ? "" : issuerUrl.trim();
        if (keepSecret
                && !IdentityProviderSettings.issuerKey(current.get().issuerUri())
                        .equals(IdentityProviderSettings.issuerKey(issuer))) {
            return DiscoveryCheck.failed("admin.idp.error.secretForIssuer");
        }
        try {
            settings.checkIssuer(TenantContext.require(), issuer);
        } catch (IssuerRefused refused) {
            return DiscoveryCheck.failed(refused.messageKey());
        }
        DiscoveryCheck check = test(issuer, emailClaim);
        if (!check.ok()) {
            return check;
        }
        try {
            if (keepSecret) {
                settings.configureKeepingSecret(TenantContext.require(), issuer, clientId, emailClaim, brin);
            } else {
                settings.configure(TenantContext.require(), issuer, clientId, clientSecret, emailClaim, brin);
            }
        } catch (IssuerRefused refused) {
            return DiscoveryCheck.failed(refused.messageKey());
        }
        return check;
    }
}
