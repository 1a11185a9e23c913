package nl.uitzicht.request;

import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.CallerClaim;
import nl.uitzicht.audit.Actor;
import org.jspecify.annotations.Nullable;

/**
 * A case manager or expert of the region calling a request service: built by the web layer from the signed-in
 * person, held against that person before the method runs (a {@link CallerClaim}); the service checks the role in
 * the database again (a revoked member is refused) and, for an expert, the assignment of the request.
 */
public record RegionCaller(Actor actor) implements CallerClaim {

    public UUID accountId() {
        UUID id = actor.id();
        if (id == null) {
            throw new IllegalStateException("A region caller is a person");
        }
        return id;
    }

    public String name() {
        return actor.name();
    }

    @Override
    public @Nullable UUID claimedAccountId() {
        return actor.id();
    }

    @Override
    public Set<UUID> claimedSchoolIds() {
        return Set.of();
    }
}
