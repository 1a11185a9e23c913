package nl.uitzicht.security;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import nl.uitzicht.identity.AccountDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The current access version of each account with a live session on this node, read from the
 * database at most once per {@code uitzicht.security.access-check-interval} (2 s) per account. A
 * role change, revocation or deactivation on any node raises the version in the database, so every
 * node notices it within that interval and re-checks the session (see {@link SessionIdentityFilter}).
 */
@Component
class AccessVersions {

    private final RecentAnswers<UUID, Long> versions;

    AccessVersions(
            AccountDirectory accounts,
            @Value("${uitzicht.security.access-check-interval:PT2S}") Duration fresh,
            Clock clock,
            DatabaseAway away) {
        this.versions = new RecentAnswers<>("Access version", fresh, clock, away, accounts::accessVersion);
    }

    /** Whether the session's view of the account is still current. */
    boolean isCurrent(SignedInUser user) {
        return versions.get(user.accountId()) == user.accessVersion();
    }
}
