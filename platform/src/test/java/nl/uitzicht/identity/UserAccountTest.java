package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void theEmailAddressIsStoredTrimmedInLowerCase() {
        UserAccount a = new UserAccount(
                "  Anna.de.Vries@School.NL ", "Anna", null, false, Instant.parse("2026-09-01T08:00:00Z"));
        assertThat(a.getEmail()).isEqualTo("anna.de.vries@school.nl");
        assertThat(UserAccount.normalize("X@Y.nl")).isEqualTo("x@y.nl");
    }

    @Test
    void deactivatingAndActivatingChangeWhatLiveSessionsMayDo() {
        UserAccount a = new UserAccount("a@b.nl", "A", "hash", false, Instant.parse("2026-09-01T08:00:00Z"));
        long start = a.getAccessVersion();
        a.activate();
        assertThat(a.getAccessVersion()).as("already active: nothing changes").isEqualTo(start);
        a.deactivate();
        assertThat(a.isEnabled()).isFalse();
        assertThat(a.getAccessVersion()).isEqualTo(start + 1);
        a.activate();
        assertThat(a.isEnabled()).isTrue();
        assertThat(a.getAccessVersion()).isEqualTo(start + 2);
        assertThat(a.summary().accessVersion()).isEqualTo(start + 2);
    }

    @Test
    void anAccountWithoutAPasswordLogsInThroughItsRegionsProvider() {
        UserAccount a = new UserAccount("a@b.nl", "A", null, false, Instant.parse("2026-09-01T08:00:00Z"));
        assertThat(a.hasPassword()).isFalse();
        assertThat(a.summary().hasPassword()).isFalse();
        a.changePassword("bcrypt-hash");
        assertThat(a.hasPassword()).isTrue();
    }
}
