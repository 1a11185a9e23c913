package nl.uitzicht.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import nl.uitzicht.TenantAdminTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.LocalAccountAuthenticationProvider;
import nl.uitzicht.identity.RegionMember;
import nl.uitzicht.identity.Role;
import nl.uitzicht.provisioning.RegionProvisioning;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

@TenantAdminTest
@WithRole(Role.REGION_ADMIN)
@ExtendWith(OutputCaptureExtension.class)
class InvitationsTest {

    static final String BASE = "https://uitzicht.example";
    static final Actor ADMIN = new Actor(UUID.randomUUID(), "Bea Beheer");

    @Autowired
    Invitations invitations;

    @Autowired
    InvitationAcceptance acceptance;

    @Autowired
    RegionPeople people;

    @Autowired
    RegionProvisioning provisioning;

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    LocalAccountAuthenticationProvider login;

    @Autowired
    FreshDatabase db;

    private static int counter;
    private UUID region;
    private SchoolSummary school;

    @BeforeEach
    @WithRole(system = true)
    void region() {
        region = provisioning
                .provision("PO31" + String.format("%02d", ++counter), "SWV uitnodiging " + counter, Sector.PO)
                .getId();
        school = TenantContext.callAs(
                region, () -> schools.add(new SchoolDetails("31AB", "00", "OBS De Es", SchoolType.BAO, "Assen", 200)));
    }

    private IssuedInvitation inviteStaff(String email) {
        return TenantContext.callAs(
                region,
                () -> invitations.invite(
                        email, "Iris Ib", Set.of(Role.SCHOOL_STAFF), Set.of(school.id()), ADMIN, BASE));
    }

    /** The invitation page is opened by someone not signed in. */
    private InvitationLanding landing(String token) {
        return Callers.call(Callers.anonymous(), () -> acceptance.landing(token));
    }

    private String accept(String token, String password, String repeated) {
        return Callers.call(Callers.anonymous(), () -> acceptance.acceptWithPassword(token, password, repeated));
    }

    private static String token(IssuedInvitation issued) {
        return issued.link().substring(issued.link().lastIndexOf('/') + 1);
    }

