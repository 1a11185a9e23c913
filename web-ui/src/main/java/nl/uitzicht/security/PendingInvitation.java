package nl.uitzicht.security;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * An invitation that someone chose to accept through the region's identity provider, kept in
 * their HTTP session until the login that follows: that login, if it comes back through the same
 * region's provider within a few minutes with the invitation's e-mail address verified, accepts
 * the invitation and links the provider's subject to the account. Used once, then removed.
 */
record PendingInvitation(String token, String regionCode, Instant expiresAt) implements Serializable {

    /** The HTTP session attribute it is kept under. */
    static final String SESSION_KEY = PendingInvitation.class.getName();

    static final Duration VALID_FOR = Duration.ofMinutes(10);

    static PendingInvitation startingNow(String token, String regionCode, Clock clock) {
        return new PendingInvitation(token, regionCode, Instant.now(clock).plus(VALID_FOR));
    }

    boolean usableFor(String regionCode, Instant now) {
        return this.regionCode.equalsIgnoreCase(regionCode) && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "PendingInvitation[" + regionCode + ", until " + expiresAt + "]";
    }
}
