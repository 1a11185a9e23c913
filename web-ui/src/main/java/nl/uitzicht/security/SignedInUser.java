package nl.uitzicht.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.SignedInPerson;
import nl.uitzicht.identity.LocalAccountAuthenticationProvider;
import nl.uitzicht.identity.RegionMembership;
import nl.uitzicht.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The person behind a session: their account and, once chosen, the region they work in with
 * their roles there. Kept in the HTTP session, so serializable.
 */
public record SignedInUser(UUID accountId, String email, String displayName, boolean operator,
                           @Nullable RegionMembership region, int regionCount)
        implements SignedInPerson, Serializable {

    public boolean hasRegion() {
        return region != null;
    }

    public boolean canSwitchRegion() {
        return regionCount > 1;
    }

    public Set<Role> roles() {
        return region == null ? Set.of() : region.roles();
    }

    public boolean has(Role role) {
        return role == Role.OPERATOR ? operator : roles().contains(role);
    }

    @Override
    public Set<UUID> schoolIds() {
        return region == null ? Set.of() : region.schoolIds();
    }

    public SignedInUser inRegion(RegionMembership membership) {
        return new SignedInUser(accountId, email, displayName, operator, membership, regionCount);
    }

    List<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(LocalAccountAuthenticationProvider.SIGNED_IN));
        if (operator) {
            authorities.add(new SimpleGrantedAuthority(Role.OPERATOR.authority()));
        }
        roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }
}
