package nl.uitzicht.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import nl.uitzicht.TenantAdminTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.LocalAccountAuthenticationProvider;
import nl.uitzicht.identity.Role;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The account takeover of issue 12: a region administrator invites an address that already has an
 * account (another region's administrator, the platform operator) and accepts the invitation
 * themselves with a password of their choosing. An invitation must never change an existing
 * account's credentials; the owner accepts by proving the account is theirs.
 */
@TenantAdminTest
@WithRole(system = true)
class AccountTakeoverTest {

    /** The address of the request that made the invitation: a caller could set it (Host header). */
    static final String BASE = "https://aanvaller.example";

    static final String VICTIM_PASSWORD = "Eigen-wachtwoord-2026";
    static final String ATTACKER_PASSWORD = "Aanvaller-kiest-2026";

    @Autowired
    Invitations invitations;

    @Autowired
    InvitationAcceptance acceptance;

    @Autowired
    RegionProvisioning provisioning;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    LocalAccountAuthenticationProvider login;

    @Autowired
    nl.uitzicht.audit.PlatformLog platformLog;

    private static int counter;
    private UUID attackersRegion;
    private UUID victimsRegion;
    private AccountSummary victim;
    private final Actor attacker = new Actor(UUID.randomUUID(), "Kwaadwillende Beheerder");

    @BeforeEach
    void twoRegions() {
        int n = ++counter;
        attackersRegion = provisioning
                .provision("PO32" + String.format("%02d", n), "SWV aanvaller " + n, Sector.PO)
                .getId();
        victimsRegion = provisioning
                .provision("VO32" + String.format("%02d", n), "SWV slachtoffer " + n, Sector.VO)
                .getId();
        victim = accounts.createAccount("beheer" + n + "@slachtoffer.nl", "Vera Slachtoffer", VICTIM_PASSWORD);
        accounts.changeRoles(victim.id(), victimsRegion, Set.of(Role.REGION_ADMIN), Set.of());
    }

    private String invite(String email) {
        IssuedInvitation issued = TenantContext.callAs(
                attackersRegion,
                () -> Callers.call(
                        Callers.person(Role.REGION_ADMIN),
                        () -> invitations.invite(email, "Wie dan ook", Set.of(Role.POLICY), Set.of(), attacker, BASE)));
        assertThat(issued.link())
                .as("the configured public address, never the request's")
                .startsWith("https://uitzicht.example/uitnodiging/");
        return issued.link().substring(issued.link().lastIndexOf('/') + 1);
    }

    private static <T> T anonymously(java.util.function.Supplier<T> call) {
        return Callers.call(Callers.anonymous(), call::get);
    }

    private Authentication logIn(String email, String password) {
        return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void acceptingAnInvitationForAnExistingAccountWithANewPasswordIsRefusedAndTheOwnersPasswordKeepsWorking() {
        String token = invite(victim.email());
        assertThat(anonymously(() -> acceptance.landing(token)).existingAccount())
                .as("the page asks for the account's own password")
                .isTrue();

        assertThatThrownBy(() ->
                        anonymously(() -> acceptance.acceptWithPassword(token, ATTACKER_PASSWORD, ATTACKER_PASSWORD)))
                .hasMessageContaining("admin.accept.error.existing");

        assertThatThrownBy(() -> logIn(victim.email(), ATTACKER_PASSWORD)).isInstanceOf(AuthenticationException.class);
        assertThat(logIn(victim.email(), VICTIM_PASSWORD).isAuthenticated()).isTrue();
        assertThat(accounts.membershipsOf(victim.id()))
                .as("no membership gained without proof")
                .extracting(m -> m.regionId())
                .containsExactly(victimsRegion);
        assertThat(anonymously(() -> acceptance.landing(token)).usable())
                .as("the link is still open for its real owner")
                .isTrue();
    }

    @Test
    void guessingTheOwnersPasswordThroughTheInvitationIsRefusedAndThrottledLikeALogin() {
        String token = invite(victim.email());
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> anonymously(
                            () -> acceptance.acceptWithOwnPassword(token, "Geraden-wachtwoord-" + System.nanoTime())))
                    .hasMessageContaining("admin.accept.error.ownPassword");
        }
        assertThatThrownBy(() -> anonymously(() -> acceptance.acceptWithOwnPassword(token, VICTIM_PASSWORD)))
                .as("after repeated failures even the right password waits, as at the login")
                .hasMessageContaining("admin.accept.error.ownPassword");
        assertThat(accounts.membershipsOf(victim.id()))
                .extracting(m -> m.regionId())
                .containsExactly(victimsRegion);
    }

    @Test
    void theOwnerAcceptsWithTheirOwnPasswordAndKeepsIt() {
        String token = invite(victim.email());
        assertThat(anonymously(() -> acceptance.acceptWithOwnPassword(token, VICTIM_PASSWORD)))
                .isEqualTo(victim.email());

        assertThat(accounts.membershipsOf(victim.id()))
                .extracting(m -> m.regionId())
                .containsExactlyInAnyOrder(victimsRegion, attackersRegion);
        assertThat(logIn(victim.email(), VICTIM_PASSWORD).isAuthenticated()).isTrue();
        assertThat(anonymously(() -> acceptance.landing(token)).usable())
                .as("single use")
                .isFalse();
        assertThat(accounts.find(victim.id()).orElseThrow().accessVersion())
                .as("live sessions of the account see the new membership")
                .isGreaterThan(victim.accessVersion());
        assertThat(Callers.call(Callers.person(Role.OPERATOR), () -> platformLog.ofRegion(attackersRegion)))
                .as("who invited whom, and who accepted, in the platform log")
                .extracting(r -> r.action() + " " + r.actorName() + " " + r.detail())
                .containsSubsequence(
                        "INVITATION_ACCEPTED Vera Slachtoffer by " + victim.email(),
                        "INVITATION_SENT Kwaadwillende Beheerder to " + victim.email() + " as [POLICY]");
    }

    @Test
    void aPlatformOperatorCannotBeInvitedIntoARegionNorJoinOne() {
        AccountSummary operator =
                accounts.createOperator("operator" + counter + "@uitzicht.example", "Olga Operator", VICTIM_PASSWORD);
        assertThatThrownBy(() -> invite(operator.email())).hasMessageContaining("admin.invite.error.operator");
        assertThatThrownBy(() -> Callers.call(
                        Callers.person(Role.OPERATOR),
                        () -> invitations.inviteRegionAdmin(victimsRegion, operator.email(), "Olga", attacker, BASE)))
                .as("not even by the operator for their own account")
                .hasMessageContaining("admin.invite.error.operator");
        assertThat(logIn(operator.email(), VICTIM_PASSWORD).isAuthenticated()).isTrue();
        assertThat(accounts.membershipsOf(operator.id())).isEmpty();
    }
}
