package nl.uitzicht.invitation;

import org.jspecify.annotations.Nullable;

/**
 * What the invitation page shows for a token: whether it can be used, and if so for whom, which
 * region, whether that region has its own identity provider to log in with instead, and whether the
 * address already has an account (which then accepts with its own password, never a new one).
 */
public record InvitationLanding(
        InvitationStatus status,
        @Nullable String email,
        @Nullable String displayName,
        @Nullable String regionName,
        @Nullable String regionCode,
        boolean regionHasIdentityProvider,
        boolean existingAccount) {

    static InvitationLanding unusable(InvitationStatus status) {
        return new InvitationLanding(status, null, null, null, null, false, false);
    }

    public boolean usable() {
        return status == InvitationStatus.OPEN;
    }
}
