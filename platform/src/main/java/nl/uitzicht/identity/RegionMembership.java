package nl.uitzicht.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/** Everything a person may do in one region: the roles, and for school staff their schools. */
public record RegionMembership(
        UUID regionId, String regionCode, String regionName, Set<Role> roles, Set<UUID> schoolIds)
        implements Serializable {

    public RegionMembership {
        roles = Set.copyOf(roles);
        schoolIds = Set.copyOf(schoolIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
