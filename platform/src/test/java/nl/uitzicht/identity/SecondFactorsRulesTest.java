package nl.uitzicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecondFactorsRulesTest {

    @Test
    void aCodeCheckIsThrottledOnlyWhenItSaysHowLongToWait() {
        assertThat(SecondFactors.CodeCheck.ACCEPTED.accepted()).isTrue();
        assertThat(SecondFactors.CodeCheck.ACCEPTED.throttled()).isFalse();
        assertThat(SecondFactors.CodeCheck.WRONG.accepted()).isFalse();
        assertThat(SecondFactors.CodeCheck.WRONG.throttled()).isFalse();
        assertThat(new SecondFactors.CodeCheck(false, 12).throttled()).isTrue();
    }

    @Test
    void aRegionMemberIsCopiedWhenMade() {
        java.util.Set<Role> roles = new java.util.HashSet<>(java.util.Set.of(Role.TRAINER));
        RegionMember m = new RegionMember(java.util.UUID.randomUUID(), "a@b.nl", "A", true, roles, java.util.Set.of());
        roles.add(Role.REGION_ADMIN);
        assertThat(m.roles()).containsExactly(Role.TRAINER);
    }
}
