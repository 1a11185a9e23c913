package nl.uitzicht.security;

import nl.uitzicht.identity.LocalAccountAuthenticationProvider;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Signs a demo person in on the current thread, as a login would, for browserless UI tests. */
@Component
public class TestSignIn {

    private final SignInResolver resolver;
    private final SecurityContexts contexts;

    TestSignIn(SignInResolver resolver, SecurityContexts contexts) {
        this.resolver = resolver;
        this.contexts = contexts;
    }

    public SignedInUser as(String email) {
        // as after a login: the login's token is on the thread while it is resolved to the account
        UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.authenticated(
                email,
                null,
                java.util.List.of(new SimpleGrantedAuthority(LocalAccountAuthenticationProvider.SIGNED_IN)));
        contexts.strategy().getContext().setAuthentication(login);
        SecurityContextHolder.getContext().setAuthentication(login);
        SignedInUser user =
                resolver.resolve(login).orElseThrow(() -> new IllegalArgumentException("No account " + email));
        contexts.strategy().getContext().setAuthentication(new UitzichtAuthentication(user));
        SecurityContextHolder.getContext().setAuthentication(new UitzichtAuthentication(user));
        if (user.region() != null) {
            TenantContext.bind(user.region().regionId());
        } else {
            TenantContext.clear();
        }
        return user;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }
}
