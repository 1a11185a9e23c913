package nl.uitzicht.parent;

import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.CallerClaim;
import nl.uitzicht.audit.Actor;
import org.jspecify.annotations.Nullable;

/**
 * A parent at work: their account and name. Built by the web layer from the signed-in person and held
 * against them before a service runs (a {@link CallerClaim}); which pupils it reaches is not part of it
 * but read from the parent links at every call, so a revoked link closes at once.
 */
public record ParentScope(UUID accountId, String name) implements CallerClaim {

    public Actor actor() {
        return new Actor(accountId, name);
    }

    @Override
    public @Nullable UUID claimedAccountId() {
        return accountId;
    }

    @Override
    public Set<UUID> claimedSchoolIds() {
        return Set.of();
    }

    @Override
    public Set<String> claimedAuthorities() {
        return Set.of("ROLE_PARENT");
    }
}
