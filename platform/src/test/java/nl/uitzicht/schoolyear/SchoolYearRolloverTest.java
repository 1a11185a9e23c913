package nl.uitzicht.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The school-year rollover against PostgreSQL: the dry run is what the run does, a second run does nothing,
 * another region is untouched, and only a region admin runs it or sees its report.
 */
@PlatformTest
@WithRole(system = true)
class SchoolYearRolloverTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    SchoolYearRollover rollover;

    @Autowired
    AuditLog audit;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    final Actor admin = new Actor(UUID.randomUUID(), "Rita Regio");
    final LocalDate enrolled = today.minusYears(2);

    YearFixture a;
    YearFixture b;

    @BeforeEach
    void regions() {
        a = new YearFixture(regions, schools);
        b = new YearFixture(regions, schools);
    }

    private <T> T asAdminOf(UUID region, Supplier<T> body) {
        return Callers.call(Callers.person(Role.REGION_ADMIN), () -> TenantContext.callAs(region, body));
    }

    private PupilSummary reread(YearFixture f, UUID pupilId) {
        return TenantContext.callAs(f.region, () -> pupils.get(f.staff, pupilId));
    }

    @Test
    void theRunDoesWhatTheDryRunShowedOnceAndOnlyInItsOwnRegion() {
        PupilSummary tess = a.pupil(pupils, a.primary, "Tess", "Groep 3", enrolled);
        PupilSummary daan = a.pupil(pupils, a.primary, "Daan", "Groep 8b", enrolled);
        PupilSummary combi = a.pupil(pupils, a.primary, "Fenna", "Groep 5/6", enrolled);
        PupilSummary havo = a.pupil(pupils, a.secondary, "Ravi", "2 havo", enrolled);
        PupilSummary vwo = a.pupil(pupils, a.secondary, "Lieke", "V6", enrolled);
        OppPlan daansPlan = TenantContext.callAs(a.region, () -> plans.start(a.staff, daan.id(), enrolled));
        PupilSummary other = b.pupil(pupils, b.primary, "Noor", "Groep 4", enrolled);

        RolloverReport dryRun = asAdminOf(a.region, () -> rollover.preview(admin));
        assertThat(dryRun.done()).isFalse();
        assertThat(dryRun.rows())
                .extracting(RolloverRow::pupilName, RolloverRow::change, RolloverRow::after)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Tess", RolloverChange.MOVE_UP, "Groep 4"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Daan",
                                RolloverChange.LEAVE,
                                dryRun.rolloverOn().minusDays(1).toString()),
                        org.assertj.core.groups.Tuple.tuple("Daan", RolloverChange.CLOSE_OPP, "CLOSED"),
                        org.assertj.core.groups.Tuple.tuple("Fenna", RolloverChange.NOT_UNDERSTOOD, ""),
                        org.assertj.core.groups.Tuple.tuple("Ravi", RolloverChange.MOVE_UP, "3 havo"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Lieke",
                                RolloverChange.LEAVE,
                                dryRun.rolloverOn().minusDays(1).toString()));
        assertThat(dryRun.perSchool()).containsOnlyKeys("De Linde", "Het Baken");
        // The dry run changed nothing.
        assertThat(reread(a, tess.id()).group()).isEqualTo("Groep 3");

        RolloverReport run = asAdminOf(a.region, () -> rollover.run(admin));
        assertThat(run.rows()).isEqualTo(dryRun.rows());
        assertThat(reread(a, tess.id()).group()).isEqualTo("Groep 4");
        assertThat(reread(a, havo.id()).group()).isEqualTo("3 havo");
        assertThat(reread(a, combi.id()).group()).isEqualTo("Groep 5/6");
        assertThat(reread(a, daan.id()).leftOn()).isEqualTo(dryRun.rolloverOn().minusDays(1));
        assertThat(reread(a, vwo.id()).leftOn()).isEqualTo(dryRun.rolloverOn().minusDays(1));
        OppPlan closed = TenantContext.callAs(a.region, () -> plans.open(a.staff, daansPlan.id()));
        assertThat(closed.state()).isEqualTo(OppState.CLOSED);
        assertThat(closed.ending()).isNotNull();
        assertThat(closed.ending().reason()).isEqualTo(nl.uitzicht.opp.ClosingReason.PUPIL_LEFT);
        assertThat(TenantContext.callAs(a.region, () -> audit.trailOf(PupilRegister.AUDIT_SUBJECT, tess.id())))
                .anySatisfy(r -> assertThat(r.detail()).isEqualTo("school year: group Groep 3 -> Groep 4"));

        // Twice does nothing the second time: no rows, and Tess stays in groep 4.
        RolloverReport again = asAdminOf(a.region, () -> rollover.run(admin));
        assertThat(again.done()).isTrue();
        assertThat(again.rows()).isEmpty();
        assertThat(again.doneBy()).isEqualTo("Rita Regio");
        assertThat(reread(a, tess.id()).group()).isEqualTo("Groep 4");
        assertThat(asAdminOf(a.region, () -> rollover.preview(admin)).done()).isTrue();

        // The other region's pupils were not moved, and its own dry run shows only its own pupils.
        assertThat(reread(b, other.id()).group()).isEqualTo("Groep 4");
        RolloverReport theirs = asAdminOf(b.region, () -> rollover.preview(admin));
        assertThat(theirs.done()).isFalse();
        assertThat(theirs.rows()).extracting(RolloverRow::pupilName).containsExactly("Noor");
    }

    @Test
    void onlyARegionAdminRunsTheRolloverOrSeesItsReport() {
        a.pupil(pupils, a.primary, "Tess", "Groep 3", enrolled);
        for (var caller : List.of(
                Callers.person(Role.SCHOOL_STAFF),
                Callers.person(Role.POLICY),
                Callers.person(Role.TRAINER),
                Callers.person(Role.PARENT),
                Callers.anonymous())) {
            assertThatThrownBy(() ->
                            Callers.call(caller, () -> TenantContext.callAs(a.region, () -> rollover.preview(admin))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() ->
                            Callers.call(caller, () -> TenantContext.callAs(a.region, () -> rollover.run(admin))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(asAdminOf(a.region, () -> rollover.preview(admin)).rows()).hasSize(1);
    }
}
