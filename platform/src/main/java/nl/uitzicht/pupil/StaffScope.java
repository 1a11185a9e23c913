package nl.uitzicht.pupil;

import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.CallerClaim;
import nl.uitzicht.audit.Actor;
import org.jspecify.annotations.Nullable;

/**
 * Who is working and on which schools: a school staff member reaches only the pupils and OPPs of
 * the schools they are assigned to. Built by the web layer from the signed-in person; services
 * check every pupil and OPP against it, whatever a view shows or a URL asks for, and the scope
 * itself is held against the signed-in person before a service method runs (a {@link CallerClaim}).
 */
public record StaffScope(Actor actor, Set<UUID> schoolIds) implements CallerClaim {

    public StaffScope {
        schoolIds = Set.copyOf(schoolIds);
    }

    public boolean covers(UUID schoolId) {
        return schoolIds.contains(schoolId);
    }

    /** Throws when the school is not one of this person's schools. */
    public void check(UUID schoolId) {
        if (!covers(schoolId)) {
            throw new OutOfScopeException();
        }
    }

    @Override
    public @Nullable UUID claimedAccountId() {
        return actor.id();
    }

    @Override
    public Set<UUID> claimedSchoolIds() {
        return schoolIds;
    }

    /** The name written into records (conversations, observations): the actor's display name. */
    public String name() {
        return actor.name();
    }
}
