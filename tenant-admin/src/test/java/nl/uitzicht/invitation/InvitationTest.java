package nl.uitzicht.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.identity.Role;
import org.junit.jupiter.api.Test;

/** An invitation is open until it expires, is revoked or is accepted; a new link reopens it. */
class InvitationTest {

    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private final Instant expires = now.plus(Duration.ofDays(7));
    private final UUID school = UUID.randomUUID();

    private Invitation invitation() {
        return new Invitation(
                UUID.randomUUID(),
                "anna@school.nl",
                "Anna",
                Set.of(Role.TRAINER, Role.SCHOOL_STAFF),
                Set.of(school),
                "hash-1",
                now,
                expires,
                null,
                "Beheerder");
    }

    @Test
    void openUntilTheMomentItExpires() {
        Invitation i = invitation();
        assertThat(i.statusAt(now)).isEqualTo(InvitationStatus.OPEN);
        assertThat(i.statusAt(expires.minusMillis(1))).isEqualTo(InvitationStatus.OPEN);
        assertThat(i.statusAt(expires)).isEqualTo(InvitationStatus.EXPIRED);
    }

    @Test
    void acceptedBeatsRevokedAndExpired() {
        Invitation i = invitation();
        i.accept(now.plusSeconds(60));
        i.revoke(now.plusSeconds(120));
        assertThat(i.statusAt(expires.plusSeconds(1))).isEqualTo(InvitationStatus.ACCEPTED);
    }

    @Test
    void aRevokedInvitationStaysRevokedUntilANewLinkIsSent() {
        Invitation i = invitation();
        i.revoke(now.plusSeconds(60));
        assertThat(i.statusAt(now.plusSeconds(61))).isEqualTo(InvitationStatus.REVOKED);
        Instant later = expires.plus(Duration.ofDays(3));
        i.renew("hash-2", later.plus(Duration.ofDays(7)));
        assertThat(i.statusAt(later)).isEqualTo(InvitationStatus.OPEN);
        assertThat(i.summary(later).sentCount()).isEqualTo(2);
        assertThat(i.summary(later).expiresAt()).isEqualTo(later.plus(Duration.ofDays(7)));
    }

    @Test
    void rolesAndSchoolsReadBackAsGiven() {
        InvitationSummary s = invitation().summary(now);
        assertThat(s.roles()).containsExactlyInAnyOrder(Role.TRAINER, Role.SCHOOL_STAFF);
        assertThat(s.schoolIds()).containsExactly(school);
        assertThat(s.invitedBy()).isEqualTo("Beheerder");
        assertThat(s.sentCount()).isEqualTo(1);
        assertThat(s.status()).isEqualTo(InvitationStatus.OPEN);
    }
}
