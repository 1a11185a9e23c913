package nl.uitzicht.analysis;

import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.CallerClaim;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.Role;

/**
 * Who works on an analysis: the person, their roles in the bound region and (for school staff)
 * their schools. Built by the web layer from the signed-in person; the services check it, and it
 * is held against the signed-in person (account, roles, schools) before a service method runs.
 */
public record Analyst(Actor actor, Set<Role> roles, Set<UUID> schoolIds) implements CallerClaim {

    public Analyst {
        roles = Set.copyOf(roles);
        schoolIds = Set.copyOf(schoolIds);
        if (actor.id() == null) {
            throw new IllegalArgumentException("an analyst is a person");
        }
    }

    public UUID accountId() {
        return java.util.Objects.requireNonNull(actor.id());
    }

    @Override
    public UUID claimedAccountId() {
        return accountId();
    }

    @Override
    public Set<UUID> claimedSchoolIds() {
        return schoolIds;
    }

    @Override
    public Set<String> claimedAuthorities() {
        return roles.stream().map(Role::authority).collect(java.util.stream.Collectors.toSet());
    }

    /** Trainers and region admins start rounds and edit checklists. */
    public boolean organiser() {
        return roles.contains(Role.TRAINER) || roles.contains(Role.REGION_ADMIN);
    }

    public boolean staffOf(UUID schoolId) {
        return roles.contains(Role.SCHOOL_STAFF) && schoolIds.contains(schoolId);
    }
}