    private Authentication logIn(String email, String password) {
        return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    /** Without a mail server the inviter sees the link; the log (shipped to log stores) never does. */
    @Test
    void theLinkIsGivenToTheInviterButNeverLogged(CapturedOutput output) {
        IssuedInvitation issued = inviteStaff("geheim@school.nl");
        assertThat(issued.link()).isNotNull();
        String token = token(issued);
        assertThat(output.getAll())
                .contains("geheim@school.nl")
                .doesNotContain(token)
                .doesNotContain("/uitnodiging/");
    }

    @Test
    void anInvitationIsASingleUseLinkToSetAPasswordAndOnlyItsHashIsStored() {
        IssuedInvitation issued = inviteStaff("Iris.IB@School.nl");
        assertThat(issued.mailed())
                .as("no mail server in tests: the link is shown")
                .isFalse();
        assertThat(issued.link()).startsWith(BASE + "/uitnodiging/");
        String token = token(issued);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(db.ownerQuery("select token_hash from invitation where region_id = '" + region + "'"))
                .hasSize(1)
                .allSatisfy(hash -> assertThat(hash).isNotEqualTo(token).hasSize(64));
        assertThat(db.ownerQuery("select count(*) from invitation where token_hash like '%" + token + "%'"))
                .containsExactly("0");

        InvitationLanding landing = landing(token);
        assertThat(landing.usable()).isTrue();
        assertThat(landing.email()).isEqualTo("iris.ib@school.nl");

        assertThatThrownBy(() -> accept(token, "kort", "kort")).hasMessageContaining("password.refused.short");
        assertThatThrownBy(() -> accept(token, "Welkom-2026!", "Welkom-2026!"))
                .as("a common password, with a year")
                .hasMessageContaining("password.refused.common");
        assertThatThrownBy(() -> accept(token, "Lang-genoeg-2026", "Lang-genoeg-2027"))
                .hasMessageContaining("admin.accept.error.repeat");
        assertThat(accept(token, "Lang-genoeg-2026", "Lang-genoeg-2026")).isEqualTo("iris.ib@school.nl");
        assertThat(logIn("iris.ib@school.nl", "Lang-genoeg-2026").isAuthenticated())
                .isTrue();
        RegionMember member =
                TenantContext.callAs(region, () -> people.members()).getFirst();
        assertThat(member.roles()).containsExactly(Role.SCHOOL_STAFF);
        assertThat(member.schoolIds()).containsExactly(school.id());

        assertThat(landing(token).status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThatThrownBy(() -> accept(token, "Ander-wachtwoord-1", "Ander-wachtwoord-1"))
                .as("a used link is refused")
                .hasMessageContaining("admin.accept.error.ACCEPTED");
        assertThat(logIn("iris.ib@school.nl", "Lang-genoeg-2026").isAuthenticated())
                .as("and did not change the password")
                .isTrue();
    }

    @Test
    void expiredRevokedAndUnknownLinksAreRefusedAndResendReplacesTheLink() {
        IssuedInvitation first = inviteStaff("ex@school.nl");
        db.ownerExecute("update invitation set expires_at = now() - interval '1 minute' where email = 'ex@school.nl'");
        assertThat(landing(token(first)).status()).isEqualTo(InvitationStatus.EXPIRED);
        assertThatThrownBy(() -> accept(token(first), "Lang-genoeg-2026", "Lang-genoeg-2026"))
                .hasMessageContaining("admin.accept.error.EXPIRED");
        assertThat(accounts.findByEmail("ex@school.nl"))
                .as("no account was made")
                .isEmpty();

        InvitationSummary expired =
                TenantContext.callAs(region, () -> invitations.ofRegion()).getFirst();
        IssuedInvitation renewed =
                TenantContext.callAs(region, () -> invitations.resend(expired.id(), expired.version(), BASE, ADMIN));
        assertThat(renewed.invitation().status()).isEqualTo(InvitationStatus.OPEN);
        assertThat(landing(token(first)).usable()).as("the old link is dead").isFalse();
        assertThat(landing(token(renewed)).usable()).isTrue();

        InvitationSummary open =
                TenantContext.callAs(region, () -> invitations.ofRegion()).getFirst();
        TenantContext.runAs(region, () -> invitations.revoke(open.id(), open.version(), ADMIN));
        assertThatThrownBy(() -> accept(token(renewed), "Lang-genoeg-2026", "Lang-genoeg-2026"))
                .hasMessageContaining("admin.accept.error.REVOKED");
        assertThat(landing("made-up-token").usable()).isFalse();
        assertThatThrownBy(
                        () -> TenantContext.runAs(region, () -> invitations.revoke(open.id(), open.version(), ADMIN)))
                .as("stale version")
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void invitationsAreValidatedAndPeopleCanBeChangedAndDeactivated() {
        assertThatThrownBy(() -> TenantContext.runAs(
                        region,
                        () -> invitations.invite("geen-adres", "X", Set.of(Role.POLICY), Set.of(), ADMIN, BASE)))
                .hasMessageContaining("admin.invite.error.email");
        assertThatThrownBy(() -> TenantContext.runAs(
                        region, () -> invitations.invite("a@b.nl", " ", Set.of(Role.POLICY), Set.of(), ADMIN, BASE)))
                .hasMessageContaining("admin.invite.error.name");
        assertThatThrownBy(() -> TenantContext.runAs(
                        region, () -> invitations.invite("a@b.nl", "A", Set.of(), Set.of(), ADMIN, BASE)))
                .hasMessageContaining("admin.invite.error.roles");
        assertThatThrownBy(() -> TenantContext.runAs(
                        region,
                        () -> invitations.invite("a@b.nl", "A", Set.of(Role.SCHOOL_STAFF), Set.of(), ADMIN, BASE)))
                .hasMessageContaining("admin.invite.error.schools");
        assertThatThrownBy(() -> TenantContext.runAs(
                        region,
                        () -> invitations.invite(
                                "a@b.nl", "A", Set.of(Role.SCHOOL_STAFF), Set.of(UUID.randomUUID()), ADMIN, BASE)))
                .hasMessageContaining("admin.invite.error.schools");

        IssuedInvitation issued = TenantContext.callAs(
                region,
                () -> invitations.invite("p@regio.nl", "Pim Beleid", Set.of(Role.POLICY), Set.of(), ADMIN, BASE));
        assertThatThrownBy(() -> TenantContext.runAs(
                        region,
                        () -> invitations.invite("p@regio.nl", "Pim", Set.of(Role.POLICY), Set.of(), ADMIN, BASE)))
                .hasMessageContaining("admin.invite.error.pending");
        accept(token(issued), "Lang-genoeg-2026", "Lang-genoeg-2026");
        UUID pim = accounts.findByEmail("p@regio.nl").orElseThrow().id();

        TenantContext.runAs(
                region,
                () -> people.changeRoles(pim, Set.of(Role.POLICY, Role.SCHOOL_STAFF), Set.of(school.id()), ADMIN));
        assertThat(TenantContext.callAs(region, () -> people.members())
                        .getFirst()
                        .roles())
                .containsExactlyInAnyOrder(Role.POLICY, Role.SCHOOL_STAFF);
        assertThatThrownBy(() -> TenantContext.runAs(
                        region,
                        () -> people.changeRoles(pim, Set.of(Role.POLICY), Set.of(), new Actor(pim, "Pim Beleid"))))
                .as("an admin keeps their own admin role")
                .hasMessageContaining("admin.people.error.self");

        assertThat(TenantContext.callAs(region, () -> people.deactivate(pim, ADMIN)))
                .isTrue();
        // Both changes are in the region's audit trail, with who made them.
        assertThat(db.ownerQuery(
                        "select actor_name || ' ' || action || ' ' || detail from audit_event where subject_type = 'PERSON'"
                                + " and subject_id = '" + pim + "' order by occurred_at"))
                .containsExactly(
                        "Bea Beheer UPDATE roles [POLICY] -> [POLICY, SCHOOL_STAFF], 1 school(s)",
                        "Bea Beheer DELETE access removed (had [POLICY, SCHOOL_STAFF]), account deactivated");
        assertThat(TenantContext.callAs(region, () -> people.members())).isEmpty();
        assertThatThrownBy(() -> logIn("p@regio.nl", "Lang-genoeg-2026")).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aSuspendedRegionsInvitationsCannotBeUsedAndItsPeopleLoseTheRegion() {
        IssuedInvitation issued = inviteStaff("s@school.nl");
        accept(token(issued), "Lang-genoeg-2026", "Lang-genoeg-2026");
        IssuedInvitation second = TenantContext.callAs(
                region, () -> invitations.invite("t@school.nl", "Tom", Set.of(Role.TRAINER), Set.of(), ADMIN, BASE));
        UUID s = accounts.findByEmail("s@school.nl").orElseThrow().id();
        assertThat(accounts.membershipsOf(s)).hasSize(1);

        Callers.run(Callers.person(Role.OPERATOR), () -> regions.suspend(region));
        assertThat(accounts.membershipsOf(s))
                .as("a suspended region is not offered at login")
                .isEmpty();
        assertThat(landing(token(second)).usable()).isFalse();
        Callers.run(Callers.person(Role.OPERATOR), () -> regions.reactivate(region));
        assertThat(accounts.membershipsOf(s)).hasSize(1);
        assertThat(landing(token(second)).usable()).isTrue();
    }
}
