package nl.uitzicht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.identity.AccountDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The second factor in real Chromium against the real database: an operator switches it on with
 * the key shown (codes computed here as an authenticator app would), and from then on the
 * password alone does not sign in: the session stays signed out until the code is right.
 */
@AppTest
@Tag("e2e")
class SecondFactorE2ETest {

    static final String EMAIL = "tweestap@uitzicht.demo";
    static final String PASSWORD = "Fiets-Zolder-Kievit-9";
    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    SystemWork systemWork;

    @Autowired
    AccountDirectory accounts;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        chromium.close();
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void anOperatorWithASecondFactorIsSignedInOnlyAfterTheCode() {
        systemWork.run(() -> accounts.createOperator(EMAIL, "Tweede Stap", PASSWORD));
        Page page = chromium.laptop();
        Chromium.logIn(page, base(), EMAIL, PASSWORD);
        assertThat(page.locator("#current-user")).hasText("Tweede Stap");
        page.locator("#main-nav").getByText("Tweestapsverificatie").click();
        assertThat(page.locator("#second-factor-status")).containsText("staat uit");
        page.locator("#second-factor-start").click();
        assertThat(page.locator("#second-factor-uri"))
                .hasAttribute(
                        "href",
                        Pattern.compile(
                                "^otpauth://totp/Uitzicht%3Atweestap%40uitzicht\\.demo\\?secret=[A-Z2-7]{32}&.*"));
        String secret = page.locator("#second-factor-secret").textContent().replace(" ", "");
        Chromium.screenshot(page, "second-factor-enrol");
        long step = Instant.now().getEpochSecond() / 30;
        page.locator("#second-factor-enable-code input").fill(code(secret, step));
        page.locator("#second-factor-enable").click();
        assertThat(page.locator("#second-factor-status")).containsText("staat aan");

        page = chromium.laptop(); // another browser, as on the next working day
        Chromium.logIn(page, base(), EMAIL, PASSWORD);
        page.waitForURL("**/login/code");
        assertThat(page.locator("#second-factor-code")).isVisible();
        Chromium.screenshot(page, "second-factor-login");

        // not signed in before the code: an operator's page leads back to the code
        page.navigate(base() + "/regios");
        assertThat(page.locator("#second-factor-code")).isVisible();
        assertThat(page.locator("#main-nav")).hasCount(0);

        page.locator("#second-factor-code input").fill(code(secret, step));
        page.locator("#second-factor-submit").click();
        assertThat(page.locator("#second-factor-message")).containsText("klopt niet");
        assertThat(page.locator("#main-nav")).hasCount(0); // the enrolment's code is not accepted twice

        page.locator("#second-factor-code input").fill(code(secret, step + 1));
        page.locator("#second-factor-submit").click();
        assertThat(page.locator("#current-user")).hasText("Tweede Stap");
        page.navigate(base() + "/regios");
        assertThat(page.locator("#main-nav")).containsText("Regio's");
    }

    /** What an authenticator app shows for this base32 key at this 30-second step (RFC 6238). */
    static String code(String base32, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32Decode(base32), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int o = h[19] & 0xf;
            int bin = (h[o] & 0x7f) << 24 | (h[o + 1] & 0xff) << 16 | (h[o + 2] & 0xff) << 8 | (h[o + 3] & 0xff);
            return String.format("%06d", bin % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] base32Decode(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = buffer << 5 | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
