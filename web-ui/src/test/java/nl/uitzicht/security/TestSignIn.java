package nl.uitzicht.security;

import nl.uitzicht.tenancy.TenantContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Signs a demo person in on the current thread, as a login would, for browserless UI tests. */
@Component
public class TestSignIn {

    private final SignInResolver resolver;
    private final RegionSwitcher regions;

    TestSignIn(SignInResolver resolver, RegionSwitcher regions) {
        this.resolver = resolver;
        this.regions = regions;
    }

    public SignedInUser as(String email) {
        SignedInUser user = resolver.resolve(UsernamePasswordAuthenticationToken.authenticated(email, null, java.util.List.of()))
                .orElseThrow(() -> new IllegalArgumentException("No account " + email));
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
