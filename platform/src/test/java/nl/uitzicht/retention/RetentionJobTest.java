package nl.uitzicht.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.dashboard.Dashboard;
import nl.uitzicht.dashboard.DashboardFilter;
import nl.uitzicht.dashboard.RegionDashboard;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.ClosingInput;
import nl.uitzicht.opp.ClosingReason;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.OppLifecycle;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.schoolyear.YearFixture;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The retention job against PostgreSQL: the dry run lists what the run deletes, each deletion leaves an audit
 * record without its content, the region dashboard's figures stay as they were, and another region is untouched.
 */
@PlatformTest
@WithRole(system = true)
class RetentionJobTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    OppLifecycle lifecycle;

    @Autowired
    RetentionJob job;

    @Autowired
    RegionDashboard dashboards;

    @Autowired
    AuditLog audit;

    @Autowired
    RetentionSchedule schedule;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    final Actor admin = new Actor(UUID.randomUUID(), "Rita Regio");

    YearFixture a;
    YearFixture b;

    @BeforeEach
    void regions() {
        a = new YearFixture(regions, schools);
        b = new YearFixture(regions, schools);
    }

    private <T> T in(YearFixture f, Supplier<T> body) {
        return TenantContext.callAs(f.region, body);
    }

    /** A pupil whose plan started and closed as given; left the school on {@code leftOn} when not null. */
    private OppPlan closedPlan(
            YearFixture f,
            String name,
            LocalDate started,
            LocalDate closed,
            ClosingReason reason,
            ExitDestination destination,
            LocalDate leftOn) {
        PupilSummary pupil = f.pupil(pupils, f.primary, name, "Groep 6", started.minusYears(1));
        OppPlan plan = in(f, () -> plans.start(f.staff, pupil.id(), started));
        OppPlan ended = in(
                f,
                () -> lifecycle.close(
                        f.staff, plan.id(), plan.version(), new ClosingInput(closed, reason, null, destination)));
        if (leftOn != null) {
            in(f, () -> pupils.recordLeaving(f.staff, pupil.id(), pupil.version(), leftOn));
        }
        return ended;
    }

    private List<Dashboard> dashboardsOf(YearFixture f, LocalDate... days) {
        List<Dashboard> all = new ArrayList<>();
        for (LocalDate day : days) {
            all.add(in(f, () -> dashboards.load(new DashboardFilter(SchoolYear.of(day), null, null, null), today)));
        }
        return all;
    }

    @Test
    void theRunDeletesWhatTheDryRunListedAuditsEachDeletionAndKeepsTheDashboardFigures() {
        LocalDate started = today.minusYears(4);
        LocalDate closed = today.minusYears(3);
        List<OppPlan> expired = new ArrayList<>();
        for (String name : List.of("Sem", "Julia", "Mees", "Zoë", "Finn")) {
            expired.add(closedPlan(a, name, started, closed, ClosingReason.GOALS_REACHED, null, null));
        }
        OppPlan leaver = closedPlan(a, "Amira", started, closed, ClosingReason.PUPIL_LEFT, null, closed);
        expired.add(leaver);
        OppPlan referred = closedPlan(
                a,
                "Bram",
                started,
                today.minusYears(2).minusMonths(6),
                ClosingReason.SPECIAL_EDUCATION,
                ExitDestination.SO,
                null);
        OppPlan recent = closedPlan(a, "Lina", started, today.minusYears(1), ClosingReason.GOALS_REACHED, null, null);
        PupilSummary open = a.pupil(pupils, a.primary, "Olivier", "Groep 4", started);
        OppPlan running = in(a, () -> plans.start(a.staff, open.id(), today.minusMonths(2)));
        OppPlan elsewhere = closedPlan(b, "Noor", started, closed, ClosingReason.GOALS_REACHED, null, null);

        List<Dashboard> before = dashboardsOf(a, started, closed, today.minusYears(2));

        RetentionReport dryRun = Callers.call(Callers.person(Role.REGION_ADMIN), () -> in(a, () -> job.preview(admin)));
        assertThat(dryRun.term().years()).isEqualTo(2);
        assertThat(dryRun.files())
                .filteredOn(ExpiredFile::isOpp)
                .extracting(ExpiredFile::oppId)
                .containsExactlyInAnyOrderElementsOf(
                        expired.stream().map(OppPlan::id).toList());
        assertThat(dryRun.files())
                .filteredOn(f -> !f.isOpp())
                .extracting(ExpiredFile::pupilName)
                .containsExactly("Amira");
        assertThat(dryRun.files()).allSatisfy(f -> assertThat(f.deleteFrom()).isBeforeOrEqualTo(today));
        // The dry run deleted nothing.
        assertThat(in(a, () -> plans.open(a.staff, leaver.id())).id()).isEqualTo(leaver.id());

        RetentionReport run = Callers.call(Callers.person(Role.REGION_ADMIN), () -> in(a, () -> job.run(admin)));
        assertThat(run.files()).isEqualTo(dryRun.files());
        assertThat(run.lastRunAt()).isNotNull();
        for (OppPlan gone : expired) {
            assertThatThrownBy(() -> in(a, () -> plans.open(a.staff, gone.id())))
                    .isInstanceOf(OutOfScopeException.class);
            assertThat(in(a, () -> audit.trailOf("OPP", gone.id()))).anySatisfy(r -> {
                assertThat(r.action()).isEqualTo(AuditAction.DELETE);
                assertThat(r.detail()).isEqualTo("retention: ended " + closed + ", kept 2 years");
            });
        }
        assertThatThrownBy(() -> in(a, () -> pupils.get(a.staff, leaver.pupil().id())))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(in(
                        a,
                        () -> audit.trailOf(
                                PupilRegister.AUDIT_SUBJECT, leaver.pupil().id())))
                .anySatisfy(r -> assertThat(r.detail()).startsWith("retention: ended " + closed))
                .noneSatisfy(r -> assertThat(String.valueOf(r.detail())).contains("Amira"));
        // Kept: a referral to special education (3 years), a recent plan, a running plan, another region.
        for (OppPlan kept : List.of(referred, recent, running)) {
            assertThat(in(a, () -> plans.open(a.staff, kept.id())).id()).isEqualTo(kept.id());
        }
        assertThat(in(b, () -> plans.open(b.staff, elsewhere.id())).id()).isEqualTo(elsewhere.id());
        // The region's figures did not change with the files.
        assertThat(dashboardsOf(a, started, closed, today.minusYears(2))).isEqualTo(before);
        assertThat(before.get(0).totalOpps().value()).isGreaterThanOrEqualTo(expired.size());

        // A second run finds nothing more.
        assertThat(Callers.call(Callers.person(Role.REGION_ADMIN), () -> in(a, () -> job.run(admin)))
                        .files())
                .isEmpty();
    }

    @Test
    void onlyARegionAdminRunsTheJobOrSeesItsReport() {
        for (var caller : List.of(
                Callers.person(Role.SCHOOL_STAFF),
                Callers.person(Role.POLICY),
                Callers.person(Role.TRAINER),
                Callers.person(Role.PARENT),
                Callers.anonymous())) {
            assertThatThrownBy(() -> Callers.call(caller, () -> in(a, () -> job.preview(admin))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.call(caller, () -> in(a, () -> job.run(admin))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // A region admin of another region sees only that region's files.
        closedPlan(a, "Sem", today.minusYears(4), today.minusYears(3), ClosingReason.GOALS_REACHED, null, null);
        assertThat(Callers.call(Callers.person(Role.REGION_ADMIN), () -> in(b, () -> job.preview(admin)))
                        .files())
                .isEmpty();
    }

    @Test
    void theNightlyRunBindsEachRegionItselfAndActsAsTheSystem() {
        LocalDate started = today.minusYears(4);
        LocalDate closed = today.minusYears(3);
        OppPlan mine = closedPlan(a, "Sem", started, closed, ClosingReason.GOALS_REACHED, null, null);
        OppPlan theirs = closedPlan(b, "Noor", started, closed, ClosingReason.GOALS_REACHED, null, null);
        TenantContext.clear();

        schedule.nightly();

        assertThat(TenantContext.current()).isNull();
        for (var pair : List.of(java.util.Map.entry(a, mine), java.util.Map.entry(b, theirs))) {
            YearFixture f = pair.getKey();
            assertThatThrownBy(() ->
                            in(f, () -> plans.open(f.staff, pair.getValue().id())))
                    .isInstanceOf(OutOfScopeException.class);
            assertThat(in(f, () -> audit.trailOf("OPP", pair.getValue().id()))).anySatisfy(r -> {
                assertThat(r.action()).isEqualTo(AuditAction.DELETE);
                assertThat(r.actorName()).isEqualTo("system");
            });
        }
    }
}
