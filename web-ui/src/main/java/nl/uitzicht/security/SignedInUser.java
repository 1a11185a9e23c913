package nl.uitzicht.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.identity.LocalAccountAuthenticationProvider;
import nl.uitzicht.identity.RegionMembership;
import nl.uitzicht.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The person behind a session: their account and, once chosen, the region they work in with
 * their roles there. Kept in the HTTP session, so serializable. A login through a region's own
 * identity provider is {@code regionBound}: that provider vouches for the person in its region
 * only, so the session never reaches another region (no region choice, no switch).
 */
public record SignedInUser(UUID accountId, String email, String displayName, boolean operator,
                           @Nullable RegionMembership region, int regionCount, boolean regionBound)
        implements Serializable {

    public SignedInUser(UUID accountId, String email, String displayName, boolean operator,
                        @Nullable RegionMembership region, int regionCount) {
        this(accountId, email, displayName, operator, region, regionCount, false);
    }

    /** Signed in through the region's own provider: this region only, never an operator. */
    static SignedInUser boundTo(RegionMembership membership, UUID accountId, String email, String displayName) {
        return new SignedInUser(accountId, email, displayName, false, membership, 1, true);
    }

    public boolean hasRegion() {
        return region != null;
    }

    public boolean canSwitchRegion() {
        return !regionBound && regionCount > 1;
    }

    public Set<Role> roles() {
        return region == null ? Set.of() : region.roles();
    }

    public boolean has(Role role) {
        return role == Role.OPERATOR ? operator : roles().contains(role);
    }

    public Set<UUID> schoolIds() {
        return region == null ? Set.of() : region.schoolIds();
    }

    public SignedInUser inRegion(RegionMembership membership) {
        if (regionBound && (region == null || !region.regionId().equals(membership.regionId()))) {
            throw new IllegalStateException("A login through a region's provider stays in that region");
        }
        return new SignedInUser(accountId, email, displayName, operator, membership, regionCount, regionBound);
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
