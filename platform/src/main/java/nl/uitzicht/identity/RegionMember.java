package nl.uitzicht.identity;

import java.util.Set;
import java.util.UUID;

/** A person who holds roles in a region, as the region's administrators see them. */
public record RegionMember(
        UUID accountId, String email, String displayName, boolean enabled, Set<Role> roles, Set<UUID> schoolIds) {

    public RegionMember {
        roles = Set.copyOf(roles);
        schoolIds = Set.copyOf(schoolIds);
    }
}
