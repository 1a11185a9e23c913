package nl.uitzicht.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Single-use link tokens: 256 random bits, URL-safe; only the SHA-256 hash is stored. */
class InvitationTokensTest {

    @Test
    void tokensAreUrlSafe256BitValuesThatDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = InvitationTokens.newToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void theStoredHashIsSha256AndDoesNotRevealTheToken() {
        assertThat(InvitationTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = InvitationTokens.newToken();
        assertThat(InvitationTokens.hash(token))
                .isEqualTo(InvitationTokens.hash(token))
                .doesNotContain(token);
    }

    @Test
    void onlyAnOpenInvitationCanBeUsed() {
        assertThat(InvitationLanding.unusable(InvitationStatus.EXPIRED).usable())
                .isFalse();
        assertThat(InvitationLanding.unusable(InvitationStatus.EXPIRED).email()).isNull();
        assertThat(new InvitationLanding(InvitationStatus.OPEN, "a@b.nl", "A", "SWV", "PO2001", false, false).usable())
                .isTrue();
    }

    @Test
    void addressesThatCanBeInvited() {
        assertThat(Invitations.EMAIL.matcher("anna.de-vries+swv@school.nl").matches())
                .isTrue();
        assertThat(Invitations.EMAIL.matcher("anna@school").matches()).isFalse();
        assertThat(Invitations.EMAIL.matcher("anna school@school.nl").matches()).isFalse();
        assertThat(Invitations.EMAIL.matcher("anna@@school.nl").matches()).isFalse();
        assertThat(Invitations.EMAIL.matcher("anna@school.n").matches()).isFalse();
    }
}
