package nl.uitzicht.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.OidcSettings;
import nl.uitzicht.identityprovider.DiscoveryProblem;
import nl.uitzicht.identityprovider.ProviderDiscovery;
import nl.uitzicht.identityprovider.ProviderMetadata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * One OIDC client registration per region, its registration id the region's SWV code, read from
 * the region's stored provider settings. The provider's discovery document is fetched once per
 * configuration and kept, through {@link ProviderDiscovery}: public https addresses only, no
 * redirects, and a token endpoint (which receives the client secret) on the issuer's own origin.
 * A changed configuration is picked up at the next login.
 */
@Component
class RegionClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(RegionClientRegistrations.class);

    private final IdentityProviderSettings settings;
    private final ProviderDiscovery discovery;
    private final Map<OidcSettings, ClientRegistration> cache = new ConcurrentHashMap<>();

    RegionClientRegistrations(IdentityProviderSettings settings, ProviderDiscovery discovery) {
        this.settings = settings;
        this.discovery = discovery;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return settings.forRegionCode(registrationId).map(this::registration).orElse(null);
    }

    private @Nullable ClientRegistration registration(OidcSettings oidc) {
        try {
            return cache.computeIfAbsent(oidc, this::discover);
        } catch (DiscoveryProblem e) {
            log.warn(
                    "OIDC provider of region {} refused or not reachable: {} {}",
                    oidc.regionCode(),
                    e.messageKey(),
                    e.params());
            return null;
        }
    }

    private ClientRegistration discover(OidcSettings oidc) {
        ProviderMetadata metadata = discovery.discover(oidc.issuerUri());
        ClientRegistration.Builder builder = ClientRegistration.withRegistrationId(oidc.regionCode())
                .clientName(oidc.regionName())
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .issuerUri(metadata.issuer())
                .authorizationUri(metadata.authorizationEndpoint())
                .tokenUri(metadata.tokenEndpoint())
                .jwkSetUri(metadata.jwksUri())
                .userNameAttributeName(IdTokenClaimNames.SUB);
        if (metadata.userinfoEndpoint() != null) {
            builder.userInfoUri(metadata.userinfoEndpoint());
        }
        return builder.build();
    }
}
