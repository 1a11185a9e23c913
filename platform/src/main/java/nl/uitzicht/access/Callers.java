package nl.uitzicht.access;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who calls a service on this thread, read from the same security context the method-security
 * rules read: a signed-in person, the system, or someone else (an API client, nobody).
 */
@Component
public class Callers {

    private final SecurityContextHolderStrategy strategy;

    Callers(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** True while {@link SystemWork} runs on this thread. */
    public boolean isSystem() {
        Authentication auth = current();
        return auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> Allow.SYSTEM_AUTHORITY.equals(a.getAuthority()));
    }

    /** Whether the caller holds this authority (e.g. {@code ROLE_TRAINER}). */
    public boolean holds(String authority) {
        Authentication auth = current();
        return auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    /** The signed-in person, if a person (not an API client, not the system) calls. */
    public Optional<SignedInPerson> person() {
        Authentication auth = current();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInPerson person) {
            return Optional.of(person);
        }
        return Optional.empty();
    }

    /**
     * Refuses the call unless {@code accountId} is the signed-in person's own account (or the system calls): for a
     * service that writes who acted into its audit record, so a view cannot act in another person's name.
     */
    public void requireSelf(@Nullable UUID accountId) {
        if (isSystem()) {
            return;
        }
        if (accountId == null
                || person().map(p -> !p.accountId().equals(accountId)).orElse(true)) {
            throw new AccessDeniedException("Not the signed-in person");
        }
    }

    private @Nullable Authentication current() {
        return strategy.getContext().getAuthentication();
    }
}
