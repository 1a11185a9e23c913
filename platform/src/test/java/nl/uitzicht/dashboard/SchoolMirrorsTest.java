package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.achterban.AchterbanMap;
import nl.uitzicht.achterban.Level;
import nl.uitzicht.achterban.StakeholderDraft;
import nl.uitzicht.achterban.StakeholderKind;
import nl.uitzicht.achterban.StakeholderStatus;
import nl.uitzicht.analysis.Checklists;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.identity.SchoolLeaders;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.Callers.TestPerson;
import nl.uitzicht.testing.TestDatabases;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * The school mirror for trainers and school leaders (issue 18 point 4, ADR 0098) on real PostgreSQL under RLS:
 * figures against hand-computed values, suppression as on the policy dashboard, and who reaches which school,
 * called as the people themselves (their roles, their own account id).
 */
@PlatformTest
@WithRole(system = true)
class SchoolMirrorsTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    SchoolLeaders leaders;

    @Autowired
    AchterbanMap achterban;

    @Autowired
    SchoolMirrors mirrors;

    @Autowired
    RegionDashboard dashboard;

    @Autowired
    Checklists checklists;

    @Autowired
    TestDatabases.FreshDatabase db;

    final LocalDate today = LocalDate.now();
    final SchoolYear year = SchoolYear.of(LocalDate.now());
    UUID region;
    UUID schoolA;
    UUID schoolB;
    UUID schoolC;
    DashboardData data;
    UUID trainer;
    UUID leaderA;
    UUID staffA;

    @BeforeEach
    void regionWithThreeSchools() {
        region = regions.register(Unique.regionCode("PO"), "Spiegelregio", Sector.PO)
                .getId();
        schoolA = school("54AA", "Aa-school", 300);
        schoolB = school("54BB", "Bb-school", 200);
        schoolC = school("54CC", "Cc-school", 100);
        TenantContext.runAs(region, categories::installDefaults);
        Map<String, UUID> category = TenantContext.callAs(region, categories::all).stream()
                .collect(Collectors.toMap(SupportCategory::code, SupportCategory::id));
        data = new DashboardData(db, region, category, today);
        trainer = person("Tom Trainer", Role.TRAINER, Set.of());
        leaderA = person("Lies Leider", Role.SCHOOL_STAFF, Set.of(schoolA, schoolB));
        staffA = person("Stijn Staf", Role.SCHOOL_STAFF, Set.of(schoolA));
        // The trainer's achterban holds school A and C; the leader leads A (not B, where she is staff too).
        as(trainer, Role.TRAINER, () -> achterban.add(trainer, schoolStakeholder(schoolA)));
        as(trainer, Role.TRAINER, () -> achterban.add(trainer, schoolStakeholder(schoolC)));
        TenantContext.runAs(region, () -> leaders.lead(leaderA, Set.of(schoolA)));
    }

    private UUID school(String brin, String name, int pupils) {
        return TenantContext.callAs(
                region,
                () -> schools.register(brin, "00", name, SchoolType.BAO, null, pupils)
                        .id());
    }

    private UUID person(String name, Role role, Set<UUID> schoolIds) {
        UUID id = accounts.createAccount(
                        name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "." + region + "@test.nl",
                        name,
                        "Welkom-2026-test")
                .id();
        accounts.grant(id, region, role, schoolIds);
        return id;
    }

    private static StakeholderDraft schoolStakeholder(UUID school) {
        return new StakeholderDraft(
                StakeholderKind.SCHOOL,
                "Directie",
                "directeur",
                school,
                "Samen OPP's bekijken",
                Level.HIGH,
                Level.MEDIUM,
                StakeholderStatus.NOT_APPROACHED,
                "");
    }

    private <T> T as(UUID account, Role role, java.util.function.Supplier<T> body) {
        Authentication caller = Callers.person(new TestPerson(account, Set.of()), role);
        return Callers.call(caller, () -> TenantContext.callAs(region, body));
    }

    private SchoolMirror mirror(UUID account, Role role, UUID school) {
        return as(account, role, () -> mirrors.of(account, school, year, today));
    }

    @Test
    void aSchoolAgainstTheRegionWithHandComputedFigures() {
        data.opps(schoolA, "LEZEN_SPELLEN", 7, today.minusMonths(3), null);
        data.opps(schoolA, "WERKHOUDING", 6, today.minusMonths(3), null);
        data.opps(schoolB, "LEZEN_SPELLEN", 8, today.minusMonths(3), null);
        data.opps(schoolB, "WERKHOUDING", 9, today.minusMonths(3), null);
        data.opps(schoolB, "GEDRAG", 5, today.minusMonths(3), null); // not basic support under the national minimum
        // Consensus on item 1: five OPPs of A scored 2, five of B scored 0.
        UUID round = data.round(
                TenantContext.callAs(region, () -> checklists.standard().id()));
        data.oppsOf(schoolA).stream()
                .limit(5)
                .forEach(o -> data.consensus(round, o, schoolA, "WETTELIJKE_DELEN", 1, 2));
        data.oppsOf(schoolB).stream()
                .limit(5)
                .forEach(o -> data.consensus(round, o, schoolB, "WETTELIJKE_DELEN", 1, 0));

        SchoolMirror m = mirror(leaderA, Role.SCHOOL_STAFF, schoolA);

        assertThat(m.schoolName()).isEqualTo("Aa-school");
        assertThat(m.standardSource()).isEqualTo(RegionDashboard.STANDARD_NATIONAL_MINIMUM);
        // School A: 300 pupils, 13 OPPs (7 + 6), 4.3 per 100; all 13 in basic-support categories.
        assertThat(m.school().pupils()).isEqualTo(300);
        assertThat(m.school().opps().text()).isEqualTo("13");
        assertThat(m.school().oppsPer100()).isEqualTo(4.3);
        assertThat(m.school().basicSupportOpps().text()).isEqualTo("13");
        // Region: 600 pupils (300 + 200 + 100), 35 OPPs (13 + 22) = 5.8 per 100; in basic support 30 (not the 5 for
        // behaviour) = 5.0 per 100.
        assertThat(m.region().pupils()).isEqualTo(600);
        assertThat(m.region().opps().text()).isEqualTo("35");
        assertThat(m.region().oppsPer100()).isEqualTo(5.8);
        assertThat(m.region().basicSupportOpps().text()).isEqualTo("30");
        assertThat(m.region().basicSupportPer100()).isEqualTo(5.0);
        // Per category: reading A 7 of the region's 15 (7 + 8), work attitude A 6 of 15 (6 + 9).
        assertThat(category(m, "Lezen").school().text()).isEqualTo("7");
        assertThat(category(m, "Lezen").region().text()).isEqualTo("15");
        assertThat(category(m, "Werkhouding").school().text()).isEqualTo("6");
        assertThat(category(m, "Werkhouding").region().text()).isEqualTo("15");
        assertThat(m.categories()).extracting(SchoolMirror.Category::name).noneMatch(n -> n.startsWith("Gedrag"));
        // Checklist item 1: A's mean 2.0 over 5 OPPs, the region's (5 x 2 + 5 x 0) / 10 = 1.0.
        SchoolMirror.Item first = m.items().getFirst();
        assertThat(first.code()).isEqualTo("WETTELIJKE_DELEN");
        assertThat(first.schoolOpps().text()).isEqualTo("5");
        assertThat(first.schoolMean()).isEqualTo(2.0);
        assertThat(first.regionOpps().text()).isEqualTo("10");
        assertThat(first.regionMean()).isEqualTo(1.0);
        // Automatic checks: every OPP here has the pupil's view, none has the three legal parts.
        assertThat(check(m, "PUPIL_VIEW").schoolShare()).isEqualTo(100.0);
        assertThat(check(m, "PUPIL_VIEW").regionShare()).isEqualTo(100.0);
        assertThat(check(m, "LEGAL_PARTS").schoolShare()).isEqualTo(0.0);
        assertThat(m.benchmark()).isEqualTo(0.5);
        // The same figures the policy dashboard shows filtered on the school.
        Dashboard policy = TenantContext.callAs(
                region, () -> dashboard.load(new DashboardFilter(year, schoolA, null, null), today));
        assertThat(policy.totalOpps()).isEqualTo(m.school().opps());
        assertThat(policy.mirror().total()).isEqualTo(m.school().basicSupportOpps());
    }

    @Test
    void smallGroupsStaySuppressedAndASchoolCannotBeSubtractedFromTheRegion() {
        // C has 2 reading OPPs: a group under 5, at the school and in its totals.
        data.opps(schoolA, "LEZEN_SPELLEN", 6, today.minusMonths(3), null);
        data.opps(schoolC, "LEZEN_SPELLEN", 2, today.minusMonths(3), null);
        SchoolMirror c = mirror(trainer, Role.TRAINER, schoolC);
        assertThat(c.school().opps().text()).isEqualTo("< 5");
        assertThat(c.school().oppsPer100()).isNull();
        assertThat(category(c, "Lezen").school().text()).isEqualTo("< 5");
        // A has 6 reading OPPs of the region's 8: shown, A's 6 would leave the other schools' 2 to be worked out,
        // so A's count is suppressed in A's own mirror while the region's 8 stays.
        SchoolMirror a = mirror(trainer, Role.TRAINER, schoolA);
        assertThat(category(a, "Lezen").region().text()).isEqualTo("8");
        assertThat(category(a, "Lezen").school().text()).isEqualTo("< 5");
        assertThat(a.school().opps().text()).isEqualTo("< 5");
        assertThat(a.school().oppsPer100()).isNull();
        // Nothing in a mirror names another school.
        assertThat(a.toString()).doesNotContain("Bb-school", "Cc-school");
    }

    @Test
    void eachPersonReachesOnlyTheirOwnSchools() {
        // The trainer: the schools of the achterban, A and C; not B.
        assertThat(as(trainer, Role.TRAINER, () -> mirrors.schoolsOf(trainer)))
                .extracting(SchoolMirrors.MirrorSchool::name)
                .containsExactly("Aa-school", "Cc-school");
        assertThatThrownBy(() -> mirror(trainer, Role.TRAINER, schoolB)).isInstanceOf(AccessDeniedException.class);
        // The school leader: A, which she leads; not B, where she is only staff.
        assertThat(as(leaderA, Role.SCHOOL_STAFF, () -> mirrors.schoolsOf(leaderA)))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.id()).isEqualTo(schoolA);
                    assertThat(s.leads()).isTrue();
                });
        assertThatThrownBy(() -> mirror(leaderA, Role.SCHOOL_STAFF, schoolB)).isInstanceOf(AccessDeniedException.class);
        // Plain school staff: no school at all, not even their own.
        assertThat(as(staffA, Role.SCHOOL_STAFF, () -> mirrors.schoolsOf(staffA)))
                .isEmpty();
        assertThatThrownBy(() -> mirror(staffA, Role.SCHOOL_STAFF, schoolA)).isInstanceOf(AccessDeniedException.class);
        // Acting in another person's name is refused before anything is read.
        assertThatThrownBy(() -> as(staffA, Role.SCHOOL_STAFF, () -> mirrors.of(leaderA, schoolA, year, today)))
                .isInstanceOf(AccessDeniedException.class);
        // Policy staff and region admins use the region dashboard, not this service; anonymous nobody.
        for (Role role : new Role[] {Role.POLICY, Role.REGION_ADMIN}) {
            assertThatThrownBy(() -> as(trainer, role, () -> mirrors.schoolsOf(trainer)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> Callers.call(
                        Callers.anonymous(), () -> TenantContext.callAs(region, () -> mirrors.schoolsOf(trainer))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRevokedPersonOrAnotherRegionReachesNothing() {
        // Taken off the school: the leader mark no longer counts, at once (the mark stays, the scope decides).
        TenantContext.runAs(
                region, () -> accounts.changeRoles(leaderA, region, Set.of(Role.SCHOOL_STAFF), Set.of(schoolB)));
        assertThatThrownBy(() -> mirror(leaderA, Role.SCHOOL_STAFF, schoolA)).isInstanceOf(AccessDeniedException.class);
        // A trainer removed from the region (their session still says TRAINER): the achterban no longer opens it.
        TenantContext.runAs(region, () -> accounts.removeFromRegion(trainer, region));
        assertThat(as(trainer, Role.TRAINER, () -> mirrors.schoolsOf(trainer))).isEmpty();
        assertThatThrownBy(() -> mirror(trainer, Role.TRAINER, schoolA)).isInstanceOf(AccessDeniedException.class);
        // A trainer of another region, with school A's id: in their region the school is not theirs.
        UUID elsewhere = regions.register(Unique.regionCode("PO"), "Andere regio", Sector.PO)
                .getId();
        UUID stranger = accounts.createAccount("vreemde." + elsewhere + "@test.nl", "Vera Vreemd", "Welkom-2026-test")
                .id();
        accounts.grant(stranger, elsewhere, Role.TRAINER, Set.of());
        Authentication strangerCall = Callers.person(new TestPerson(stranger, Set.of()), Role.TRAINER);
        assertThatThrownBy(() -> Callers.call(
                        strangerCall,
                        () -> TenantContext.callAs(
                                elsewhere, () -> achterban.add(stranger, schoolStakeholder(schoolA)))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Callers.call(
                        strangerCall,
                        () -> TenantContext.callAs(elsewhere, () -> mirrors.of(stranger, schoolA, year, today))))
                .isInstanceOf(AccessDeniedException.class);
        // Bound to this region, they hold no role here.
        assertThatThrownBy(() -> Callers.call(
                        strangerCall,
                        () -> TenantContext.callAs(region, () -> mirrors.of(stranger, schoolA, year, today))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheStaffsOwnSchoolsCanBeMarkedAndTheMarkCanBeTakenAway() {
        assertThatThrownBy(() -> TenantContext.runAs(region, () -> leaders.lead(staffA, Set.of(schoolB))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("admin.people.error.leaderSchools");
        assertThatThrownBy(() -> TenantContext.runAs(region, () -> leaders.lead(trainer, Set.of(schoolA))))
                .hasMessageContaining("admin.people.error.leaderSchools");
        TenantContext.runAs(region, () -> leaders.lead(leaderA, Set.of()));
        assertThat(TenantContext.callAs(region, () -> leaders.inRegion())).doesNotContainKey(leaderA);
        assertThat(as(leaderA, Role.SCHOOL_STAFF, () -> mirrors.schoolsOf(leaderA)))
                .isEmpty();
    }

    private static SchoolMirror.Category category(SchoolMirror m, String prefix) {
        return m.categories().stream()
                .filter(c -> c.name().startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    private static SchoolMirror.Check check(SchoolMirror m, String name) {
        return m.checks().stream()
                .filter(c -> c.check().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
