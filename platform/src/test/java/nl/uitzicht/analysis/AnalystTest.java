package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.Role;
import org.junit.jupiter.api.Test;

class AnalystTest {

    private final UUID account = UUID.randomUUID();
    private final UUID school = UUID.randomUUID();

    @Test
    void theSystemIsNoAnalyst() {
        assertThatThrownBy(() -> new Analyst(Actor.SYSTEM, Set.of(Role.TRAINER), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trainersAndRegionAdminsOrganiseSchoolStaffAndPolicyDoNot() {
        assertThat(analyst(Role.TRAINER).organiser()).isTrue();
        assertThat(analyst(Role.REGION_ADMIN).organiser()).isTrue();
        assertThat(analyst(Role.SCHOOL_STAFF).organiser()).isFalse();
        assertThat(analyst(Role.POLICY).organiser()).isFalse();
    }

    @Test
    void onlySchoolStaffOfThatSchoolIsStaffOfIt() {
        assertThat(new Analyst(new Actor(account, "A"), Set.of(Role.SCHOOL_STAFF), Set.of(school)).staffOf(school))
                .isTrue();
        assertThat(new Analyst(new Actor(account, "A"), Set.of(Role.SCHOOL_STAFF), Set.of(school))
                        .staffOf(UUID.randomUUID()))
                .isFalse();
        assertThat(new Analyst(new Actor(account, "A"), Set.of(Role.TRAINER), Set.of(school)).staffOf(school))
                .isFalse();
    }

    @Test
    void theClaimIsTheAccountItsSchoolsAndItsRolesAuthorities() {
        Analyst a = new Analyst(new Actor(account, "A"), Set.of(Role.TRAINER, Role.SCHOOL_STAFF), Set.of(school));
        assertThat(a.accountId()).isEqualTo(account);
        assertThat(a.claimedAccountId()).isEqualTo(account);
        assertThat(a.claimedSchoolIds()).containsExactly(school);
        assertThat(a.claimedAuthorities()).containsExactlyInAnyOrder("ROLE_TRAINER", "ROLE_SCHOOL_STAFF");
    }

    @Test
    void rolesAndSchoolsAreCopied() {
        Set<Role> roles = new HashSet<>(Set.of(Role.SCHOOL_STAFF));
        Analyst a = new Analyst(new Actor(account, "A"), roles, Set.of());
        roles.add(Role.REGION_ADMIN);
        assertThat(a.organiser()).isFalse();
    }

    private Analyst analyst(Role role) {
        return new Analyst(new Actor(account, "A"), Set.of(role), Set.of());
    }
}
