package nl.uitzicht.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.TenantAdminTest;
import nl.uitzicht.school.BasicSupportProfiles;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.RegionStatus;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.validation.FieldProblem;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Regions by the operator; schools by hand; basic-support standard and SOP profiles, per region. */
@TenantAdminTest
@WithRole(system = true)
class SchoolAdministrationTest {

    static final nl.uitzicht.audit.Actor OPERATOR =
            new nl.uitzicht.audit.Actor(java.util.UUID.randomUUID(), "Olga Operator");

    @Autowired
    RegionLifecycle lifecycle;

    @Autowired
    nl.uitzicht.audit.PlatformLog platformLog;

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    BasicSupportProfiles profiles;

    @Autowired
    SupportCategories categories;

    @Test
    void theOperatorCreatesSuspendsAndReactivatesRegionsWithDutchValidation() {
        assertThatThrownBy(() -> lifecycle.create("PO28", "X", Sector.PO, OPERATOR))
                .hasMessageContaining("admin.region.error.code");
        assertThatThrownBy(() -> lifecycle.create("VO2304", "X", Sector.PO, OPERATOR))
                .hasMessageContaining("admin.region.error.sector");
        assertThatThrownBy(() -> lifecycle.create("PO2304", "  ", Sector.PO, OPERATOR))
                .hasMessageContaining("admin.region.error.name");
        Region made = lifecycle.create("vo 23-04", "SWV VO Zuid-Kennemerland", Sector.VO, OPERATOR);
        assertThat(made.getCode()).isEqualTo("VO2304");
        assertThat(TenantContext.callAs(made.getId(), categories::all))
                .as("defaults installed")
                .hasSize(11);
        assertThatThrownBy(() -> lifecycle.create("VO2304", "Nog een", Sector.VO, OPERATOR))
                .hasMessageContaining("admin.region.error.taken");
        assertThat(lifecycle.suspend(made.getId(), OPERATOR).getStatus()).isEqualTo(RegionStatus.SUSPENDED);
        assertThat(regions.isActive(made.getId())).isFalse();
        assertThat(lifecycle.reactivate(made.getId(), OPERATOR).getStatus()).isEqualTo(RegionStatus.ACTIVE);
        assertThatThrownBy(() -> lifecycle.end(made.getId(), OPERATOR))
                .as("only a suspended region can be ended")
                .hasMessageContaining("admin.region.error.endActive");
        lifecycle.suspend(made.getId(), OPERATOR);
        assertThat(lifecycle.end(made.getId(), OPERATOR).getStatus()).isEqualTo(RegionStatus.ENDED);
        assertThatThrownBy(() -> lifecycle.reactivate(made.getId(), OPERATOR))
                .hasMessageContaining("admin.region.error.ended");
        assertThat(platformLog.ofRegion(made.getId()))
                .as("every step in the platform log, newest first, with who")
                .extracting(r -> r.action() + " " + r.actorName() + " " + r.regionCode())
                .containsExactly(
                        "REGION_ENDED Olga Operator VO2304",
                        "REGION_SUSPENDED Olga Operator VO2304",
                        "REGION_REACTIVATED Olga Operator VO2304",
                        "REGION_SUSPENDED Olga Operator VO2304",
                        "REGION_CREATED Olga Operator VO2304");
    }

    @Test
    void schoolsAreAddedEditedAndClosedWithValidationAndOptimisticLocking() {
        UUID region =
                lifecycle.create("PO2901", "SWV scholen", Sector.PO, OPERATOR).getId();
        TenantContext.runAs(region, () -> {
            assertThatThrownBy(() -> schools.add(new SchoolDetails("1AB", "0", "", SchoolType.BAO, null, -1)))
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.problems())
                                    .extracting(FieldProblem::field)
                                    .containsExactly("brin", "vestiging", "name", "pupilCount"));
            SchoolSummary school =
                    schools.add(new SchoolDetails(" 12ab ", "00", " OBS De Es ", SchoolType.BAO, "Assen", 120));
            assertThat(school.code()).isEqualTo("12AB00");
            assertThat(school.name()).isEqualTo("OBS De Es");
            assertThatThrownBy(() -> schools.add(new SchoolDetails("12AB", "00", "Dubbel", SchoolType.BAO, null, 1)))
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.problems())
                                    .extracting(FieldProblem::messageKey)
                                    .containsExactly("admin.school.error.exists"));
            SchoolSummary edited = schools.edit(
                    school.id(),
                    school.version(),
                    new SchoolDetails("12AB", "00", "IKC De Es", SchoolType.SBO, "Assen", 130));
            assertThat(edited.type()).isEqualTo(SchoolType.SBO);
            assertThatThrownBy(() -> schools.edit(
                            school.id(),
                            school.version(),
                            new SchoolDetails("12AB", "00", "Stale", SchoolType.BAO, "Assen", 1)))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            SchoolSummary closed = schools.close(edited.id(), edited.version(), LocalDate.of(2026, 8, 1));
            assertThat(closed.open()).isFalse();
            assertThat(schools.profile()).isEmpty();
        });
    }

    @Test
    void theStandardAndTheSopProfilesArePerRegionAndShowTheGaps() {
        UUID a = lifecycle.create("PO2902", "SWV A", Sector.PO, OPERATOR).getId();
        UUID b = lifecycle.create("PO2903", "SWV B", Sector.PO, OPERATOR).getId();
        SupportCategory lezen = TenantContext.callAs(a, categories::all).get(0);
        SupportCategory rekenen = TenantContext.callAs(a, categories::all).get(1);
        UUID school = TenantContext.callAs(
                a,
                () -> schools.add(new SchoolDetails("12AB", "00", "OBS", SchoolType.BAO, null, 10))
                        .id());
        TenantContext.runAs(a, () -> {
            assertThat(profiles.standard()).isEmpty();
            var standard = profiles.setStandard(Set.of(lezen.id(), rekenen.id()), -1);
            assertThatThrownBy(() -> profiles.setStandard(Set.of(lezen.id()), -1))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            profiles.setCoverage(school, Set.of(lezen.id()), -1);
            assertThat(profiles.coveredBy(school)).containsExactly(lezen.id());
            assertThat(profiles.gapsOf(school)).containsExactly(rekenen.id());
            assertThat(profiles.standard()).hasSize(2);
            assertThat(standard.version()).isGreaterThanOrEqualTo(0);
        });
        TenantContext.runAs(b, () -> {
            assertThat(profiles.standard()).as("another region sees none of it").isEmpty();
            assertThat(profiles.coveredBy(school)).isEmpty();
            assertThatThrownBy(() -> profiles.setStandard(Set.of(lezen.id()), -1))
                    .as("another region's categories are unknown here")
                    .isInstanceOf(IllegalArgumentException.class);
        });
    }
}
