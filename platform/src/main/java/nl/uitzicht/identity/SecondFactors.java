package nl.uitzicht.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import nl.uitzicht.access.Allow;
import nl.uitzicht.access.AuthenticatedOnly;
import nl.uitzicht.access.CallerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor (TOTP, RFC 6238) for region administrators and the platform operator.
 * A person enrols by adding a fresh secret to an authenticator app and confirming with its first
 * code; switching it off takes a code too. Once on, the login asks for a code after the password.
 * Codes are accepted one 30-second step early or late, each step only once (a code seen over
 * someone's shoulder cannot be used again), and wrong codes are throttled like wrong passwords.
 * The secret is stored sealed with the application's secret key ({@link SecretCipher}).
 * <p>
 * Callers pass the account of the signed-in person; nobody can enrol or switch off another's.
 */
@Service
public class SecondFactors {

    static final String ISSUER = "Uitzicht";
    private static final int SECRET_BYTES = 20;
    private static final int WINDOW = 1;

    /** A new secret to add to the app: as text and as an {@code otpauth://} link. */
    public record Enrolment(String secret, String otpauthUri) {}

    /**
     * The outcome of a code: accepted, or not, or not checked because of too many wrong ones; for codes by
     * e-mail ({@link MailCodes}) {@code newCodeNeeded} says the open code is used up or expired.
     */
    public record CodeCheck(boolean accepted, long retryAfterSeconds, boolean newCodeNeeded) {

        static final CodeCheck ACCEPTED = new CodeCheck(true, 0);
        static final CodeCheck WRONG = new CodeCheck(false, 0);
        static final CodeCheck NEW_CODE_NEEDED = new CodeCheck(false, 0, true);

        public CodeCheck(boolean accepted, long retryAfterSeconds) {
            this(accepted, retryAfterSeconds, false);
        }

        public boolean throttled() {
            return retryAfterSeconds > 0;
        }
    }

    private final JdbcTemplate jdbc;
    private final SecretCipher cipher;
    private final UserAccounts accounts;
    private final Memberships memberships;
    private final LoginThrottle throttle;
    private final MailCodes mailCodes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(
            JdbcTemplate jdbc,
            SecretCipher cipher,
            UserAccounts accounts,
            Memberships memberships,
            LoginThrottle throttle,
            MailCodes mailCodes,
            Clock clock) {
        this.mailCodes = mailCodes;
        this.clock = clock;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.accounts = accounts;
        this.memberships = memberships;
        this.throttle = throttle;
    }

    /** Region administrators (in any region), parents (for whom it is required) and the operator may use one. */
    @Transactional(readOnly = true)
    @PreAuthorize(Allow.ANYONE) // asked at the login's second step, before the person is signed in
    public boolean mayUse(UUID accountId) {
        return accounts.findById(accountId)
                .map(account -> account.isPlatformOperator()
                        || memberships.findByUserId(accountId).stream()
                                .anyMatch(m -> m.getRole() == Role.REGION_ADMIN || m.getRole() == Role.PARENT))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Allow.ANYONE) // asked at the login's second step, before the person is signed in
    public boolean isEnabled(UUID accountId) {
        return hasApp(accountId) || mailCodes.isEnabled(accountId);
    }

    private boolean hasApp(UUID accountId) {
        return !jdbc.queryForList("SELECT 1 FROM account_second_factor WHERE account_id = ?", Integer.class, accountId)
                .isEmpty();
    }

    /** A fresh secret for this person; nothing is stored until {@link #enable} confirms it. */
    @Transactional(readOnly = true)
    @AuthenticatedOnly
    public Enrolment newEnrolment(@CallerId UUID accountId) {
        requireMayUse(accountId);
        return enrolment(accounts.findById(accountId).orElseThrow().getEmail());
    }

    /**
     * A fresh secret for someone who activates an invitation before they have an account (a parent, ADR
     * 0079): random, stored nowhere; the activation stores it only with the app's first right code.
     */
    @PreAuthorize(Allow.ANYONE) // the parent's activation page, before an account exists; nothing is read or stored
    public Enrolment newEnrolmentFor(String email) {
        return enrolment(email.trim().toLowerCase(java.util.Locale.ROOT));
    }

    private Enrolment enrolment(String email) {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        String secret = Base32.encode(key);
        String label =
                URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(
                secret,
                "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
                        + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    /**
     * Switches the second factor on with this secret, if the code is the app's current one. Refused
     * while one is on: replacing it takes switching it off first, with a code of the old one.
     */
    @Transactional
    @AuthenticatedOnly
    public CodeCheck enable(@CallerId UUID accountId, String secret, String code, String client) {
        requireMayUse(accountId);
        if (isEnabled(accountId)) {
            throw new IllegalStateException("A second factor is on already; switch it off first");
        }
        byte[] key = Base32.decode(secret);
        return throttled(accountId, client, () -> {
            OptionalLong step = Totp.matchingStep(key, code, now(), WINDOW, Long.MIN_VALUE);
            if (step.isEmpty()) {
                return false;
            }
            jdbc.update("""
                    INSERT INTO account_second_factor (account_id, secret, last_used_step, enabled_at)
                    VALUES (?, ?, ?, now())""", accountId, cipher.encrypt(secret), step.getAsLong());
            return true;
        });
    }

    /** Switches the second factor off, if the code is right. */
    @Transactional
    @AuthenticatedOnly
    public CodeCheck disable(@CallerId UUID accountId, String code, String client) {
        if (isRequired(accountId)) {
            throw new AccessDeniedException("A parent's second factor is required; it cannot be switched off");
        }
        return throttled(accountId, client, () -> {
            if (!useCode(accountId, code)) {
                return false;
            }
            jdbc.update("DELETE FROM account_second_factor WHERE account_id = ?", accountId);
            return true;
        });
    }

    /**
     * The login's second step: whether this is a right, unused code of the person's app, or, for a parent
     * who chose codes by e-mail, the code last mailed ({@link MailCodes}, with its own limits).
     */
    @Transactional
    @PreAuthorize(Allow.ANYONE) // the login\'s second step: the person is parked, not signed in; throttled
    public CodeCheck verify(UUID accountId, String code, String client) {
        if (!hasApp(accountId) && mailCodes.isEnabled(accountId)) {
            return mailCodes.check(accountId, code, client);
        }
        return throttled(accountId, client, () -> useCode(accountId, code));
    }

    private CodeCheck throttled(UUID accountId, String client, BooleanSupplier check) {
        String login = "second-factor:" + accountId;
        Duration wait = throttle.waitFor(login, client);
        if (!wait.isZero()) {
            return new CodeCheck(false, Math.max(1, wait.toSeconds()));
        }
        if (check.getAsBoolean()) {
            throttle.recordSuccess(login, client);
            return CodeCheck.ACCEPTED;
        }
        throttle.recordFailure(login, client);
        return CodeCheck.WRONG;
    }

    /** Checks the code and marks its step used, atomically, so two nodes cannot both accept it. */
    private boolean useCode(UUID accountId, String code) {
        List<Stored> stored = jdbc.query(
                "SELECT secret, last_used_step FROM account_second_factor WHERE account_id = ? FOR UPDATE",
                (rs, row) -> new Stored(rs.getString(1), rs.getLong(2)),
                accountId);
        if (stored.isEmpty()) {
            return false;
        }
        byte[] key = Base32.decode(cipher.decrypt(stored.getFirst().sealedSecret()));
        OptionalLong step =
                Totp.matchingStep(key, code, now(), WINDOW, stored.getFirst().lastUsedStep());
        return step.isPresent()
                && jdbc.update(
                                "UPDATE account_second_factor SET last_used_step = ? "
                                        + "WHERE account_id = ? AND last_used_step < ?",
                                step.getAsLong(),
                                accountId,
                                step.getAsLong())
                        == 1;
    }

    private long now() {
        return Totp.step(clock.instant());
    }

    /**
     * Whether this account must sign in with a second factor: a parent (in any region). Their login is
     * refused without one (activation sets it up, see ADR 0079).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Allow.ANYONE) // asked at the login, before the person is signed in
    public boolean isRequired(UUID accountId) {
        return memberships.findByUserId(accountId).stream().anyMatch(m -> m.getRole() == Role.PARENT);
    }

    private void requireMayUse(UUID accountId) {
        if (!mayUse(accountId)) {
            throw new AccessDeniedException("A second factor is for region administrators and the operator");
        }
    }

    private record Stored(String sealedSecret, long lastUsedStep) {}
}
