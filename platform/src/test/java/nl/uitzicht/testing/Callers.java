package nl.uitzicht.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.access.Allow;
import nl.uitzicht.access.SignedInPerson;
import nl.uitzicht.identity.Role;
import nl.uitzicht.pupil.StaffScope;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who calls the services in a test: a person with roles, a school staff member matching a
 * {@link StaffScope}, the system, or nobody. The authentications look like the web layer's
 * (a {@link SignedInPerson} principal, {@code ROLE_*} authorities and {@code SIGNED_IN}).
 * {@link #call} and {@link #run} restore the previous caller; {@link WithRole} sets one per test.
 */
public final class Callers {

    private Callers() {}

    /** The principal of a test person. */
    public record TestPerson(UUID accountId, Set<UUID> schoolIds) implements SignedInPerson {}

    /** A signed-in person with these roles in the bound region, a fresh account and no schools. */
    public static Authentication person(Role... roles) {
        return person(new TestPerson(UUID.randomUUID(), Set.of()), roles);
    }

    /** The school staff member a scope was made for: the scope's actor, with the scope's schools. */
    public static Authentication staff(StaffScope scope) {
        UUID account = scope.actor().id();
        if (account == null) {
            throw new IllegalArgumentException("A staff scope for a person needs an actor id");
        }
        return person(new TestPerson(account, scope.schoolIds()), Role.SCHOOL_STAFF);
    }

    public static Authentication person(TestPerson person, Role... roles) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("SIGNED_IN"));
        for (Role role : roles) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        TestingAuthenticationToken auth = new TestingAuthenticationToken(person, "", authorities);
        auth.setAuthenticated(true);
        return auth;
    }

    /** An API client (a bearer token): roles, but no person behind it. */
    public static Authentication apiClient(Role... roles) {
        TestingAuthenticationToken auth = new TestingAuthenticationToken(
                "api-client",
                "",
                AuthorityUtils.createAuthorityList(
                        java.util.Arrays.stream(roles).map(Role::authority).toArray(String[]::new)));
        auth.setAuthenticated(true);
        return auth;
    }

    /** As {@code SystemWork} runs: only {@code ROLE_SYSTEM}. */
    public static Authentication system() {
        TestingAuthenticationToken auth = new TestingAuthenticationToken("system", "", Allow.SYSTEM_AUTHORITY);
        auth.setAuthenticated(true);
        return auth;
    }

    /** Someone who has not signed in (as the web layer's anonymous filter sets it). */
    public static Authentication anonymous() {
        return new AnonymousAuthenticationToken(
                "test", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    }

    public static <T> T call(Authentication caller, Supplier<T> body) {
        SecurityContext previous = SecurityContextHolder.getContext();
        signIn(caller);
        try {
            return body.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Authentication caller, Runnable body) {
        call(caller, () -> {
            body.run();
            return null;
        });
    }

    /** Sets the caller for the rest of this thread's test (cleared by {@link WithRole}'s extension). */
    public static void signIn(Authentication caller) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(caller);
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
