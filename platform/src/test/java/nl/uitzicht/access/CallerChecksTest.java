package nl.uitzicht.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The checks that hold a caller's id or claim (school scope, analyst) against the signed-in person,
 * on a plain security context (no Spring application context).
 */
class CallerChecksTest {

    private final UUID me = UUID.randomUUID();
    private final UUID mySchool = UUID.randomUUID();
    private final Callers callers =
            new Callers(new StaticListableBeanFactory().getBeanProvider(SecurityContextHolderStrategy.class));
    private final SystemWork system =
            new SystemWork(new StaticListableBeanFactory().getBeanProvider(SecurityContextHolderStrategy.class));

    private record Person(UUID accountId, Set<UUID> schoolIds) implements SignedInPerson {}

    private record Claim(UUID claimedAccountId, Set<UUID> claimedSchoolIds, Set<String> claimedAuthorities)
            implements CallerClaim {}

    private void signIn(String... roles) {
        List<SimpleGrantedAuthority> authorities =
                java.util.Arrays.stream(roles).map(SimpleGrantedAuthority::new).toList();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new Person(me, Set.of(mySchool)), null, authorities));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPersonActsOnlyInTheirOwnName() {
        signIn("ROLE_TRAINER");
        CallerIdCheck.verify(callers, me);
        assertThatThrownBy(() -> CallerIdCheck.verify(callers, UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInCannotActAsAnyone() {
        assertThatThrownBy(() -> CallerIdCheck.verify(callers, me)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CallerClaimCheck.verify(callers, new Claim(me, Set.of(), Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClaimMustBeThePersonsAccountSchoolsAndRoles() {
        signIn("ROLE_SCHOOL_STAFF");
        CallerClaimCheck.verify(callers, new Claim(me, Set.of(mySchool), Set.of("ROLE_SCHOOL_STAFF")));
        CallerClaimCheck.verify(callers, new Claim(me, Set.of(), Set.of()));
        assertThatThrownBy(() -> CallerClaimCheck.verify(callers, new Claim(UUID.randomUUID(), Set.of(), Set.of())))
                .as("someone else's account")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        CallerClaimCheck.verify(callers, new Claim(me, Set.of(mySchool, UUID.randomUUID()), Set.of())))
                .as("another school")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CallerClaimCheck.verify(callers, new Claim(me, Set.of(), Set.of("ROLE_REGION_ADMIN"))))
                .as("a role not held")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSystemPassesAndIsGoneAfterwards() {
        signIn("ROLE_TRAINER");
        system.run(() -> {
            assertThat(callers.isSystem()).isTrue();
            assertThat(callers.person()).isEmpty();
            CallerIdCheck.verify(callers, UUID.randomUUID());
            CallerClaimCheck.verify(callers, new Claim(null, Set.of(UUID.randomUUID()), Set.of("ROLE_REGION_ADMIN")));
        });
        assertThat(callers.isSystem()).isFalse();
        assertThat(callers.person()).map(SignedInPerson::accountId).contains(me);
        assertThat(callers.holds("ROLE_TRAINER")).isTrue();
        assertThat(callers.holds(Allow.SYSTEM_AUTHORITY)).isFalse();
    }

    @Test
    void systemWorkWithNobodyBeforeLeavesNobodyAfterAlsoWhenItFails() {
        assertThatThrownBy(() -> system.run(() -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(system.call(callers::isSystem)).isTrue();
    }
}
