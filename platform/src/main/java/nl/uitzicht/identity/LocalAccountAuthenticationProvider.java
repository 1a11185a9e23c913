package nl.uitzicht.identity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail and password login against the local accounts, throttled per typed address and client
 * address by {@link LoginThrottle}. An address without an account (or without a password) takes
 * the same path, the same time (the password is checked against a dummy hash) and the same answer
 * as a wrong password, so nobody learns from a login whether an account exists. A throttled attempt
 * is not checked at all, and says only when to try again, for existing and unknown addresses alike.
 * <p>
 * The client address is the request's remote address: behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so that it is the browser's address, not the proxy's.
 */
@Component
public class LocalAccountAuthenticationProvider implements AuthenticationProvider {

    /** The authority of someone who has logged in but not yet chosen a region. */
    public static final String SIGNED_IN = "SIGNED_IN";

    /** The client address when the request's is not known. */
    static final String UNKNOWN_CLIENT = "unknown";

    /** Compared against when the account does not exist, so the answer takes the same time. */
    private final String dummyHash;

    private final UserAccounts accounts;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;

    LocalAccountAuthenticationProvider(
            UserAccounts accounts,
            LoginThrottle throttle,
            PasswordEncoder passwordEncoder,
            PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.tx = new TransactionTemplate(transactionManager);
        this.dummyHash = passwordEncoder.encode("not-a-password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = UserAccount.normalize(authentication.getName());
        String password = String.valueOf(authentication.getCredentials());
        String client = clientAddress(authentication);
        Verdict verdict = tx.execute(status -> check(email, password, client));
        return switch (verdict.outcome()) {
            case THROTTLED -> throw new LoginThrottledException(verdict.retryAfter());
            case DISABLED -> throw new DisabledException("Account deactivated");
            case BAD_CREDENTIALS -> throw new BadCredentialsException("Bad credentials");
            case OK ->
                UsernamePasswordAuthenticationToken.authenticated(
                        email, null, List.of(new SimpleGrantedAuthority(SIGNED_IN)));
        };
    }

    static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null
                && !details.getRemoteAddress().isBlank()) {
            return details.getRemoteAddress();
        }
        return UNKNOWN_CLIENT;
    }

    private Verdict check(String email, String password, String client) {
        Duration wait = throttle.waitFor(email, client);
        if (!wait.isZero()) {
            return new Verdict(Outcome.THROTTLED, wait);
        }
        Optional<UserAccount> found = accounts.findByEmail(email);
        String hash = found.map(UserAccount::getPasswordHash).orElse(null);
        boolean matches = passwordEncoder.matches(password, hash == null ? dummyHash : hash);
        if (hash == null || !matches) {
            throttle.recordFailure(email, client);
            return new Verdict(Outcome.BAD_CREDENTIALS, Duration.ZERO);
        }
        UserAccount account = found.get();
        if (!account.isEnabled()) {
            return new Verdict(Outcome.DISABLED, Duration.ZERO);
        }
        throttle.recordSuccess(email, client);
        return new Verdict(Outcome.OK, Duration.ZERO);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private enum Outcome {
        OK,
        BAD_CREDENTIALS,
        THROTTLED,
        DISABLED
    }

    private record Verdict(Outcome outcome, Duration retryAfter) {}
}
