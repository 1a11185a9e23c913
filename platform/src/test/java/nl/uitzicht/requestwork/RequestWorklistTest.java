package nl.uitzicht.requestwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.Role;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.RequestRows;
import nl.uitzicht.testing.TestDatabases;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * What requests put on worklists (ADR 0095): decisions ending within 8 weeks on the school's worklist (never another
 * school's, never once an extension was asked), and the requests past their term in the case manager's queue.
 */
@PlatformTest
@WithRole(system = true)
class RequestWorklistTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    ExtensionsDue extensions;

    @Autowired
    OverdueRequests overdue;

    @Autowired
    TestDatabases.FreshDatabase db;

    UUID region;
    UUID schoolA;
    UUID schoolB;
    RequestRows rows;
    final LocalDate today = LocalDate.now();
    StaffScope staffA;

    @BeforeEach
    void region() {
        region = regions.register(Unique.regionCode("PO"), "Werklijstregio", Sector.PO)
                .getId();
        schoolA = TenantContext.callAs(
                region,
                () -> schools.register("63AA", "00", "Aa-school", SchoolType.BAO, null, 300)
                        .id());
        schoolB = TenantContext.callAs(
                region,
                () -> schools.register("63BB", "00", "Bb-school", SchoolType.BAO, null, 200)
                        .id());
        rows = new RequestRows(db, region);
        staffA = new StaffScope(new Actor(UUID.randomUUID(), "IB A"), Set.of(schoolA));
    }

    /** A decision granted ten months ago that ends {@code endsIn} days from today; returns the request. */
    UUID granted(UUID school, String type, int endsIn, String outcome) {
        UUID id = rows.request(school, type, today.minusMonths(11), today.minusMonths(9), "SUBMITTED", null);
        LocalDate decided = today.minusMonths(10);
        rows.decide(
                id,
                outcome,
                decided,
                outcome.equals("REFUSED") ? null : decided,
                outcome.equals("REFUSED") ? null : today.plusDays(endsIn),
                null,
                null);
        return id;
    }

    @Test
    void decisionsEndingWithinEightWeeksAreOnTheirSchoolsWorklistUntilAnExtensionIsAsked() {
        UUID soon = granted(schoolA, "TLV_SBO", 10, "GRANTED");
        UUID edge = granted(schoolA, "INDIVIDUAL_ARRANGEMENT", 56, "PARTLY");
        granted(schoolA, "INDIVIDUAL_ARRANGEMENT", 57, "GRANTED"); // more than 8 weeks away
        granted(schoolA, "INDIVIDUAL_ARRANGEMENT", -1, "GRANTED"); // ended yesterday
        granted(schoolA, "INDIVIDUAL_ARRANGEMENT", 5, "REFUSED"); // nothing granted, nothing ends
        UUID other = granted(schoolB, "TLV_SBO", 10, "GRANTED");
        UUID asked = granted(schoolA, "TLV_SO_VSO", 20, "GRANTED");
        UUID[] pupil = {
            UUID.fromString(db.ownerQuery("select pupil_id from support_request where id = '" + asked + "'")
                    .getFirst()),
            UUID.fromString(db.ownerQuery("select opp_id from support_request where id = '" + asked + "'")
                    .getFirst())
        };
        rows.request(schoolA, pupil, "TLV_EXTENSION", today, today.plusWeeks(8), "SUBMITTED", asked);

        Callers.signIn(Callers.staff(staffA));
        List<ExtensionDue> due = TenantContext.callAs(region, () -> extensions.forStaff(staffA, today));
        assertThat(due).extracting(ExtensionDue::requestId).containsExactly(soon, edge);
        assertThat(due.getFirst().endsOn()).isEqualTo(today.plusDays(10));
        assertThat(due).extracting(ExtensionDue::requestId).doesNotContain(other, asked);
        assertThat(db.ownerQuery("select count(*) from audit_event where tenant_id = '" + region
                        + "' and subject_type = 'REQUEST_WORKLIST'"))
                .containsExactly("1");

        Callers.signIn(Callers.system());
        assertThat(TenantContext.callAs(region, () -> extensions.bySchool(today)))
                .containsEntry(schoolA, 2)
                .containsEntry(schoolB, 1)
                .hasSize(2);
    }

    @Test
    void theCaseManagersQueueShowsTheRequestsPastTheirTermLongestFirst() {
        UUID late = rows.request(schoolA, "TLV_SBO", today.minusWeeks(12), today.minusWeeks(4), "IN_HANDLING", null);
        UUID later = rows.request(
                schoolB, "INDIVIDUAL_ARRANGEMENT", today.minusWeeks(10), today.minusDays(1), "SUBMITTED", null);
        rows.request(schoolA, "TLV_SBO", today.minusWeeks(2), today.plusWeeks(6), "SUBMITTED", null); // in time
        rows.request(schoolA, "TLV_SBO", today.minusWeeks(12), today.minusWeeks(4), "WITHDRAWN", null);
        UUID decided = rows.request(schoolA, "TLV_SBO", today.minusWeeks(12), today.minusWeeks(4), "SUBMITTED", null);
        rows.decide(decided, "REFUSED", today.minusWeeks(3), null, null, null, null);

        Callers.TestPerson person = new Callers.TestPerson(UUID.randomUUID(), Set.of());
        Callers.signIn(Callers.person(person, Role.CASE_MANAGER));
        Actor me = new Actor(person.accountId(), "Casus");
        List<OverdueRequest> queue = TenantContext.callAs(region, () -> overdue.list(me, today, 10));
        assertThat(queue).extracting(OverdueRequest::requestId).containsExactly(late, later);
        assertThat(queue.getFirst().daysOverdue()).isEqualTo(28);
        assertThat(queue.getFirst().schoolName()).isEqualTo("Aa-school");
        assertThat(TenantContext.callAs(region, () -> overdue.count(today))).isEqualTo(2);
        // Another region's queue is its own.
        Callers.signIn(Callers.system());
        UUID elsewhere =
                regions.register(Unique.regionCode("PO"), "Elders", Sector.PO).getId();
        Callers.signIn(Callers.person(person, Role.CASE_MANAGER));
        assertThat(TenantContext.callAs(elsewhere, () -> overdue.count(today))).isZero();
    }

    @Test
    void nobodyElseReadsTheQueueAndStaffOnlyTheirOwnSchoolsWorklist() {
        granted(schoolB, "TLV_SBO", 10, "GRANTED");
        for (Role refused : List.of(Role.POLICY, Role.SCHOOL_STAFF, Role.EXPERT, Role.TRAINER, Role.PARENT)) {
            Callers.signIn(Callers.person(refused));
            assertThatThrownBy(() -> TenantContext.callAs(region, () -> overdue.count(today)))
                    .as(refused.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (Role refused : List.of(Role.POLICY, Role.CASE_MANAGER, Role.EXPERT, Role.REGION_ADMIN)) {
            Callers.signIn(Callers.person(refused));
            assertThatThrownBy(() -> TenantContext.callAs(region, () -> extensions.forStaff(staffA, today)))
                    .as(refused.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        Callers.signIn(Callers.anonymous());
        assertThatThrownBy(() -> TenantContext.callAs(region, () -> extensions.bySchool(today)))
                .isInstanceOf(AccessDeniedException.class);
        // School A's staff member: B's decision is not on their worklist; a scope of someone else's is refused.
        Callers.signIn(Callers.staff(staffA));
        assertThat(TenantContext.callAs(region, () -> extensions.forStaff(staffA, today)))
                .isEmpty();
        StaffScope claimsB = new StaffScope(staffA.actor(), Set.of(schoolA, schoolB));
        assertThatThrownBy(() -> TenantContext.callAs(region, () -> extensions.forStaff(claimsB, today)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
