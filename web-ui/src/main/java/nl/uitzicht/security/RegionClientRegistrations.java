package nl.uitzicht.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.OidcSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * One OIDC client registration per region, its registration id the region's SWV code, read from
 * the region's stored provider settings. The provider's discovery document is fetched once per
 * configuration and kept; a changed configuration is picked up at the next login.
 */
@Component
class RegionClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(RegionClientRegistrations.class);

    private final IdentityProviderSettings settings;
    private final Map<OidcSettings, ClientRegistration> cache = new ConcurrentHashMap<>();

    RegionClientRegistrations(IdentityProviderSettings settings) {
        this.settings = settings;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return settings.forRegionCode(registrationId).map(this::registration).orElse(null);
    }

    private @Nullable ClientRegistration registration(OidcSettings oidc) {
        try {
            return cache.computeIfAbsent(oidc, RegionClientRegistrations::discover);
        } catch (RuntimeException e) {
            log.warn("OIDC provider of region {} not reachable: {}", oidc.regionCode(), e.toString());
            return null;
        }
    }

    private static ClientRegistration discover(OidcSettings oidc) {
        return ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                .registrationId(oidc.regionCode())
                .clientName(oidc.regionName())
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
    }
}
