package nl.uitzicht.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The signed-in person of the current request, for views and services. */
@Component
public class CurrentUser {

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
