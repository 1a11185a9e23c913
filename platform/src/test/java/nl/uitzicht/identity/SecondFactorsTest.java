package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.SecondFactors.CodeCheck;
import nl.uitzicht.identity.SecondFactors.Enrolment;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The TOTP second factor against the real database (same settings as {@link LocalLoginThrottleTest}). */
@PlatformTest
@nl.uitzicht.testing.WithRole(system = true)
class SecondFactorsTest {

    static final String CLIENT = "192.0.2.44";

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    RegionDirectory regions;

    @Autowired
    FreshDatabase db;

    static String codeAt(String secret, long step) {
        return Totp.code(Base32.decode(secret), step);
    }

    static long now() {
        return Totp.step(Instant.now());
    }

    UUID regionAdmin(String email) {
        UUID account =
                accounts.createAccount(email, "Beheerder", "Fiets-Zolder-9").id();
        UUID region = regions.findByCode("PO0301")
                .orElseGet(() -> regions.register("PO0301", "Regio", Sector.PO))
                .getId();
        accounts.grant(account, region, Role.REGION_ADMIN, Set.of());
        return account;
    }

    @Test
    void anAdministratorEnrolsWithTheFirstCodeAndEachCodeWorksOnlyOnce() {
        UUID admin = regionAdmin("ada@regio.demo");
        assertThat(secondFactors.mayUse(admin)).isTrue();
        assertThat(secondFactors.isEnabled(admin)).isFalse();

        Enrolment enrolment = secondFactors.newEnrolment(admin);
        assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
        assertThat(enrolment.otpauthUri())
                .startsWith(
                        "otpauth://totp/Uitzicht%3Aada%40regio.demo?secret=" + enrolment.secret() + "&issuer=Uitzicht");
        assertThat(secondFactors.isEnabled(admin))
                .as("nothing stored before the first code")
                .isFalse();

        assertThat(secondFactors
                        .enable(admin, enrolment.secret(), "000000", CLIENT)
                        .accepted())
                .as("a wrong first code enables nothing")
                .isFalse();
        long step = now();
        assertThat(secondFactors
                        .enable(admin, enrolment.secret(), codeAt(enrolment.secret(), step), CLIENT)
                        .accepted())
                .isTrue();
        assertThat(secondFactors.isEnabled(admin)).isTrue();
        assertThat(db.ownerQuery("select secret from account_second_factor where account_id = '" + admin + "'"))
                .singleElement()
                .asString()
                .doesNotContain(enrolment.secret());

        Enrolment another = secondFactors.newEnrolment(admin);
        assertThatThrownBy(() -> secondFactors.enable(admin, another.secret(), codeAt(another.secret(), step), CLIENT))
                .as("no replacing the second factor without a code of the old one")
                .isInstanceOf(IllegalStateException.class);

        assertThat(secondFactors
                        .verify(admin, codeAt(enrolment.secret(), step), CLIENT)
                        .accepted())
                .as("the enrolment's code cannot be used again")
                .isFalse();
        String next = codeAt(enrolment.secret(), step + 1);
        assertThat(secondFactors.verify(admin, next, CLIENT).accepted()).isTrue();
        assertThat(secondFactors.verify(admin, next, CLIENT).accepted())
                .as("replayed")
                .isFalse();
    }

    @Test
    void switchingOffTakesARightCode() {
        UUID admin = regionAdmin("bob@regio.demo");
        String secret = secondFactors.newEnrolment(admin).secret();
        long step = now();
        secondFactors.enable(admin, secret, codeAt(secret, step), CLIENT);
        assertThat(secondFactors.disable(admin, "123456", CLIENT).accepted()).isFalse();
        assertThat(secondFactors.isEnabled(admin)).isTrue();
        assertThat(secondFactors
                        .disable(admin, codeAt(secret, step + 1), CLIENT)
                        .accepted())
                .isTrue();
        assertThat(secondFactors.isEnabled(admin)).isFalse();
    }

    @Test
    void wrongCodesAreThrottledLikePasswords() {
        UUID admin = regionAdmin("cor@regio.demo");
        String secret = secondFactors.newEnrolment(admin).secret();
        long step = now();
        secondFactors.enable(admin, secret, codeAt(secret, step), CLIENT);
        for (int i = 0; i < 3; i++) {
            assertThat(secondFactors.verify(admin, "000000", CLIENT)).isEqualTo(new CodeCheck(false, 0));
        }
        CodeCheck throttled = secondFactors.verify(admin, codeAt(secret, step + 1), CLIENT);
        assertThat(throttled.accepted()).as("not even checked").isFalse();
        assertThat(throttled.throttled()).isTrue();
        assertThat(throttled.retryAfterSeconds()).isBetween(1L, 60L);
    }

    @Test
    void onlyRegionAdministratorsAndTheOperatorMayEnrol() {
        UUID operator = accounts.createOperator("olga@platform.demo", "Olga", "Fiets-Zolder-9")
                .id();
        assertThat(secondFactors.mayUse(operator)).isTrue();
        UUID staff = accounts.createAccount("ines@school.demo", "Ines", "Fiets-Zolder-9")
                .id();
        UUID region = regions.register("PO0302", "Andere regio", Sector.PO).getId();
        accounts.grant(staff, region, Role.SCHOOL_STAFF, Set.of());
        assertThat(secondFactors.mayUse(staff)).isFalse();
        assertThatThrownBy(() -> secondFactors.newEnrolment(staff)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secondFactors.enable(staff, "JBSWY3DPEHPK3PXP", "123456", CLIENT))
                .isInstanceOf(AccessDeniedException.class);
    }
}
