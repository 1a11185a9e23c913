package nl.uitzicht.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Decodes and checks the ID token of a login through a region's provider (signature with the
 * provider's published keys, issuer, audience, expiry), as Spring's own factory does, but fetches
 * the keys through {@link OutboundRequests}: public addresses only, no redirects, limits.
 */
@Component
class ProviderKeys implements JwtDecoderFactory<ClientRegistration> {

    private record Key(String registrationId, String issuer, String clientId, String jwkSetUri) {}

    private final OutboundRequests requests;
    private final Map<Key, JwtDecoder> decoders = new ConcurrentHashMap<>();

    ProviderKeys(OutboundRequests requests) {
        this.requests = requests;
    }

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
        Key key = new Key(
                registration.getRegistrationId(),
                String.valueOf(provider.getIssuerUri()),
                registration.getClientId(),
                provider.getJwkSetUri());
        return decoders.computeIfAbsent(key, k -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(k.jwkSetUri())
                    .restOperations(requests.restTemplate())
                    .build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    new JwtTimestampValidator(), new OidcIdTokenValidator(registration)));
            decoder.setClaimSetConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverter());
            return decoder;
        });
    }
}
