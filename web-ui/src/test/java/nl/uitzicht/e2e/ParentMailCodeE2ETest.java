package nl.uitzicht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.uitzicht.AppTest;
import nl.uitzicht.testing.SmtpSink;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A parent without an authenticator app (ADR 0088), in real Chromium against the real database and a real
 * SMTP server (GreenMail; a context of its own because mail must be configured): the invitation comes by
 * mail, the parent chooses "per e-mail" at activation, and the login's second step takes the mailed code.
 * A wrong code is told in plain words, a new code cannot be asked again within 30 seconds, the right code
 * signs in and the same code does not sign in a second time.
 */
@AppTest
@Tag("e2e")
class ParentMailCodeE2ETest {

    static final SmtpSink SMTP = new SmtpSink();
    static final String STAFF_PASSWORD = "Welkom-2026";
    static final String PARENT_PASSWORD = "Zonnebloem-Kastanje-73";
    static final Pattern LINK = Pattern.compile("(https?://\\S+/uitnodiging/ouder/\\S+)");
    static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    static Chromium chromium;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        SMTP.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    FreshDatabase db;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        chromium.close();
        SMTP.stop();
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aParentChoosesCodesByMailAndLogsInWithTheMailedCodeOnce() {
        String[] ids = db.ownerQuery("select o.id || ',' || o.pupil_id from opp o join school s on s.id = o.school_id"
                        + " where s.brin in ('99AA', '99AB') and o.created_by <> 'generator'"
                        + " and o.state = 'AWAITING_CONSENT'"
                        + DemoPupils.ROOM_FOR_A_PARENT
                        + " order by o.created_at limit 1")
                .getFirst()
                .split(",");
        String oppId = ids[0];
        String pupilId = ids[1];
        String email = "mailouder-" + System.nanoTime() + "@example.org";

        // school staff invite the parent; with a mail server the link goes by mail only
        Page staff = chromium.laptop();
        Chromium.logIn(staff, base(), "ib@waterlinie.demo", STAFF_PASSWORD);
        staff.locator("#current-user").waitFor();
        staff.navigate(base() + "/opp/plan/" + oppId);
        staff.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Ouders"))
                .first()
                .click();
        staff.locator("#opp-parents-manage").click();
        staff.locator("#parent-invite-name input").fill("Marco Jansen");
        staff.locator("#parent-invite-email input").fill(email);
        staff.locator("#parent-invite-submit").click();
        assertThat(staff.locator("#parent-list")).containsText("Uitgenodigd, nog niet geactiveerd");
        Matcher link = LINK.matcher(SMTP.to(email).getFirst().body());
        assertThat(link.find()).isTrue();

        // the parent chooses codes by e-mail: no app, no code at activation
        Page parent = chromium.phone();
        parent.navigate(link.group(1).replaceFirst("^https?://[^/]+", base()));
        assertThat(parent.locator("#parent-activation")).containsText("Kies hoe u een inlogcode krijgt");
        parent.locator("#parent-password input").fill(PARENT_PASSWORD);
        parent.locator("#parent-repeat input").fill(PARENT_PASSWORD);
        parent.locator("#parent-code-way vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Per e-mail"))
                .click();
        assertThat(parent.locator("#parent-mail-intro")).isVisible();
        assertThat(parent.locator("#parent-secret")).isHidden();
        Chromium.screenshot(parent, "parent-mail-code-choice-phone");
        parent.locator("#parent-activate").click();
        assertThat(parent.locator("#parent-activated")).containsText("code per e-mail");

        // the login mails a code; a wrong one is told, a new one not twice in 30 seconds, the right one works
        Chromium.logIn(parent, base(), email, PARENT_PASSWORD);
        parent.waitForURL("**/login/code");
        assertThat(parent.locator("#second-factor-intro")).containsText("e-mail gestuurd");
        assertThat(SMTP.to(email)).hasSize(2);
        String code = codeIn(SMTP.to(email));
        parent.locator("#second-factor-code input").fill(code.equals("123456") ? "654321" : "123456");
        parent.locator("#second-factor-submit").click();
        assertThat(parent.locator("#second-factor-message")).containsText("klopt niet");
        parent.locator("#second-factor-resend").click();
        assertThat(parent.locator("#second-factor-message")).containsText("seconden weer een nieuwe code");
        Chromium.screenshot(parent, "parent-mail-code-login-phone");
        parent.locator("#second-factor-code input").fill(code);
        parent.locator("#second-factor-submit").click();
        assertThat(parent.locator("#parent-child-" + pupilId)).isVisible();

        // the same code a second time does not sign in again
        Page again = chromium.phone();
        Chromium.logIn(again, base(), email, PARENT_PASSWORD);
        again.waitForURL("**/login/code");
        again.locator("#second-factor-code input").fill(code);
        again.locator("#second-factor-submit").click();
        // refused as used up, or (had 30 seconds passed and a new code been mailed) as not the open code
        assertThat(again.locator("#second-factor-message")).containsText(Pattern.compile("werkt niet meer|klopt niet"));
        assertThat(again.locator("#parent-child-" + pupilId)).hasCount(0);
    }

    private static String codeIn(List<SmtpSink.Mail> mails) {
        SmtpSink.Mail last = mails.getLast();
        assertThat(last.subject()).isEqualTo("Uw inlogcode voor Uitzicht");
        Matcher code = CODE.matcher(last.body());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }
}
