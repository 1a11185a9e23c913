package nl.uitzicht.goallibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
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
 * The goal library against PostgreSQL (ADR 0081): the region admin keeps it (validation, optimistic locking,
 * audit, retiring); staff read what is offered; the attackers: another region, a lower role, anonymous, an
 * admin acting in someone else's name.
 */
@PlatformTest
@WithRole(system = true)
class GoalLibraryTest {

    @Autowired
    GoalLibrary library;

    @Autowired
    SupportCategories categories;

    @Autowired
    RegionDirectory regions;

    @Autowired
    AuditLog audit;

    UUID region;
    UUID reading;
    UUID maths;
    final TestPerson adminPerson = new TestPerson(UUID.randomUUID(), Set.of());
    final Authentication admin = Callers.person(adminPerson, Role.REGION_ADMIN);
    final Actor adminActor = new Actor(adminPerson.accountId(), "Ria Regio");

    @BeforeEach
    void region() {
        region = newRegion();
        reading = category(region, "LEZEN_SPELLEN");
        maths = category(region, "REKENEN");
    }

    private UUID newRegion() {
        UUID id = regions.register(Unique.regionCode("PO"), "Regio", Sector.PO).getId();
        TenantContext.runAs(id, categories::installDefaults);
        return id;
    }

    private UUID category(UUID in, String code) {
        return TenantContext.callAs(in, categories::all).stream()
                .filter(c -> c.code().equals(code))
                .map(SupportCategory::id)
                .findFirst()
                .orElseThrow();
    }

    private <T> T as(Authentication who, Supplier<T> body) {
        return Callers.call(who, () -> TenantContext.callAs(region, body));
    }

    private LibraryGoalInput fluency(UUID category) {
        return new LibraryGoalInput(
                category,
                FactorDomain.LEARNING,
                "Vloeiend lezen",
                "Leest over 10 weken een AVI-E5-tekst met ten hoogste 2 fouten in de normtijd.",
                "AVI-toets, afgenomen door de leerkracht",
                "Dagelijks 15 minuten herhaald lezen (RALFI)\nThuis 3 keer per week samen lezen");
    }

    @Test
    void theRegionAdminAddsEditsAndRetiresGoalsAndStaffSeeWhatIsOffered() {
        LibraryGoal added = as(admin, () -> library.add(adminActor, fluency(reading)));
        LibraryGoal sums = as(
                admin,
                () -> library.add(
                        adminActor,
                        new LibraryGoalInput(
                                maths,
                                FactorDomain.LEARNING,
                                "Tafels",
                                "Kent over 8 weken de tafels 1 t/m 5 foutloos.",
                                "",
                                "")));
        assertThat(added.title()).isEqualTo("Vloeiend lezen");

        LibraryGoal edited = as(
                admin,
                () -> library.update(
                        adminActor,
                        added.id(),
                        new LibraryGoalInput(
                                reading,
                                FactorDomain.LEARNING,
                                "  Vloeiend lezen (AVI) ",
                                added.goalText(),
                                added.measure(),
                                added.exampleInterventions()),
                        added.version()));
        assertThat(edited.title()).isEqualTo("Vloeiend lezen (AVI)");
        assertThat(edited.version()).isGreaterThan(added.version());

        Authentication staff = Callers.person(Role.SCHOOL_STAFF);
        assertThat(as(staff, () -> library.offered(reading)))
                .extracting(LibraryGoal::title)
                .containsExactly("Vloeiend lezen (AVI)");

        as(admin, () -> library.retire(adminActor, sums.id(), true, sums.version()));
        assertThat(as(staff, () -> library.offered(maths))).isEmpty();
        assertThat(as(staff, () -> library.offered()))
                .extracting(LibraryGoal::id)
                .containsExactly(added.id());
        assertThat(as(admin, () -> library.all())).hasSize(2);

        assertThat(as(admin, () -> audit.trailOf(GoalLibrary.AUDIT_SUBJECT, added.id())))
                .extracting(r -> r.action() + " " + r.detail() + " by " + r.actorName())
                .contains(
                        "CREATE goal added: Vloeiend lezen by Ria Regio",
                        "UPDATE goal edited: Vloeiend lezen (AVI) by Ria Regio");
    }

    @Test
    void badInputAndAStaleEditAreRefusedWithTheField() {
        LibraryGoal added = as(admin, () -> library.add(adminActor, fluency(reading)));
        assertThatThrownBy(() -> as(
                        admin,
                        () -> library.add(
                                adminActor, new LibraryGoalInput(reading, FactorDomain.LEARNING, " ", "Doel", "", ""))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.byField()).containsKey("title"));
        assertThatThrownBy(() -> as(
                        admin,
                        () -> library.add(
                                adminActor,
                                new LibraryGoalInput(reading, FactorDomain.LEARNING, "Lang", "x".repeat(501), "", ""))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.byField()).containsKey("goalText"));
        assertThatThrownBy(() -> as(
                        admin,
                        () -> library.add(
                                adminActor,
                                new LibraryGoalInput(UUID.randomUUID(), FactorDomain.LEARNING, "T", "Doel", "", ""))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.byField()).containsKey("supportCategory"));
        assertThatThrownBy(() -> as(
                        admin, () -> library.add(adminActor, new LibraryGoalInput(reading, null, "T", "Doel", "", ""))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.byField()).containsKey("domain"));

        as(admin, () -> library.retire(adminActor, added.id(), true, added.version()));
        assertThatThrownBy(() ->
                        as(admin, () -> library.update(adminActor, added.id(), fluency(reading), added.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void noOneElseReadsOrEditsTheLibrary() {
        LibraryGoal added = as(admin, () -> library.add(adminActor, fluency(reading)));

        // A lower role and school staff may not edit; a trainer, a policy officer and anonymous may not even read.
        Authentication staff = Callers.person(Role.SCHOOL_STAFF);
        assertThatThrownBy(() -> as(staff, () -> library.add(adminActor, fluency(reading))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staff, () -> library.retire(adminActor, added.id(), true, added.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staff, () -> library.all())).isInstanceOf(AccessDeniedException.class);
        for (Authentication lower : new Authentication[] {
            Callers.person(Role.TRAINER), Callers.person(Role.POLICY), Callers.person(Role.PARENT)
        }) {
            assertThatThrownBy(() -> as(lower, () -> library.offered(reading)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(Callers.anonymous(), () -> library.offered()))
                .isInstanceOf(AccessDeniedException.class);

        // A region admin cannot act in another person's name.
        assertThatThrownBy(() ->
                        as(admin, () -> library.add(new Actor(UUID.randomUUID(), "Iemand anders"), fluency(reading))))
                .isInstanceOf(AccessDeniedException.class);

        // Another region: sees nothing of this library and cannot change it.
        UUID other = newRegion();
        UUID otherReading = category(other, "LEZEN_SPELLEN");
        assertThat(Callers.call(admin, () -> TenantContext.callAs(other, () -> library.all())))
                .isEmpty();
        assertThat(Callers.call(staff, () -> TenantContext.callAs(other, () -> library.offered(reading))))
                .isEmpty();
        assertThatThrownBy(() -> Callers.call(
                        admin,
                        () -> TenantContext.callAs(
                                other,
                                () -> library.update(adminActor, added.id(), fluency(otherReading), added.version()))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("goallibrary.error.notFound"));
        assertThat(as(admin, () -> library.all()))
                .extracting(LibraryGoal::version)
                .containsExactly(added.version());
    }
}
