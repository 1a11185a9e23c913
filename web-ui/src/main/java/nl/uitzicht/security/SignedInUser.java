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
 * their roles there. Kept in the HTTP session, so serializable. {@code accessVersion} is the
 * account's access version when this was resolved (a newer one means the session is re-checked);
 * {@code boundRegion} is set when the login came through a region's own identity provider, which
 * opens that region only.
 */
public record SignedInUser(
        UUID accountId,
        String email,
        String displayName,
        boolean operator,
        @Nullable RegionMembership region,
        int regionCount,
        long accessVersion,
        @Nullable UUID boundRegion)
        implements SignedInPerson, Serializable {

    public boolean hasRegion() {
        return region != null;
    }

    public boolean canSwitchRegion() {
        return boundRegion == null && regionCount > 1;
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
        return new SignedInUser(
                accountId, email, displayName, operator, membership, regionCount, accessVersion, boundRegion);
    }

    /** Whether this session may work in the region: an identity provider's login opens its own region only. */
    public boolean mayEnter(UUID regionId) {
        return boundRegion == null || boundRegion.equals(regionId);
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
