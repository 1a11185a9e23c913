package nl.uitzicht.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The signed-in person of the current request, for views and services. */
@Component
public class CurrentUser {

    /**
     * HTTP session attribute that says why a session was ended by the server ({@code revoked},
     * {@code suspended}, {@code unknown}); the login page shows the matching message.
     */
    public static final String SIGNED_OUT_BECAUSE = "uitzicht.signedOutBecause";

    private final SecurityContexts contexts;

    CurrentUser(SecurityContexts contexts) {
        this.contexts = contexts;
    }

    public Optional<SignedInUser> find() {
        Authentication auth = contexts.strategy().getContext().getAuthentication();
        if (auth instanceof UitzichtAuthentication uitzicht) {
            return Optional.of(uitzicht.getPrincipal());
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
