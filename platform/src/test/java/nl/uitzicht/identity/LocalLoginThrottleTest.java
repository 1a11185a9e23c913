package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Local login against the real database: wrong passwords slow down the client that types them,
 * with a back-off that doubles, never lock the account, never reveal whether an account exists,
 * and a stranger's failures do not keep the owner out.
 */
@PlatformTest
@WithRole(system = true)
class LocalLoginThrottleTest {

    static final String RIGHT = "juist-wachtwoord";

    @Autowired
    LocalAccountAuthenticationProvider login;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    FreshDatabase db;

    static Authentication attempt(String email, String password, String client) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(client, null));
        return token;
    }

    static Authentication attempt(String email, String password) {
        return attempt(email, password, "192.0.2.1");
    }

    /** The wait the database holds for this login and client, in seconds after the last failure. */
    List<String> storedWait(String email, String client) {
        return db.ownerQuery("select extract(epoch from blocked_until - last_failure)::int from login_attempt "
                + "where login_key = '" + LoginThrottle.key(email) + "' and client = '" + client + "'");
    }

    void expireWaits() {
        db.ownerExecute("update login_attempt set blocked_until = now() - interval '1 second' "
                + "where blocked_until is not null");
    }

    @Test
    void passwordsAreHashedAndTheRightOneLogsIn() {
        accounts.createAccount("Anna@School.demo", "Anna", RIGHT);
        assertThat(db.ownerQuery("select password_hash from user_account where email = 'anna@school.demo'"))
                .singleElement()
                .asString()
                .startsWith("$2")
                .doesNotContain(RIGHT);
        Authentication ok = login.authenticate(attempt(" anna@school.demo ", RIGHT));
        assertThat(ok.isAuthenticated()).isTrue();
        assertThat(ok.getName()).isEqualTo("anna@school.demo");
    }

    @Test
    void unknownAndExistingAccountsGetTheSameAnswersAlsoWhenThrottled() {
        accounts.createAccount("bert@school.demo", "Bert", RIGHT);
        accounts.findOrCreateWithoutPassword("invited@school.demo", "Invited, no password yet");
        List<Throwable> answers = new ArrayList<>();
        for (String email : List.of("bert@school.demo", "nobody@school.demo", "invited@school.demo")) {
            for (int i = 0; i < 3; i++) {
                answers.add(catchThrowable(() -> login.authenticate(attempt(email, "fout"))));
            }
            answers.add(catchThrowable(() -> login.authenticate(attempt(email, RIGHT))));
        }
        for (int account = 0; account < 3; account++) {
            List<Throwable> of = answers.subList(account * 4, account * 4 + 4);
            assertThat(of.subList(0, 3))
                    .allSatisfy(e -> assertThat(e)
                            .isExactlyInstanceOf(BadCredentialsException.class)
                            .hasMessage("Bad credentials"));
            assertThat(of.get(3))
                    .as("the fourth attempt is not even checked, whether or not the account exists")
                    .isExactlyInstanceOf(LoginThrottledException.class)
                    .hasMessageStartingWith("Too many failed attempts");
            assertThat(((LoginThrottledException) of.get(3)).retryAfterSeconds())
                    .isBetween(1L, 60L);
        }
        // scoped to this test's addresses: the context (and its database) is shared with other tests
        assertThat(db.ownerQuery("select count(*) from user_account where email in "
                        + "('bert@school.demo', 'nobody@school.demo', 'invited@school.demo')"))
                .as("no account was created or locked")
                .containsExactly("2");
    }

    @Test
    void aStrangersFailuresFromOneAddressDoNotKeepTheOwnerOutAtAnother() {
        accounts.createAccount("carla@school.demo", "Carla", RIGHT);
        for (int i = 0; i < 5; i++) {
            catchThrowable(() -> login.authenticate(attempt("carla@school.demo", "geraden", "198.51.100.7")));
        }
        assertThatThrownBy(() -> login.authenticate(attempt("carla@school.demo", RIGHT, "198.51.100.7")))
                .as("the stranger's address waits, even with the right password")
                .isInstanceOf(LoginThrottledException.class);
        assertThat(login.authenticate(attempt("carla@school.demo", RIGHT, "203.0.113.20"))
                        .isAuthenticated())
                .as("the owner, elsewhere, gets in")
                .isTrue();
        assertThat(db.ownerQuery("select column_name from information_schema.columns "
                        + "where table_name = 'user_account' and column_name in ('locked_until', 'failed_logins')"))
                .as("there is no lock on the account any more")
                .isEmpty();
    }

    @Test
    void theWaitDoublesWithEachFurtherFailureUpToTheMaximum() {
        accounts.createAccount("dirk@school.demo", "Dirk", RIGHT);
        List<String> waits = new ArrayList<>();
        for (int failure = 1; failure <= 9; failure++) {
            catchThrowable(() -> login.authenticate(attempt("dirk@school.demo", "fout")));
            waits.addAll(storedWait("dirk@school.demo", "192.0.2.1"));
            expireWaits();
        }
        assertThat(waits).containsExactly(null, null, "60", "120", "240", "480", "900", "900", "900");
    }

    @Test
    void theAccountCeilingSlowsNewAddressesButNotOneTheOwnerUsedBefore() {
        accounts.createAccount("eva@school.demo", "Eva", RIGHT);
        login.authenticate(attempt("eva@school.demo", RIGHT, "203.0.113.5"));
        for (int i = 1; i <= 6; i++) {
            String client = "198.51.100." + i;
            assertThatThrownBy(() -> login.authenticate(attempt("eva@school.demo", "geraden", client)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login.authenticate(attempt("eva@school.demo", RIGHT, "198.51.100.99")))
                .as("a new address waits once the account's total is reached")
                .isInstanceOf(LoginThrottledException.class)
                .satisfies(e -> assertThat(((LoginThrottledException) e).retryAfterSeconds())
                        .isBetween(1L, 60L));
        assertThat(login.authenticate(attempt("eva@school.demo", RIGHT, "203.0.113.5"))
                        .isAuthenticated())
                .as("the owner's usual address is not held up")
                .isTrue();
        assertThat(storedWait("eva@school.demo", "*"))
                .as("the total only slows: at most a minute")
                .containsExactly("60");
    }

    @Test
    void aSuccessfulLoginForgetsTheClientsFailures() {
        accounts.createAccount("frits@school.demo", "Frits", RIGHT);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt("frits@school.demo", "fout")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        login.authenticate(attempt("frits@school.demo", RIGHT));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt("frits@school.demo", "fout")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(db.ownerQuery("select failures from login_attempt where login_key = '"
                        + LoginThrottle.key("frits@school.demo") + "' and client = '192.0.2.1'"))
                .containsExactly("2");
        assertThat(db.ownerQuery("select count(*) from login_attempt where login_key like '%frits%'"))
                .as("the address is stored only hashed")
                .containsExactly("0");
    }

    @Test
    void aDeactivatedAccountSaysSoOnlyToSomeoneWithTheRightPassword() {
        accounts.createAccount("gerda@school.demo", "Gerda", RIGHT);
        db.ownerExecute("update user_account set enabled = false where email = 'gerda@school.demo'");
        assertThatThrownBy(() -> login.authenticate(attempt("gerda@school.demo", "fout")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login.authenticate(attempt("gerda@school.demo", RIGHT)))
                .isInstanceOf(DisabledException.class);
    }
}
