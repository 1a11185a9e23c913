package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

/** The password login's rules, with the account store and the throttle replaced (no Spring context). */
class LocalAccountAuthenticationProviderTest {

    private final UserAccounts accounts = mock(UserAccounts.class);
    private final LoginThrottle throttle = mock(LoginThrottle.class);
    private final PasswordEncoder encoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encoded.equals("hash:" + raw);
        }
    };
    private final LocalAccountAuthenticationProvider provider = new LocalAccountAuthenticationProvider(accounts,
            throttle, encoder, mock(PlatformTransactionManager.class));

    private static Authentication login(String email, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(email, password);
    }

    private UserAccount account(String password) {
        UserAccount a = new UserAccount("anna@school.nl", "Anna", "hash:" + password, false);
        when(accounts.findByEmail("anna@school.nl")).thenReturn(Optional.of(a));
        return a;
    }

    @Test
    void theRightPasswordSignsInAndForgetsEarlierFailures() {
        when(throttle.waitFor(anyString(), anyString())).thenReturn(Duration.ZERO);
        account("correct horse battery");
        Authentication result = provider.authenticate(login(" Anna@School.nl ", "correct horse battery"));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getName()).isEqualTo("anna@school.nl");
        assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly(
                LocalAccountAuthenticationProvider.SIGNED_IN);
        verify(throttle).recordSuccess("anna@school.nl", LocalAccountAuthenticationProvider.UNKNOWN_CLIENT);
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressLookTheSameAndAreCounted() {
        when(throttle.waitFor(anyString(), anyString())).thenReturn(Duration.ZERO);
        account("correct horse battery");
        assertThatThrownBy(() -> provider.authenticate(login("anna@school.nl", "wrong"))).isInstanceOf(
                BadCredentialsException.class).hasMessage("Bad credentials");
        assertThatThrownBy(() -> provider.authenticate(login("nobody@school.nl", "wrong"))).isInstanceOf(
                BadCredentialsException.class).hasMessage("Bad credentials");
        verify(throttle).recordFailure("anna@school.nl", "unknown");
        verify(throttle).recordFailure("nobody@school.nl", "unknown");
    }

    @Test
    void aDeactivatedAccountIsToldSoOnlyWithTheRightPassword() {
        when(throttle.waitFor(anyString(), anyString())).thenReturn(Duration.ZERO);
        account("correct horse battery").deactivate();
        assertThatThrownBy(() -> provider.authenticate(login("anna@school.nl", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(login("anna@school.nl", "correct horse battery")))
                .isInstanceOf(DisabledException.class);
        verify(throttle, never()).recordSuccess(anyString(), anyString());
    }

    @Test
    void aThrottledClientIsNotCheckedAtAll() {
        when(throttle.waitFor("anna@school.nl", "unknown")).thenReturn(Duration.ofSeconds(30));
        assertThatThrownBy(() -> provider.authenticate(login("anna@school.nl", "correct horse battery")))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(30));
        verify(accounts, never()).findByEmail(anyString());
    }

    @Test
    void onlyUsernameAndPasswordLoginsAreHandled() {
        assertThat(provider.supports(UsernamePasswordAuthenticationToken.class)).isTrue();
    }
}
