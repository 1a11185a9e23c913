package nl.uitzicht.access;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A value the web layer builds from the signed-in person and hands to a service to say who works
 * and what they may reach (a school scope, an analyst). The services do not trust it:
 * {@link CallerClaimCheck} holds it against the person really calling before the method runs.
 */
public interface CallerClaim {

    /** The account the value speaks for ({@code null} only for the system's own work). */
    @Nullable
    UUID claimedAccountId();

    /** The schools it reaches; must be among the caller's schools in the bound region. */
    Set<UUID> claimedSchoolIds();

    /** The authorities it relies on (e.g. {@code ROLE_TRAINER}); the caller must hold each. */
    default Set<String> claimedAuthorities() {
        return Set.of();
    }
}
