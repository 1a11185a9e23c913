package nl.uitzicht.invitation;

import org.jspecify.annotations.Nullable;

/**
 * What the invitation page shows for a token: whether it can be used, and if so for whom, which
 * region, and whether that region has its own identity provider to log in with instead.
 */
public record InvitationLanding(InvitationStatus status, @Nullable String email, @Nullable String displayName,
                                @Nullable String regionName, @Nullable String regionCode, boolean regionHasIdentityProvider) {

    static InvitationLanding unusable(InvitationStatus status) {
        return new InvitationLanding(status, null, null, null, null, false);
    }

    public boolean usable() {
        return status == InvitationStatus.OPEN;
    }
}
