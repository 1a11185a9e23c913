package nl.uitzicht.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import nl.uitzicht.cluster.ScheduledOnce;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of passwords and second-factor codes without letting a stranger lock anyone
 * out. Failures are counted per pair of login (the typed e-mail address, whether or not an account
 * has it) and client address: after {@code free-failures} the pair waits {@code first-wait}, then
 * twice as long after each further failure, at most {@code max-wait}, before its next attempt is
 * even checked. A second, more generous count per login over all client addresses slows a guesser
 * who spreads over many addresses (at most {@code account-max-wait} per attempt); it does not apply
 * to an address from which this login succeeded before, so the owner still gets in from there.
 * Nothing ever locks hard, and a wrong attempt from one address never delays another address more
 * than the per-login ceiling. Failures are forgotten {@code forget-after} after the last one.
 * <p>
 * The state lives in PostgreSQL (table {@code login_attempt}) and every time comes from the
 * database clock, so all app nodes share it. Logins are stored only as SHA-256 hashes.
 */
@Component
class LoginThrottle {

    /** The client of a login's total over all addresses. */
    static final String ALL_CLIENTS = "*";

    private static final String WAIT = """
            SELECT coalesce(ceil(extract(epoch FROM max(a.blocked_until) - now())), 0)::bigint
              FROM login_attempt a
             WHERE a.login_key = ? AND a.blocked_until > now()
               AND (a.client = ?
                    OR (a.client = '*' AND NOT EXISTS (
                          SELECT 1 FROM login_attempt known
                           WHERE known.login_key = a.login_key AND known.client = ?
                             AND known.last_success > now() - make_interval(secs => ?))))""";

    private static final String COUNT_FAILURE = """
            INSERT INTO login_attempt AS a (login_key, client, failures, last_failure) VALUES (?, ?, 1, now())
            ON CONFLICT (login_key, client) DO UPDATE
               SET failures = CASE WHEN a.last_failure IS NULL OR a.last_failure < now() - make_interval(secs => ?)
                                   THEN 1 ELSE a.failures + 1 END,
                   last_failure = now()
            RETURNING failures""";

    private static final String BLOCK = """
            UPDATE login_attempt SET blocked_until = now() + make_interval(secs => ?)
             WHERE login_key = ? AND client = ?""";

    private static final String SUCCESS = """
            INSERT INTO login_attempt AS a (login_key, client, failures, last_success) VALUES (?, ?, 0, now())
            ON CONFLICT (login_key, client) DO UPDATE
               SET failures = 0, last_failure = NULL, blocked_until = NULL, last_success = now()""";

    private final JdbcTemplate jdbc;
    private final Backoff perClient;
    private final Backoff perLogin;
    private final Duration forgetAfter;
    private final Duration knownClientFor;

    LoginThrottle(
            JdbcTemplate jdbc,
            @Value("${uitzicht.login.free-failures:5}") int freeFailures,
            @Value("${uitzicht.login.first-wait:PT1S}") Duration firstWait,
            @Value("${uitzicht.login.max-wait:PT15M}") Duration maxWait,
            @Value("${uitzicht.login.account-free-failures:50}") int accountFreeFailures,
            @Value("${uitzicht.login.account-max-wait:PT1M}") Duration accountMaxWait,
            @Value("${uitzicht.login.forget-after:PT24H}") Duration forgetAfter,
            @Value("${uitzicht.login.known-client-for:P90D}") Duration knownClientFor) {
        this.jdbc = jdbc;
        this.perClient = new Backoff(freeFailures, firstWait, maxWait);
        this.perLogin = new Backoff(accountFreeFailures, firstWait, accountMaxWait);
        this.forgetAfter = forgetAfter;
        this.knownClientFor = knownClientFor;
    }

    /** How long this client must wait before an attempt at this login is checked; zero when it may try now. */
    Duration waitFor(String login, String client) {
        Long seconds = jdbc.queryForObject(WAIT, Long.class, key(login), client, client, knownClientFor.toSeconds());
        return Duration.ofSeconds(seconds == null ? 0 : Math.max(0, seconds));
    }

    /** Counts a failed attempt from this client, and in the login's total; both may start to wait. */
    void recordFailure(String login, String client) {
        String key = key(login);
        count(key, client, perClient);
        count(key, ALL_CLIENTS, perLogin);
    }

    private void count(String key, String client, Backoff backoff) {
        Integer failures = jdbc.queryForObject(COUNT_FAILURE, Integer.class, key, client, forgetAfter.toSeconds());
        Duration wait = backoff.after(failures == null ? 1 : failures);
        if (!wait.isZero()) {
            jdbc.update(BLOCK, wait.toMillis() / 1000.0, key, client);
        }
    }

    /** Forgets this client's failures at this login, and remembers the client as one the owner uses. */
    void recordSuccess(String login, String client) {
        jdbc.update(SUCCESS, key(login), client);
    }

    /** Once a night: drops what is no longer needed (no failure to remember, no recent success). */
    @Scheduled(cron = "0 40 3 * * *", zone = "Europe/Amsterdam")
    @ScheduledOnce(name = "login-attempt-cleanup", lockAtMostFor = "10m", lockAtLeastFor = "1m")
    void forgetOldAttempts() {
        jdbc.update("""
                DELETE FROM login_attempt
                 WHERE (last_failure IS NULL OR last_failure < now() - make_interval(secs => ?))
                   AND (blocked_until IS NULL OR blocked_until < now())
                   AND (last_success IS NULL OR last_success < now() - make_interval(secs => ?))""", forgetAfter.toSeconds(), knownClientFor.toSeconds());
    }

    static String key(String login) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(login.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No wait for the first {@code free} failures, then {@code first}, doubling, at most {@code max}. */
    record Backoff(int free, Duration first, Duration max) {

        Duration after(int failures) {
            if (failures < free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free, 40);
            long millis = first.toMillis() << Math.min(doublings, 20);
            Duration wait = Duration.ofMillis(doublings > 20 ? Long.MAX_VALUE / 4 : millis);
            return wait.compareTo(max) > 0 ? max : wait;
        }
    }
}
