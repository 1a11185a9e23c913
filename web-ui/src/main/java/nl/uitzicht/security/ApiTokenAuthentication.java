package nl.uitzicht.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.uitzicht.identity.IdentityProviderSettings;
import nl.uitzicht.identity.OidcSettings;
import nl.uitzicht.identity.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestOperations;

/**
 * Bearer tokens for {@code /api/v1}: trusted only from an issuer that some region configured as
 * its identity provider. The token's region is the one region of that issuer (issuers are unique
 * per region); a {@code swv} claim, if present, must name that region; the
 * token's audience must include that region's client id. Roles come from the {@code roles} claim.
 * The issuer's discovery document and keys are fetched through {@link OutboundRequests} (public
 * addresses only, no redirects, limits).
 */
@Component
class ApiTokenAuthentication implements AuthenticationManagerResolver<HttpServletRequest> {

    static final String REGION_CLAIM = "swv";
    static final String ROLES_CLAIM = "roles";

    private static final Logger log = LoggerFactory.getLogger(ApiTokenAuthentication.class);

    private final IdentityProviderSettings settings;
    private final RestOperations discovery;
    private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();
    private final JwtIssuerAuthenticationManagerResolver delegate;

    ApiTokenAuthentication(IdentityProviderSettings settings, OutboundRequests outbound) {
        this.settings = settings;
        this.discovery = outbound.restTemplate();
        this.delegate = new JwtIssuerAuthenticationManagerResolver(this::managerFor);
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        return delegate.resolve(request);
    }

    private @Nullable AuthenticationManager managerFor(String issuer) {
        if (settings.byIssuer(issuer).isEmpty()) {
            return null;
        }
        try {
            return managers.computeIfAbsent(issuer, i -> {
                JwtAuthenticationProvider provider =
                        new JwtAuthenticationProvider(NimbusJwtDecoder.withIssuerLocation(i)
                                .restOperations(discovery)
                                .build());
                provider.setJwtAuthenticationConverter(this::convert);
                return provider::authenticate;
            });
        } catch (RuntimeException unreachable) {
            log.warn("Identity provider {} not reachable: {}", issuer, unreachable.toString());
            return null;
        }
    }

    private ApiAuthentication convert(Jwt jwt) {
        OidcSettings region =
                regionOf(jwt).orElseThrow(() -> new InvalidBearerTokenException("Token is not valid for any region"));
        List<String> audience = jwt.getAudience() == null ? List.of() : jwt.getAudience();
        if (!audience.contains(region.clientId())) {
            throw new InvalidBearerTokenException("Token audience does not match the region's client");
        }
        return new ApiAuthentication(
                jwt, new ApiClient(jwt.getSubject(), region.regionId(), region.regionCode()), authorities(jwt));
    }

    private Optional<OidcSettings> regionOf(Jwt jwt) {
        List<OidcSettings> regions = settings.byIssuer(String.valueOf(jwt.getIssuer()));
        String named = jwt.getClaimAsString(REGION_CLAIM);
        if (named != null) {
            return regions.stream()
                    .filter(r -> r.regionCode().equalsIgnoreCase(named))
                    .findFirst();
        }
        return regions.size() == 1 ? Optional.of(regions.getFirst()) : Optional.empty();
    }

    private static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        if (roles != null) {
            for (String role : roles) {
                for (Role known : Role.values()) {
                    if (known != Role.OPERATOR
                            && known != Role.PARENT
                            && known.name().equalsIgnoreCase(role)) {
                        authorities.add(new SimpleGrantedAuthority(known.authority()));
                    }
                }
            }
        }
        return authorities;
    }
}
