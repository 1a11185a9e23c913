package nl.uitzicht.opptemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.StartingPoint;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.Callers.TestPerson;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * OPP templates against PostgreSQL (ADR 0081): region templates kept by the region admin, school templates by
 * the school's staff, no pupil data in either, and the attackers: another school, another region, a lower role,
 * anonymous.
 */
@PlatformTest
@WithRole(system = true)
class OppTemplatesTest {

    @Autowired
    OppTemplates templates;

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    PupilRegister pupils;

    @Autowired
    AuditLog audit;

    UUID region;
    UUID schoolA;
    UUID schoolB;
    UUID category;
    StaffScope staffA;
    StaffScope staffB;
    final TestPerson adminPerson = new TestPerson(UUID.randomUUID(), Set.of());
    final Authentication admin = Callers.person(adminPerson, Role.REGION_ADMIN);
    final Actor adminActor = new Actor(adminPerson.accountId(), "Ria Regio");

    @BeforeEach
    void region() {
        region = regions.register(Unique.regionCode("PO"), "Regio", Sector.PO).getId();
        schoolA = TenantContext.callAs(
                region,
                () -> schools.register("12AA", "00", "School A", SchoolType.BAO, null, 200)
                        .id());
        schoolB = TenantContext.callAs(
                region,
                () -> schools.register("12BB", "00", "School B", SchoolType.BAO, null, 100)
                        .id());
        TenantContext.runAs(region, categories::installDefaults);
        category = TenantContext.callAs(region, categories::active).getFirst().id();
        staffA = new StaffScope(new Actor(UUID.randomUUID(), "Ilse IB (A)"), Set.of(schoolA));
        staffB = new StaffScope(new Actor(UUID.randomUUID(), "Bert IB (B)"), Set.of(schoolB));
    }

    private <T> T as(Authentication who, Supplier<T> body) {
        return Callers.call(who, () -> TenantContext.callAs(region, body));
    }

    private static OppTemplateInput input(String name, String goals) {
        return new OppTemplateInput(
                name,
                FactorDomain.LEARNING,
                null,
                "Leestempo ligt onder het groepsgemiddelde",
                "Is gemotiveerd",
                goals,
                "",
                "");
    }

