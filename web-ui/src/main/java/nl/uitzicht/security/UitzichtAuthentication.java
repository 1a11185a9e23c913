package nl.uitzicht.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** The session's authentication once the login (local or OIDC) has been resolved to an account. */
final class UitzichtAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;

    UitzichtAuthentication(SignedInUser user) {
        super(user.authorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.email();
    }
}
