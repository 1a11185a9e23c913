package nl.uitzicht.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** A validated bearer token of one region's identity provider. */
final class ApiAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private final ApiClient client;

    ApiAuthentication(Jwt jwt, ApiClient client, Collection<? extends GrantedAuthority> authorities) {
        super(jwt, client, jwt, authorities);
        this.client = client;
        setAuthenticated(true);
    }

    ApiClient client() {
        return client;
    }

    @Override
    public java.util.Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return client.subject();
    }
}
