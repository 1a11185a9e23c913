package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MembershipTest {

    @Test
    void operatorIsAPlatformRoleNeverARegionRole() {
        assertThatThrownBy(() -> new Membership(UUID.randomUUID(), UUID.randomUUID(), Role.OPERATOR, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schoolStaffIsScopedToTheirSchoolsAndTheScopeCanBeReplaced() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Set<UUID> given = new HashSet<>(Set.of(a));
        Membership m = new Membership(UUID.randomUUID(), UUID.randomUUID(), Role.SCHOOL_STAFF, given);
        given.add(b);
        assertThat(m.getSchoolIds()).containsExactly(a);
        m.scopeToSchools(Set.of(b));
        assertThat(m.getSchoolIds()).containsExactly(b);
        assertThat(m.getRole()).isEqualTo(Role.SCHOOL_STAFF);
    }

    @Test
    void rolesAsSpringAuthoritiesAndMembershipsAnswerWhatTheyHold() {
        assertThat(Role.REGION_ADMIN.authority()).isEqualTo("ROLE_REGION_ADMIN");
        for (Role r : Role.values()) {
            assertThat(r.authority()).isEqualTo("ROLE_" + r.name());
        }
        RegionMembership m = new RegionMembership(UUID.randomUUID(), "PO2001", "SWV", Set.of(Role.TRAINER), Set.of());
        assertThat(m.has(Role.TRAINER)).isTrue();
        assertThat(m.has(Role.REGION_ADMIN)).isFalse();
    }
}
