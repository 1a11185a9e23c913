package nl.uitzicht.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.uitzicht.identity.AccountDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(AccessVersions.class);

    private record Known(long version, Instant at) {}

    private final AccountDirectory accounts;
    private final Duration fresh;
    private final Clock clock;
    private final Map<UUID, Known> known = new ConcurrentHashMap<>();
    private final DatabaseAway away;

    AccessVersions(
            AccountDirectory accounts,
            @Value("${uitzicht.security.access-check-interval:PT2S}") Duration fresh,
            Clock clock,
            DatabaseAway away) {
        this.clock = clock;
        this.away = away;
        this.accounts = accounts;
        this.fresh = fresh;
    }

    /** Whether the session's view of the account is still current. */
    boolean isCurrent(SignedInUser user) {
        return current(user.accountId()) == user.accessVersion();
    }

    private long current(UUID accountId) {
        Instant now = clock.instant();
        Known k = known.get(accountId);
        if (k == null || k.at().plus(fresh).isBefore(now)) {
            if (k != null && away.recently()) {
                return k.version();
            }
            try {
                k = new Known(accounts.accessVersion(accountId), now);
            } catch (RuntimeException failure) {
                if (k == null || !away.met(failure)) {
                    throw failure;
                }
                // The database is away (any outage: the pool's timeout is no DataAccessException): keep the
                // last known version, so a blip does not break every open page (what needs the database fails
                // on its own, with its own message); the check resumes once the database is back.
                log.warn("Access version of {} not checked: database unreachable", accountId);
                return k.version();
            }
            known.put(accountId, k);
            if (known.size() > 100_000) {
                known.clear();
            }
        }
        return k.version();
    }
}
