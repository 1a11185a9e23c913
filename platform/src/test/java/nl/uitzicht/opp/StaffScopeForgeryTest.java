package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.Role;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * A school scope handed to a service is held against who really calls: a staff member of school A
 * who builds (or is handed) a scope for school B, or for another person, is refused before the
 * service runs, however a view or endpoint came by that scope.
 */
@PlatformTest
class StaffScopeForgeryTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    OppEditor editor;

    OppFixture f;
    PupilSummary pupilOfB;
    OppPlan planOfB;
    Authentication staffOfA;

    @BeforeEach
    void twoSchools() {
        f = Callers.call(Callers.system(), () -> new OppFixture(regions, schools, categories));
        pupilOfB = as(Callers.staff(f.staffB), () -> f.pupil(pupils, f.staffB, f.schoolB, "Bo", LocalDate.now()));
        planOfB = as(Callers.staff(f.staffB), () -> plans.start(f.staffB, pupilOfB.id(), null));
        staffOfA = Callers.staff(f.staffA);
    }

    @Test
    void aStaffMemberOfSchoolAWithAScopeForSchoolBIsRefused() {
        StaffScope forged = new StaffScope(f.staffA.actor(), Set.of(f.schoolB));

        assertThatThrownBy(() -> as(staffOfA, () -> pupils.list(forged))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staffOfA, () -> pupils.get(forged, pupilOfB.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staffOfA, () -> plans.open(forged, planOfB.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staffOfA, () -> plans.list(forged))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        staffOfA,
                        () -> editor.addAgreement(
                                forged,
                                planOfB.id(),
                                planOfB.version(),
                                Party.PARENTS,
                                "Ingevoegd via een vervalste scope")))
                .isInstanceOf(AccessDeniedException.class);
        StaffScope widened = new StaffScope(f.staffA.actor(), Set.of(f.schoolA, f.schoolB));
        assertThatThrownBy(() -> as(staffOfA, () -> pupils.list(widened))).isInstanceOf(AccessDeniedException.class);

        // what was refused did not happen: B's plan is unchanged
        assertThat(as(Callers.staff(f.staffB), () -> plans.open(f.staffB, planOfB.id()))
                        .version())
                .isEqualTo(planOfB.version());
    }

    @Test
    void aScopeInSomeoneElsesNameIsRefusedEvenForTheirOwnSchools() {
        // staff member A hands in B's own scope (B's actor id and school): not A's to use
        assertThatThrownBy(() -> as(staffOfA, () -> plans.open(f.staffB, planOfB.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staffOfA, () -> pupils.list(f.staffB))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aScopeNeedsASignedInPersonNotJustTheRole() {
        Authentication apiClient = Callers.apiClient(Role.SCHOOL_STAFF);
        assertThatThrownBy(() -> as(apiClient, () -> pupils.list(f.staffB))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOwnScopeWorks() {
        assertThat(as(Callers.staff(f.staffB), () -> pupils.list(f.staffB)))
                .extracting(PupilSummary::name)
                .containsExactly("Bo");
        assertThat(as(staffOfA, () -> pupils.list(f.staffA))).isEmpty();
        StaffScope narrower = new StaffScope(f.staffA.actor(), Set.of());
        assertThat(as(staffOfA, () -> pupils.list(narrower))).isEmpty();
    }

    private <T> T as(Authentication caller, Supplier<T> body) {
        return Callers.call(caller, () -> TenantContext.callAs(f.region, body));
    }
}
