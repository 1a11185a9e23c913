package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.MailCodes.Outcome;
import nl.uitzicht.identity.SecondFactors.CodeCheck;
import nl.uitzicht.mail.Mailbox;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.testing.SmtpSink;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Codes by e-mail (ADR 0088) against a real SMTP server (GreenMail) and PostgreSQL: mailed and accepted once,
 * wrong codes counted and five lock the code, an expired code refused, a replay refused, resends limited,
 * parent A's code useless for parent B, and codes stored only as a hash. Time moves on a clock of the test.
 */
@PlatformTest
@WithRole(system = true)
class MailCodesTest {

    static final SmtpSink SMTP = new SmtpSink();
    static final String CLIENT = "192.0.2.45";
    static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        SMTP.register(registry);
    }

    @Autowired
    MailCodes mailCodes;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    RegionDirectory regions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Mailbox mailbox;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    Memberships memberships;

    /** A clock the test moves by hand. */
    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T08:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    record Parent(UUID id, String email) {}

    Parent parentWithMailCodes(String name) {
        String email = Unique.email(name);
        UUID account = accounts.createAccount(email, name, "Fiets-Zolder-9").id();
        UUID region =
                regions.register(Unique.regionCode("PO"), "Regio", Sector.PO).getId();
        accounts.grant(account, region, Role.PARENT, Set.of());
        mailCodes.enable(account, CLIENT);
        return new Parent(account, email);
    }

    static String lastCode(String email) {
        List<SmtpSink.Mail> mails = SMTP.to(email);
        assertThat(mails).isNotEmpty();
        Matcher matcher = CODE.matcher(mails.getLast().body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    static String otherThan(String code) {
        return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
    }

    MailCodes at(MovingClock clock) {
        return new MailCodes(jdbc, mailbox, userAccounts, memberships, clock);
    }

    @Test
    void aMailedCodeIsAcceptedOnceAndStoredOnlyAsAHash() {
        Parent parent = parentWithMailCodes("Anna");
        assertThat(mailCodes.offered()).isTrue();
        assertThat(secondFactors.isEnabled(parent.id())).isTrue();

        assertThat(mailCodes.send(parent.id(), CLIENT).outcome()).isEqualTo(Outcome.MAILED);
        String code = lastCode(parent.email());
        assertThat(SMTP.to(parent.email()).getLast().subject()).isEqualTo("Uw inlogcode voor Uitzicht");
        String stored = jdbc.queryForObject(
                "SELECT code_hash FROM account_mail_code WHERE account_id = ?", String.class, parent.id());
        assertThat(stored).doesNotContain(code).contains("$");

        assertThat(secondFactors.verify(parent.id(), code, CLIENT).accepted()).isTrue();
        CodeCheck replay = secondFactors.verify(parent.id(), code, CLIENT);
        assertThat(replay.accepted()).isFalse();
        assertThat(replay.newCodeNeeded()).isTrue();
        assertThat(mailCodes.eventsOf(parent.id()))
                .contains("CHOSEN", "CODE_SENT", "CODE_ACCEPTED", "NO_OPEN_CODE")
                .noneMatch(event -> event.contains(code));
        assertThat(jdbc.queryForList(
                        "SELECT client FROM account_mail_code_event WHERE account_id = ?", String.class, parent.id()))
                .containsOnly(CLIENT);
    }

    @Test
    void fiveWrongCodesLockTheCodeUntilANewOneIsMailed() {
        MovingClock clock = new MovingClock();
        MailCodes codes = at(clock);
        Parent parent = parentWithMailCodes("Bram");
        codes.send(parent.id(), CLIENT);
        String code = lastCode(parent.email());
        for (int i = 0; i < MailCodes.MAX_WRONG - 1; i++) {
            CodeCheck wrong = codes.check(parent.id(), otherThan(code), CLIENT);
            assertThat(wrong.accepted()).isFalse();
            assertThat(wrong.newCodeNeeded()).isFalse();
        }
        assertThat(codes.check(parent.id(), otherThan(code), CLIENT).newCodeNeeded())
                .isTrue();
        assertThat(codes.check(parent.id(), code, CLIENT)).isEqualTo(CodeCheck.NEW_CODE_NEEDED);
        assertThat(codes.eventsOf(parent.id())).contains("CODE_LOCKED");

        clock.pass(MailCodes.RESEND_AFTER);
        assertThat(codes.send(parent.id(), CLIENT).outcome()).isEqualTo(Outcome.MAILED);
        String next = lastCode(parent.email());
        assertThat(codes.check(parent.id(), next, CLIENT).accepted()).isTrue();
    }

    @Test
    void anExpiredCodeIsRefused() {
        MovingClock clock = new MovingClock();
        MailCodes codes = at(clock);
        Parent parent = parentWithMailCodes("Cato");
        codes.send(parent.id(), CLIENT);
        String code = lastCode(parent.email());
        clock.pass(MailCodes.VALID_FOR);
        assertThat(codes.check(parent.id(), code, CLIENT)).isEqualTo(CodeCheck.NEW_CODE_NEEDED);
        assertThat(codes.eventsOf(parent.id())).contains("CODE_EXPIRED");
    }

    @Test
    void aNewCodeReplacesTheOpenOne() {
        MovingClock clock = new MovingClock();
        MailCodes codes = at(clock);
        Parent parent = parentWithMailCodes("Daan");
        codes.send(parent.id(), CLIENT);
        String first = lastCode(parent.email());
        clock.pass(MailCodes.RESEND_AFTER);
        codes.send(parent.id(), CLIENT);
        String second = lastCode(parent.email());
        if (!first.equals(second)) {
            assertThat(codes.check(parent.id(), first, CLIENT).accepted()).isFalse();
        }
        assertThat(codes.check(parent.id(), second, CLIENT).accepted()).isTrue();
    }

    @Test
    void resendingIsLimitedToOncePerHalfMinuteAndFivePerHour() {
        MovingClock clock = new MovingClock();
        MailCodes codes = at(clock);
        Parent parent = parentWithMailCodes("Eva");
        assertThat(codes.send(parent.id(), CLIENT).outcome()).isEqualTo(Outcome.MAILED);
        MailCodes.Sending tooSoon = codes.send(parent.id(), CLIENT);
        assertThat(tooSoon.outcome()).isEqualTo(Outcome.TOO_SOON);
        assertThat(tooSoon.retryAfterSeconds()).isEqualTo(30);
        for (int i = 1; i < MailCodes.MAX_PER_HOUR; i++) {
            clock.pass(MailCodes.RESEND_AFTER);
            assertThat(codes.send(parent.id(), CLIENT).outcome()).isEqualTo(Outcome.MAILED);
        }
        clock.pass(MailCodes.RESEND_AFTER);
        MailCodes.Sending tooMany = codes.send(parent.id(), CLIENT);
        assertThat(tooMany.outcome()).isEqualTo(Outcome.TOO_MANY);
        assertThat(tooMany.retryAfterSeconds())
                .isEqualTo(Duration.ofHours(1)
                        .minus(MailCodes.RESEND_AFTER.multipliedBy(MailCodes.MAX_PER_HOUR))
                        .toSeconds());
        assertThat(SMTP.to(parent.email())).hasSize(MailCodes.MAX_PER_HOUR);
        assertThat(codes.eventsOf(parent.id())).contains("RESEND_TOO_SOON", "RESEND_TOO_MANY");

        clock.pass(Duration.ofHours(1));
        assertThat(codes.send(parent.id(), CLIENT).outcome()).isEqualTo(Outcome.MAILED);
    }

    @Test
    void parentAsCodeDoesNotOpenParentB() {
        Parent a = parentWithMailCodes("Fleur");
        Parent b = parentWithMailCodes("Gijs");
        mailCodes.send(a.id(), CLIENT);
        mailCodes.send(b.id(), CLIENT);
        String codeOfA = lastCode(a.email());
        String codeOfB = lastCode(b.email());
        if (!codeOfA.equals(codeOfB)) {
            assertThat(secondFactors.verify(b.id(), codeOfA, CLIENT).accepted()).isFalse();
        }
        assertThat(secondFactors.verify(b.id(), codeOfB, CLIENT).accepted()).isTrue();
    }

    @Test
    void onlyParentsWithoutAnAppChooseCodesByMail() {
        String email = Unique.email("Beheer");
        UUID admin = accounts.createAccount(email, "Beheer", "Fiets-Zolder-9").id();
        UUID region =
                regions.register(Unique.regionCode("PO"), "Regio", Sector.PO).getId();
        accounts.grant(admin, region, Role.REGION_ADMIN, Set.of());
        assertThatThrownBy(() -> mailCodes.enable(admin, CLIENT)).isInstanceOf(AccessDeniedException.class);
        assertThat(mailCodes.send(admin, CLIENT).outcome()).isEqualTo(Outcome.NOT_SENT);
        assertThat(SMTP.to(email)).isEmpty();
    }
}
