package nl.uitzicht.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.audit.Actor;
import org.junit.jupiter.api.Test;

class StaffScopeTest {

    private final UUID account = UUID.randomUUID();
    private final UUID mine = UUID.randomUUID();

    @Test
    void aStaffMemberReachesOnlyTheirOwnSchools() {
        StaffScope scope = new StaffScope(new Actor(account, "Ib'er"), Set.of(mine));
        assertThat(scope.covers(mine)).isTrue();
        assertThat(scope.covers(UUID.randomUUID())).isFalse();
        scope.check(mine);
        assertThatThrownBy(() -> scope.check(UUID.randomUUID()))
                .isInstanceOf(OutOfScopeException.class)
                .hasMessage("opp.pupil.error.notFound");
    }

    @Test
    void theScopeIsFixedWhenMade() {
        Set<UUID> schools = new HashSet<>(Set.of(mine));
        StaffScope scope = new StaffScope(new Actor(account, "Ib'er"), schools);
        UUID later = UUID.randomUUID();
        schools.add(later);
        assertThat(scope.covers(later)).isFalse();
    }

    @Test
    void itClaimsTheActorsAccountAndSchools() {
        StaffScope scope = new StaffScope(new Actor(account, "Ib'er"), Set.of(mine));
        assertThat(scope.claimedAccountId()).isEqualTo(account);
        assertThat(scope.claimedSchoolIds()).containsExactly(mine);
        assertThat(scope.claimedAuthorities()).isEmpty();
        assertThat(scope.name()).isEqualTo("Ib'er");
    }
}
