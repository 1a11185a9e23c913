package nl.uitzicht.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.access.Allow;
import nl.uitzicht.access.AuthenticatedOnly;
import nl.uitzicht.access.CallerId;
import nl.uitzicht.identity.SecondFactors.CodeCheck;
import nl.uitzicht.mail.Delivery;
import nl.uitzicht.mail.Mailbox;
import nl.uitzicht.mail.OutgoingMail;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent's second factor by e-mail (ADR 0088), the alternative to an authenticator app. After the
 * password a six-digit code is mailed to the account's address through the {@link Mailbox}: valid ten
 * minutes, good for one login, stored only as a salted hash; five wrong tries use it up (a new code is
 * needed). Codes are mailed at most once per 30 seconds and five times per hour. Every step is written to
 * {@code account_mail_code_event} (never the code). Offered only while a mail server is configured.
 */
@Service
public class MailCodes {

    static final Duration VALID_FOR = Duration.ofMinutes(10);
    static final int MAX_WRONG = 5;
    static final Duration RESEND_AFTER = Duration.ofSeconds(30);
    static final int MAX_PER_HOUR = 5;
    private static final Duration HOUR = Duration.ofHours(1);

    /** What asking for a code gave: mailed, or refused for now (with the seconds to wait), or not sent. */
    public enum Outcome {
        MAILED,
        TOO_SOON,
        TOO_MANY,
        NOT_SENT
    }

    public record Sending(Outcome outcome, long retryAfterSeconds) {}

    private final JdbcTemplate jdbc;
    private final Mailbox mailbox;
    private final UserAccounts accounts;
    private final Memberships memberships;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MailCodes(JdbcTemplate jdbc, Mailbox mailbox, UserAccounts accounts, Memberships memberships, Clock clock) {
        this.jdbc = jdbc;
        this.mailbox = mailbox;
        this.accounts = accounts;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** Whether codes by e-mail can be chosen: only while a mail server is configured. */
    @PreAuthorize(Allow.ANYONE) // the parent's activation page, before an account exists; reads nothing
    public boolean offered() {
        return mailbox.configured();
    }

    /** Whether this account signs in with codes by e-mail. */
    @Transactional(readOnly = true)
    @PreAuthorize(Allow.ANYONE) // asked at the login's second step, before the person is signed in
    public boolean isEnabled(UUID accountId) {
        return !jdbc.queryForList("SELECT 1 FROM account_mail_code WHERE account_id = ?", Integer.class, accountId)
                .isEmpty();
    }

    /**
     * Chooses codes by e-mail as this parent's second factor (at activation: the invitation link reached
     * the same address, which proves the mailbox). Refused without a mail server, for non-parents, and
     * while an app is linked.
     */
    @Transactional
    @AuthenticatedOnly
    public void enable(@CallerId UUID accountId, String client) {
        if (!offered()) {
            throw new IllegalStateException("No mail server configured: codes by e-mail are not offered");
        }
        if (memberships.findByUserId(accountId).stream().noneMatch(m -> m.getRole() == Role.PARENT)) {
            throw new AccessDeniedException("Codes by e-mail are for parents");
        }
        if (!jdbc.queryForList("SELECT 1 FROM account_second_factor WHERE account_id = ?", Integer.class, accountId)
                .isEmpty()) {
            throw new IllegalStateException("An authenticator app is linked already");
        }
        jdbc.update(
                "INSERT INTO account_mail_code (account_id, enabled_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                accountId,
                Timestamp.from(clock.instant()));
        record(accountId, "CHOSEN", client);
    }

    /**
     * Mails a new code (any open one stops working), unless one was mailed less than 30 seconds ago or
     * five in the last hour. For the login's second step: the person is parked after their password.
     */
    @Transactional
    @PreAuthorize(Allow.ANYONE) // the login's second step: the person is parked, not signed in; rate-limited
    public Sending send(UUID accountId, String client) {
        List<Limits> found = jdbc.query(
                "SELECT last_sent_at, window_started_at, sends_in_window FROM account_mail_code "
                        + "WHERE account_id = ? FOR UPDATE",
                (rs, row) -> new Limits(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)), rs.getInt(3)),
                accountId);
        if (found.isEmpty()) {
            return new Sending(Outcome.NOT_SENT, 0);
        }
        Limits limits = found.getFirst();
        Instant now = clock.instant();
        if (limits.lastSent() != null && now.isBefore(limits.lastSent().plus(RESEND_AFTER))) {
            record(accountId, "RESEND_TOO_SOON", client);
            return new Sending(Outcome.TOO_SOON, seconds(now, limits.lastSent().plus(RESEND_AFTER)));
        }
        boolean newWindow = limits.windowStart() == null
                || !now.isBefore(limits.windowStart().plus(HOUR));
        Instant windowStart = newWindow ? now : limits.windowStart();
        int sends = newWindow ? 0 : limits.sends();
        if (sends >= MAX_PER_HOUR) {
            record(accountId, "RESEND_TOO_MANY", client);
            return new Sending(Outcome.TOO_MANY, seconds(now, windowStart.plus(HOUR)));
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        jdbc.update(
                """
                UPDATE account_mail_code SET code_hash = ?, code_expires_at = ?, wrong_attempts = 0,
                  last_sent_at = ?, window_started_at = ?, sends_in_window = ? WHERE account_id = ?""",
                hash(accountId, newSalt(), code),
                Timestamp.from(now.plus(VALID_FOR)),
                Timestamp.from(now),
                Timestamp.from(windowStart),
                sends + 1,
                accountId);
        String email = accounts.findById(accountId).orElseThrow().getEmail();
        Delivery delivery =
                mailbox.send(new OutgoingMail(email, "Uw inlogcode voor Uitzicht", """
                Uw inlogcode voor Uitzicht is:

                %s

                De code is 10 minuten geldig en werkt een keer.
                Heeft u niet zelf geprobeerd in te loggen? Dan hoeft u niets te doen. Geef deze code aan niemand.

                --
                Your login code for Uitzicht (valid for 10 minutes, works once). Do not share it.
                """.formatted(code), "Login code"));
        record(accountId, delivery == Delivery.MAILED ? "CODE_SENT" : "CODE_NOT_SENT", client);
        return delivery == Delivery.MAILED ? new Sending(Outcome.MAILED, 0) : new Sending(Outcome.NOT_SENT, 0);
    }

