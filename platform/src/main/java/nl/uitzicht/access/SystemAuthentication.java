package nl.uitzicht.access;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The application acting on its own: the only authentication with {@link Allow#SYSTEM_AUTHORITY}. */
final class SystemAuthentication extends AbstractAuthenticationToken {

    static final SystemAuthentication INSTANCE = new SystemAuthentication();

    private SystemAuthentication() {
        super(List.of(new SimpleGrantedAuthority(Allow.SYSTEM_AUTHORITY)));
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return "system";
    }
}
