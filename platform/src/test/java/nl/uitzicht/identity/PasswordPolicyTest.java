package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import nl.uitzicht.identity.PasswordPolicy.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "wachtwoord",
                "Wachtwoord1",
                "welkom2026!",
                "Welkom-2026",
                "WELKOM12345",
                "voetbal2024!",
                "!!Voetbal2025",
                "1234567890",
                "qwertyuiop",
                "Passw0rd123",
                "w3lk0m-2026",
                "Wacht-woord-1",
                "iloveyou2026",
                "Feyenoord1908",
                "zonneschijn!",
                "aaaaaaaaaaaa",
                "abababababab",
                "Sinterklaas5",
                "p@ssw0rd2026"
            })
    void commonAndBreachedPasswordsAreRefused(String password) {
        assertThat(policy.refusal(password, "iris@school.nl")).contains(Refusal.COMMON);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Lang-genoeg-2026",
                "Mijn-eigen-wachtwoord-1",
                "fiets paraplu kaasschaaf",
                "Tr0mp3t-Zolder-Kievit"
            })
    void ordinaryLongPasswordsAreAccepted(String password) {
        assertThat(policy.refusal(password, "iris.ib@school.nl")).isEmpty();
    }

    @Test
    void theLengthIsBetweenTenCharactersAndWhatBcryptReads() {
        assertThat(policy.refusal("kort-3x!", "iris@school.nl")).contains(Refusal.TOO_SHORT);
        assertThat(policy.refusal("          ", "iris@school.nl")).contains(Refusal.TOO_SHORT);
        assertThat(policy.refusal("Fiets-Zolder-" + "x".repeat(60), "iris@school.nl"))
                .contains(Refusal.TOO_LONG);
        assertThat(policy.refusal("Fiets-Zolder-9", "iris@school.nl")).isEmpty();
    }

    @Test
    void thePersonsNameTheirOrganisationAndTheProductAreRefused() {
        assertThat(policy.refusal("Iris.Jansen-2026", "iris.jansen@kompas.nl")).contains(Refusal.PERSONAL);
        assertThat(policy.refusal("Zolder-jansen-77", "iris.jansen@kompas.nl")).contains(Refusal.PERSONAL);
        assertThat(policy.refusal("Kompas-Zolder-77", "iris.jansen@kompas.nl")).contains(Refusal.PERSONAL);
        assertThat(policy.refusal("Uitzicht-Zolder-1", "iris.jansen@kompas.nl")).contains(Refusal.PERSONAL);
        assertThat(policy.refusal("U1tz1cht-Zolder-1", "iris.jansen@kompas.nl")).contains(Refusal.PERSONAL);
        assertThat(policy.refusal("Zolder-Kievit-77", "iris.jansen@kompas.nl")).isEmpty();
    }

    @Test
    void everyRefusalHasAMessageKey() {
        assertThat(Refusal.COMMON.messageKey()).isEqualTo("password.refused.common");
        assertThat(Refusal.TOO_SHORT.messageKey()).isEqualTo("password.refused.short");
    }
}