    /**
     * Checks a code against the open one of this account, atomically (two nodes cannot both accept it).
     * Accepted once; wrong five times, or expired, and a new code is needed.
     */
    @Transactional
    CodeCheck check(UUID accountId, String code, String client) {
        List<Open> found = jdbc.query(
                "SELECT code_hash, code_expires_at, wrong_attempts FROM account_mail_code "
                        + "WHERE account_id = ? FOR UPDATE",
                (rs, row) -> new Open(rs.getString(1), instant(rs.getTimestamp(2)), rs.getInt(3)),
                accountId);
        if (found.isEmpty()) {
            return CodeCheck.WRONG;
        }
        Open open = found.getFirst();
        if (open.hash() == null || open.expiresAt() == null || open.wrong() >= MAX_WRONG) {
            record(accountId, "NO_OPEN_CODE", client);
            return CodeCheck.NEW_CODE_NEEDED;
        }
        if (!clock.instant().isBefore(open.expiresAt())) {
            clear(accountId);
            record(accountId, "CODE_EXPIRED", client);
            return CodeCheck.NEW_CODE_NEEDED;
        }
        String typed = code == null ? "" : code.replace(" ", "");
        String salt = open.hash().substring(0, open.hash().indexOf('$'));
        if (typed.matches("[0-9]{6}")
                && MessageDigest.isEqual(
                        hash(accountId, salt, typed).getBytes(StandardCharsets.US_ASCII),
                        open.hash().getBytes(StandardCharsets.US_ASCII))) {
            clear(accountId);
            record(accountId, "CODE_ACCEPTED", client);
            return CodeCheck.ACCEPTED;
        }
        int wrong = open.wrong() + 1;
        record(accountId, "CODE_WRONG", client);
        if (wrong >= MAX_WRONG) {
            clear(accountId);
            jdbc.update("UPDATE account_mail_code SET wrong_attempts = ? WHERE account_id = ?", wrong, accountId);
            record(accountId, "CODE_LOCKED", client);
            return CodeCheck.NEW_CODE_NEEDED;
        }
        jdbc.update("UPDATE account_mail_code SET wrong_attempts = ? WHERE account_id = ?", wrong, accountId);
        return CodeCheck.WRONG;
    }

    /** The account's code events, oldest first (for tests and support): names only, never a code. */
    @Transactional(readOnly = true)
    List<String> eventsOf(UUID accountId) {
        return jdbc.queryForList(
                "SELECT event FROM account_mail_code_event WHERE account_id = ? ORDER BY occurred_at, event",
                String.class,
                accountId);
    }

    private void clear(UUID accountId) {
        jdbc.update(
                "UPDATE account_mail_code SET code_hash = NULL, code_expires_at = NULL WHERE account_id = ?",
                accountId);
    }

    private void record(UUID accountId, String event, String client) {
        String from =
                client == null || client.isBlank() ? "unknown" : client.substring(0, Math.min(100, client.length()));
        jdbc.update(
                "INSERT INTO account_mail_code_event (account_id, occurred_at, event, client) VALUES (?, ?, ?, ?)",
                accountId,
                Timestamp.from(clock.instant()),
                event,
                from);
    }

    private String newSalt() {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    private static String hash(UUID accountId, String salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((salt + ":" + accountId + ":" + code).getBytes(StandardCharsets.UTF_8));
            return salt + "$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long seconds(Instant now, Instant until) {
        return Math.max(1, Duration.between(now, until).toSeconds());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Limits(
            @Nullable Instant lastSent, @Nullable Instant windowStart, int sends) {}

    private record Open(@Nullable String hash, @Nullable Instant expiresAt, int wrong) {}
}
