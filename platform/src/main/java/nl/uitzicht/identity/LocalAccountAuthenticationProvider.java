package nl.uitzicht.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail and password login against the local accounts, throttled: after repeated failures the
 * account is locked for a while, whatever password is tried then.
 */
@Component
public class LocalAccountAuthenticationProvider implements AuthenticationProvider {

    /** The authority of someone who has logged in but not yet chosen a region. */
    public static final String SIGNED_IN = "SIGNED_IN";

    /** Compared against when the account does not exist, so the answer takes the same time. */
    private final String dummyHash;
    private final UserAccounts accounts;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;

    LocalAccountAuthenticationProvider(UserAccounts accounts, LoginThrottle throttle, PasswordEncoder passwordEncoder,
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
        Outcome outcome = tx.execute(status -> check(email, password));
        switch (outcome) {
            case LOCKED -> throw new LockedException("Account locked after repeated failed logins");
            case DISABLED -> throw new DisabledException("Account deactivated");
            case BAD_CREDENTIALS -> throw new BadCredentialsException("Bad credentials");
            case OK -> {
                return UsernamePasswordAuthenticationToken.authenticated(email, null,
                        List.of(new SimpleGrantedAuthority(SIGNED_IN)));
            }
        }
        throw new IllegalStateException();
    }

    private Outcome check(String email, String password) {
        Optional<UserAccount> found = accounts.findByEmail(email);
        if (found.isEmpty() || found.get().getPasswordHash() == null) {
            passwordEncoder.matches(password, dummyHash);
            return Outcome.BAD_CREDENTIALS;
        }
        UserAccount account = found.get();
        if (throttle.isLocked(account)) {
            return Outcome.LOCKED;
        }
        if (!passwordEncoder.matches(password, account.getPasswordHash())) {
            throttle.recordFailure(account);
            return throttle.isLocked(account) ? Outcome.LOCKED : Outcome.BAD_CREDENTIALS;
        }
        if (!account.isEnabled()) {
            return Outcome.DISABLED;
        }
        account.recordSuccessfulLogin();
        return Outcome.OK;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private enum Outcome { OK, BAD_CREDENTIALS, LOCKED, DISABLED }
}