    @Test
    void regionAndSchoolTemplatesAreOfferedToTheRightStaffOnly() {
        OppTemplate regional =
                as(admin, () -> templates.addRegionTemplate(adminActor, input("Dyslexie", "Leest AVI E5")));
        OppTemplate ofA = as(
                Callers.staff(staffA),
                () -> templates.addSchoolTemplate(staffA, schoolA, input("Rekenen groep 4", "Tafels")));
        assertThat(ofA.schoolId()).isEqualTo(schoolA);

        assertThat(as(Callers.staff(staffA), () -> templates.offered(staffA)))
                .extracting(OppTemplate::name)
                .containsExactly("Dyslexie", "Rekenen groep 4");
        assertThat(as(Callers.staff(staffB), () -> templates.offered(staffB)))
                .extracting(OppTemplate::name)
                .containsExactly("Dyslexie");
        assertThat(as(admin, () -> templates.regionTemplates()))
                .extracting(OppTemplate::id)
                .containsExactly(regional.id());

        // Retired: no longer offered, no longer a starting point, still in the keeper's list.
        as(Callers.staff(staffA), () -> templates.retireSchoolTemplate(staffA, ofA.id(), true, ofA.version()));
        assertThat(as(Callers.staff(staffA), () -> templates.offered(staffA)))
                .extracting(OppTemplate::name)
                .containsExactly("Dyslexie");
        assertThat(as(Callers.staff(staffA), () -> templates.schoolTemplates(staffA)))
                .hasSize(1);
        assertThatThrownBy(() -> as(Callers.staff(staffA), () -> templates.startingPoint(staffA, ofA.id())))
                .isInstanceOf(OutOfScopeException.class);

        StartingPoint.FromTemplate start =
                as(Callers.staff(staffB), () -> templates.startingPoint(staffB, regional.id()));
        assertThat(start.goals()).hasSize(1);
        assertThat(start.factors()).hasSize(2);

        OppTemplate edited = as(
                admin,
                () -> templates.updateRegionTemplate(
                        adminActor,
                        regional.id(),
                        input("Dyslexie groep 5", "Leest AVI E5\nSpelt 80% goed"),
                        regional.version()));
        assertThat(edited.goals()).containsExactly("Leest AVI E5", "Spelt 80% goed");
        assertThatThrownBy(() -> as(
                        admin,
                        () -> templates.updateRegionTemplate(
                                adminActor, regional.id(), input("Oud", "Doel"), regional.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(as(admin, () -> audit.trailOf(OppTemplates.AUDIT_SUBJECT, regional.id())))
                .extracting(r -> r.action() + " " + r.detail())
                .containsExactly("UPDATE template edited: Dyslexie groep 5", "CREATE template added: Dyslexie");
    }

    @Test
    void aTemplateHoldsNoPupilData() {
        Authentication a = Callers.staff(staffA);
        as(
                a,
                () -> pupils.register(
                        staffA, schoolA, new PupilInput("Fenna Kuipers", 2016, "5", LocalDate.of(2024, 8, 20), null)));
        for (String personal : new String[] {
            "Fenna leest traag", // a pupil of the school, by first name
            "Overleg met KUIPERS", // by surname, any case
            "BSN 123456782",
            "Geboren 12-03-2016",
            "Mail ouders@example.nl"
        }) {
            assertThatThrownBy(() ->
                            as(a, () -> templates.addSchoolTemplate(staffA, schoolA, input("Lezen", personal))))
                    .as(personal)
                    .isInstanceOfSatisfying(
                            InvalidInput.class, e -> assertThat(e.byField()).containsKey("goals"));
        }
        // The region admin knows no pupils; the patterns still hold there.
        assertThatThrownBy(() ->
                        as(admin, () -> templates.addRegionTemplate(adminActor, input("Lezen", "Tel. 0612345678"))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.byField()).containsEntry("goals", "opptemplate.error.personalData"));
        // Interventions need a category, a frequency and a goal to serve.
        assertThatThrownBy(() -> as(
                        admin,
                        () -> templates.addRegionTemplate(
                                adminActor,
                                new OppTemplateInput(
                                        "Lezen",
                                        FactorDomain.LEARNING,
                                        null,
                                        "",
                                        "",
                                        "Doel",
                                        "Herhaald lezen",
                                        "dagelijks"))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.byField()).containsKey("supportCategory"));
        assertThatThrownBy(() -> as(
                        admin,
                        () -> templates.addRegionTemplate(
                                adminActor,
                                new OppTemplateInput(
                                        "Lezen",
                                        FactorDomain.LEARNING,
                                        category,
                                        "",
                                        "",
                                        "",
                                        "Herhaald lezen",
                                        "dagelijks"))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.byField()).containsKey("goals"));
        assertThat(as(a, () -> templates.offered(staffA))).isEmpty();
    }

    @Test
    void noOneOutsideTheSchoolOrRegionReachesItsTemplates() {
        OppTemplate ofA =
                as(Callers.staff(staffA), () -> templates.addSchoolTemplate(staffA, schoolA, input("Van A", "Doel")));
        OppTemplate regional = as(admin, () -> templates.addRegionTemplate(adminActor, input("Regio", "Doel")));
        Authentication b = Callers.staff(staffB);

        // Another school.
        assertThatThrownBy(() -> as(b, () -> templates.addSchoolTemplate(staffB, schoolA, input("Nep", "Doel"))))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as(
                        b, () -> templates.updateSchoolTemplate(staffB, ofA.id(), input("Nep", "Doel"), ofA.version())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as(b, () -> templates.retireSchoolTemplate(staffB, ofA.id(), true, ofA.version())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as(b, () -> templates.startingPoint(staffB, ofA.id())))
                .isInstanceOf(OutOfScopeException.class);
        // School staff cannot change a region template through the school methods, nor the region methods.
        assertThatThrownBy(() -> as(
                        b,
                        () -> templates.updateSchoolTemplate(
                                staffB, regional.id(), input("Nep", "Doel"), regional.version())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as(b, () -> templates.addRegionTemplate(staffB.actor(), input("Nep", "Doel"))))
                .isInstanceOf(AccessDeniedException.class);
        // A region admin cannot use a school's template as a region template.
        assertThatThrownBy(() ->
                        as(admin, () -> templates.retireRegionTemplate(adminActor, ofA.id(), true, ofA.version())))
                .isInstanceOf(OutOfScopeException.class);
        // Lower roles and anonymous.
        for (Authentication lower : new Authentication[] {
            Callers.person(Role.TRAINER), Callers.person(Role.POLICY), Callers.person(Role.PARENT), Callers.anonymous()
        }) {
            assertThatThrownBy(() -> as(lower, () -> templates.offered(staffA)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(lower, () -> templates.regionTemplates()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // Another region sees none of them.
        UUID other = regions.register(Unique.regionCode("PO"), "Andere regio", Sector.PO)
                .getId();
        assertThat(Callers.call(admin, () -> TenantContext.callAs(other, () -> templates.regionTemplates())))
                .isEmpty();
        assertThatThrownBy(() -> Callers.call(
                        Callers.staff(staffA),
                        () -> TenantContext.callAs(other, () -> templates.startingPoint(staffA, regional.id()))))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(as(Callers.staff(staffA), () -> templates.schoolTemplates(staffA)))
                .extracting(OppTemplate::name)
                .containsExactly("Van A");
    }
}
