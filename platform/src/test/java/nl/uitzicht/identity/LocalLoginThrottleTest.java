package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.uitzicht.PlatformTest;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.TestPropertySource;

@PlatformTest
@WithRole(system = true)
@TestPropertySource(properties = {"uitzicht.login.max-failures=3", "uitzicht.login.lock-duration=PT15M"})
class LocalLoginThrottleTest {

    @Autowired LocalAccountAuthenticationProvider login;
    @Autowired AccountDirectory accounts;
    @Autowired FreshDatabase db;

    static Authentication attempt(String email, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(email, password);
    }

    @Test
    void passwordsAreHashedAndTheRightOneLogsIn() {
        accounts.createAccount("Anna@School.demo", "Anna", "juist-wachtwoord");
        assertThat(db.ownerQuery("select password_hash from user_account where email = 'anna@school.demo'"))
                .singleElement().asString().startsWith("$2").doesNotContain("juist-wachtwoord");
        Authentication ok = login.authenticate(attempt(" anna@school.demo ", "juist-wachtwoord"));
        assertThat(ok.isAuthenticated()).isTrue();
        assertThat(ok.getName()).isEqualTo("anna@school.demo");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        accounts.createAccount("bert@school.demo", "Bert", "juist-wachtwoord");
        assertThatThrownBy(() -> login.authenticate(attempt("bert@school.demo", "fout1")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login.authenticate(attempt("bert@school.demo", "fout2")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login.authenticate(attempt("bert@school.demo", "fout3")))
                .isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> login.authenticate(attempt("bert@school.demo", "juist-wachtwoord")))
                .isInstanceOf(LockedException.class);
        assertThat(db.ownerQuery("select locked_until > now() + interval '14 minutes' from user_account "
                + "where email = 'bert@school.demo'")).containsExactly("t");

        db.ownerExecute("update user_account set locked_until = now() - interval '1 second' "
                + "where email = 'bert@school.demo'");
        assertThat(login.authenticate(attempt("bert@school.demo", "juist-wachtwoord")).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        accounts.createAccount("carla@school.demo", "Carla", "juist-wachtwoord");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt("carla@school.demo", "fout")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        login.authenticate(attempt("carla@school.demo", "juist-wachtwoord"));
        assertThatThrownBy(() -> login.authenticate(attempt("carla@school.demo", "fout")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(db.ownerQuery("select failed_logins from user_account where email = 'carla@school.demo'"))
                .containsExactly("1");
    }

    @Test
    void unknownAndDeactivatedAccountsAreRefused() {
        assertThatThrownBy(() -> login.authenticate(attempt("nobody@school.demo", "x")))
                .isInstanceOf(BadCredentialsException.class);
        accounts.createAccount("dirk@school.demo", "Dirk", "juist-wachtwoord");
        db.ownerExecute("update user_account set enabled = false where email = 'dirk@school.demo'");
        assertThatThrownBy(() -> login.authenticate(attempt("dirk@school.demo", "juist-wachtwoord")))
                .isInstanceOf(DisabledException.class);
    }
}
