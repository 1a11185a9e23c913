package nl.uitzicht.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.RequestRows;
import nl.uitzicht.testing.StatementCounter;
import nl.uitzicht.testing.TestDatabases;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The request dashboard on real PostgreSQL under RLS, against figures computed by hand from requests and decisions
 * written as the owner (ADR 0095): the three tables of requests with their shared totals, the TLV trend, lead times,
 * spending against the budget and the link with the basic-support mirror; suppression; who may read it; the cache;
 * and the statements an open costs.
 */
@PlatformTest
@WithRole(Role.POLICY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestDashboardTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    RequestDashboard dashboard;

    @Autowired
    TestDatabases.FreshDatabase db;

    final LocalDate today = LocalDate.now();
    final SchoolYear year = SchoolYear.of(today);
    final LocalDate d0 = year.firstDay().plusDays(10);

    /**
     * The region of the hand computations ({@link Region#theRegionsYear}), made once for the class: the tests that
     * only read it share it (setting it up is most of this class's time). A test that writes makes a region of its
     * own.
     */
    Region shared;

    /** Another region, with 9 TLV requests of its own at its Zz-school, present while the shared region is read. */
    UUID other;

    @BeforeAll
    void theRegionsYearBesideAnotherRegion() {
        shared = new Region();
        shared.theRegionsYear();
        other = Callers.call(
                Callers.system(),
                () -> regions.register(Unique.regionCode("PO"), "Andere regio", Sector.PO)
                        .getId());
        UUID otherSchool = Callers.call(
                Callers.system(),
                () -> TenantContext.callAs(
                        other,
                        () -> schools.register("61ZZ", "00", "Zz-school", SchoolType.BAO, null, 300)
                                .id()));
        RequestRows there = new RequestRows(db, other);
        for (int i = 0; i < 9; i++) {
            there.request(otherSchool, "TLV_SBO", d0, d0.plusWeeks(8), "SUBMITTED", null);
        }
    }

    /** A new region with schools A (400 pupils), B (200) and C (sbo, 100) and the default support categories. */
    final class Region {
        final UUID id;
        final UUID schoolA;
        final UUID schoolB;
        final UUID schoolC;
        final Map<String, UUID> category;
        final RequestRows rows;

        Region() {
            id = Callers.call(
                    Callers.system(),
                    () -> regions.register(Unique.regionCode("PO"), "Aanvragenregio", Sector.PO)
                            .getId());
            schoolA = school("61AA", "Aa-school", SchoolType.BAO, 400);
            schoolB = school("61BB", "Bb-school", SchoolType.BAO, 200);
            schoolC = school("61CC", "Cc-school", SchoolType.SBO, 100);
            Callers.run(Callers.system(), () -> TenantContext.runAs(id, categories::installDefaults));
            category = Callers.call(Callers.system(), () -> TenantContext.callAs(id, categories::all)).stream()
                    .collect(Collectors.toMap(SupportCategory::code, SupportCategory::id));
            rows = new RequestRows(db, id);
        }

        UUID school(String brin, String name, SchoolType type, int pupils) {
            return Callers.call(
                    Callers.system(),
                    () -> TenantContext.callAs(
                            id,
                            () -> schools.register(brin, "00", name, type, null, pupils)
                                    .id()));
        }

        /**
         * n requests at a school submitted on d0, each decided after some days (or not: outcome null, due in a
         * month).
         */
        List<UUID> requests(
                UUID school,
                String type,
                int n,
                String outcome,
                int decidedAfterDays,
                String categoryCode,
                BigDecimal amount,
                BigDecimal hours) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                UUID request = rows.request(
                        school,
                        type,
                        d0,
                        outcome == null ? today.plusDays(30) : d0.plusWeeks(8),
                        outcome == null ? "IN_HANDLING" : "SUBMITTED",
                        categoryCode == null ? null : category.get(categoryCode));
                if (outcome != null) {
                    LocalDate decided = d0.plusDays(decidedAfterDays);
                    boolean refused = outcome.equals("REFUSED");
                    rows.decide(
                            request,
                            outcome,
                            decided,
                            refused ? null : decided,
                            refused ? null : decided.plusMonths(10),
                            refused ? null : amount,
                            refused ? null : hours);
                }
                ids.add(request);
            }
            return ids;
        }

        /**
         * The data of the hand computations: submitted in the year, A: 8 individual arrangements (6 granted with
         * 1000 euros and 10 hours each, 2 refused; reading and spelling, basic support) decided after 20 days, 6 TLV
         * sbo (5 granted after 70 days, late; 1 open); B: 7 individual arrangements granted (500 euros) after 30
         * days (behaviour, not basic support), 2 TLV sbo refused after 40 days; C: 5 TLV extensions granted after 60
         * days, late (work attitude, basic support). The year before: A 6 TLVs granted; B 5 requests still in
         * handling, past their term today. Budgets: A 10000 euros and 100 hours, B 3000 euros, C 2000 euros.
         */
        void theRegionsYear() {
            requests(
                    schoolA,
                    "INDIVIDUAL_ARRANGEMENT",
                    6,
                    "GRANTED",
                    20,
                    "LEZEN_SPELLEN",
                    new BigDecimal("1000.00"),
                    new BigDecimal("10"));
            requests(schoolA, "INDIVIDUAL_ARRANGEMENT", 2, "REFUSED", 20, "LEZEN_SPELLEN", null, null);
            requests(schoolA, "TLV_SBO", 5, "GRANTED", 70, null, null, null);
            requests(schoolA, "TLV_SBO", 1, null, 0, null, null, null);
            requests(schoolB, "INDIVIDUAL_ARRANGEMENT", 7, "GRANTED", 30, "GEDRAG", new BigDecimal("500.00"), null);
            requests(schoolB, "TLV_SBO", 2, "REFUSED", 40, null, null, null);
            requests(schoolC, "TLV_EXTENSION", 5, "GRANTED", 60, "WERKHOUDING", null, null);
            LocalDate lastYear = year.firstDay().minusMonths(6);
            for (int i = 0; i < 6; i++) {
                UUID request = rows.request(schoolA, "TLV_SO_VSO", lastYear, lastYear.plusWeeks(8), "SUBMITTED", null);
                rows.decide(request, "GRANTED", lastYear.plusDays(30), lastYear.plusDays(30), null, null, null);
            }
            for (int i = 0; i < 5; i++) {
                rows.request(
                        schoolB,
                        "GROUP_ARRANGEMENT",
                        year.firstDay().minusDays(30),
                        today.minusDays(3),
                        "IN_HANDLING",
                        null);
            }
            budget(schoolA, "10000.00", "100");
            budget(schoolB, "3000.00", null);
            budget(schoolC, "2000.00", null);
        }

        void budget(UUID school, String amount, String hours) {
            db.ownerExecute("insert into arrangement_budget (id, tenant_id, school_id, school_year, amount, hours,"
                    + " changed_by_name, changed_at) values (gen_random_uuid(), '" + id + "', '" + school + "', "
                    + year.startYear() + ", " + amount + ", " + hours + ", 'CM', now())");
        }

        RequestFigures load() {
            return TenantContext.callAs(id, () -> dashboard.load(year, today));
        }
    }

    static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }

    @Test
    void requestsGrantsAndRefusalsPerSchoolAndTypeWithTheirSharedTotalsSuppressedAlike() {
        RequestFigures f = shared.load();
        assertThat(f.types())
                .containsExactly(
                        "INDIVIDUAL_ARRANGEMENT", "GROUP_ARRANGEMENT", "TLV_SBO", "TLV_SO_VSO", "TLV_EXTENSION");
        assertThat(f.schools())
                .extracting(RequestFigures.SchoolRequests::name)
                .containsExactly("Aa-school", "Bb-school", "Cc-school");
        // School x type: B's 2 TLV sbo are suppressed; B's arrangements (7) hide them in B's row, A's TLVs (6) in
        // the column, and A's arrangements (8) in the arrangements' column.
        assertThat(texts(f.schools().get(0).byType())).containsExactly("< 5", "0", "< 5", "0", "0");
        assertThat(texts(f.schools().get(1).byType())).containsExactly("< 5", "0", "< 5", "0", "0");
        assertThat(texts(f.schools().get(2).byType())).containsExactly("0", "0", "0", "0", "5");
        assertThat(f.schools()).extracting(s -> s.total().text()).containsExactly("14", "9", "5");
        assertThat(texts(f.typeTotals())).containsExactly("15", "0", "8", "0", "5");
        assertThat(f.requests().text()).isEqualTo("28");
        // School x outcome: 4 refused and 1 open in the region are small; A's and B's rows hide what gives them away.
        assertThat(texts(f.outcomeTotals())).containsExactly("23", "0", "< 5", "< 5", "0");
        assertThat(texts(f.schools().get(2).byOutcome())).containsExactly("5", "0", "0", "0", "0");
        // Type x outcome: the same outcome totals, the same type totals.
        assertThat(f.byType()).extracting(t -> t.total().text()).containsExactly("15", "0", "8", "0", "5");
        assertThat(texts(f.byType().get(4).byOutcome())).containsExactly("5", "0", "0", "0", "0");
        assertNoSmallCountShown(f);
    }

    /** Every count shown is 0 or at least 5. */
    static void assertNoSmallCountShown(RequestFigures f) {
        List<Cell> all = new ArrayList<>();
        f.schools().forEach(s -> {
            all.addAll(s.byType());
            all.addAll(s.byOutcome());
            all.add(s.total());
        });
        f.byType().forEach(t -> {
            all.addAll(t.byOutcome());
            all.add(t.total());
        });
        all.addAll(f.typeTotals());
        all.addAll(f.outcomeTotals());
        all.add(f.requests());
        all.add(f.overdueNow());
        f.tlvTrend().schools().forEach(s -> all.addAll(s.tlvs()));
        all.addAll(f.tlvTrend().region());
        f.leadTimes().forEach(l -> {
            all.add(l.decided());
            all.add(l.onTime());
        });
        f.spending().schools().forEach(s -> all.add(s.arrangements()));
        all.add(f.spending().total().arrangements());
        f.basicSupport().schools().forEach(s -> all.add(s.basicSupportRequests()));
        f.basicSupport().categories().forEach(c -> all.add(c.requests()));
        all.add(f.basicSupport().total());
        assertThat(all).noneMatch(c -> !c.suppressed() && c.value() > 0 && c.value() < SmallCells.MIN_GROUP);
    }

    @Test
    void theTlvRatePer100PupilsPerSchoolAndItsTrendOverSchoolYears() {
        RequestFigures.TlvTrend trend = shared.load().tlvTrend();
        assertThat(trend.years()).hasSize(5).last().isEqualTo(year);
        int last = 4;
        int before = 3;
        // This year: A 5 TLVs of 400 pupils (1.25 -> 1.3), C 5 extensions of 100 (5.0); the region 10 of 700 (1.4).
        assertThat(trend.schools().get(0).tlvs().get(last).text()).isEqualTo("5");
        assertThat(trend.schools().get(0).per100(last)).isEqualTo(1.3);
        assertThat(trend.schools().get(1).tlvs().get(last).value()).isZero();
        assertThat(trend.schools().get(2).per100(last)).isEqualTo(5.0);
        assertThat(trend.region().get(last).text()).isEqualTo("10");
        assertThat(trend.regionPer100(last)).isEqualTo(1.4);
        // The year before: A's 6 TLVs so/vso (1.5), the region 6 of 700 (0.9).
        assertThat(trend.schools().get(0).per100(before)).isEqualTo(1.5);
        assertThat(trend.regionPer100(before)).isEqualTo(0.9);
        // Seen from last year's dashboard, that year's cells are the same.
        RequestFigures lastYear =
                TenantContext.callAs(shared.id, () -> dashboard.load(new SchoolYear(year.startYear() - 1), today));
        assertThat(lastYear.tlvTrend().schools().get(0).tlvs().get(4))
                .isEqualTo(trend.schools().get(0).tlvs().get(before));
    }

    @Test
    void leadTimesAgainstTheTermWithMedianAndShareOnlyWhereTheCountsAreShown() {
        List<RequestFigures.LeadTime> lead = shared.load().leadTimes();
        assertThat(lead)
                .extracting(RequestFigures.LeadTime::type)
                .containsExactly(
                        "INDIVIDUAL_ARRANGEMENT", "GROUP_ARRANGEMENT", "TLV_SBO", "TLV_SO_VSO", "TLV_EXTENSION", null);
        // TLV sbo: 7 decided, 2 on time (small): hidden with its decided and late, and arrangements to keep it so.
        assertThat(lead.get(2).decided().text()).isEqualTo("< 5");
        assertThat(lead.get(2).medianDays()).isNull();
        assertThat(lead.get(0).onTimeShare()).isNull();
        // Extensions: 5 decided after 60 days, none within the 8 weeks.
        assertThat(lead.get(4).decided().text()).isEqualTo("5");
        assertThat(lead.get(4).medianDays()).isEqualTo(60.0);
        assertThat(lead.get(4).onTimeShare()).isEqualTo(0.0);
        // No group arrangement was decided: no median, no share.
        assertThat(lead.get(1).decided().value()).isZero();
        assertThat(lead.get(1).medianDays()).isNull();
        assertThat(lead.get(1).onTimeShare()).isNull();
        // All: 27 decided; sorted lead times 8 x 20, 7 x 30, 2 x 40, 5 x 60, 5 x 70: the 14th is 30; 17 of 27 on time.
        RequestFigures.LeadTime all = lead.getLast();
        assertThat(all.decided().text()).isEqualTo("27");
        assertThat(all.medianDays()).isEqualTo(30.0);
        assertThat(all.onTime().text()).isEqualTo("17");
        assertThat(all.onTimeShare()).isEqualTo(63.0);
        assertThat(shared.load().overdueNow().text()).isEqualTo("5");
    }

    @Test
    void arrangementSpendingPerSchoolAgainstTheBudget() {
        RequestFigures.Spending s = shared.load().spending();
        assertThat(s.schools())
                .extracting(RequestFigures.SchoolSpending::name)
                .containsExactly("Aa-school", "Bb-school", "Cc-school");
        RequestFigures.SchoolSpending a = s.schools().get(0);
        assertThat(a.arrangements().text()).isEqualTo("6");
        assertThat(a.amount()).isEqualByComparingTo("6000");
        assertThat(a.hours()).isEqualByComparingTo("60");
        assertThat(a.amountUsed()).isEqualTo(60.0);
        assertThat(a.hoursUsed()).isEqualTo(60.0);
        // B: 3500 of 3000 euros.
        assertThat(s.schools().get(1).amountUsed()).isEqualTo(116.7);
        assertThat(s.schools().get(2).arrangements().value()).isZero();
        assertThat(s.schools().get(2).budgetAmount()).isEqualByComparingTo("2000");
        assertThat(s.total().arrangements().text()).isEqualTo("13");
        assertThat(s.total().amount()).isEqualByComparingTo("9500");
        assertThat(s.total().amountUsed()).isEqualTo(63.3);
    }

    @Test
    void aSchoolWithFewerThanFiveArrangementsShowsNoAmountAndNeitherDoesWhatWouldRevealIt() {
        Region r = new Region();
        r.requests(r.schoolA, "INDIVIDUAL_ARRANGEMENT", 3, "GRANTED", 20, null, new BigDecimal("800.00"), null);
        r.requests(r.schoolB, "GROUP_ARRANGEMENT", 9, "PARTLY", 20, null, new BigDecimal("100.00"), null);
        r.budget(r.schoolA, "5000.00", null);
        RequestFigures.Spending s = r.load().spending();
        RequestFigures.SchoolSpending a = s.schools().get(0);
        assertThat(a.arrangements().text()).isEqualTo("< 5");
        assertThat(a.amount()).isNull();
        assertThat(a.amountUsed()).isNull();
        assertThat(a.budgetAmount()).as("the region's own budget is shown").isEqualByComparingTo("5000");
        // With B's 9 and the total 12 shown, A's 3 would be 12 - 9: B is hidden too.
        assertThat(s.schools().get(1).arrangements().text()).isEqualTo("< 5");
        assertThat(s.schools().get(1).amount()).isNull();
        assertThat(s.total().arrangements().text()).isEqualTo("12");
        assertThat(s.total().amount()).isEqualByComparingTo("3300");
    }

    @Test
    void schoolsThatAskMostForWhatIsBasicSupportComeFirst() {
        RequestFigures.BasicSupportAsks asks = shared.load().basicSupport();
        assertThat(asks.standardSource()).isEqualTo(RegionDashboard.STANDARD_NATIONAL_MINIMUM);
        // C: 5 of 100 pupils (5.0) before A: 8 of 400 (2.0); B asked for behaviour, not basic support here.
        assertThat(asks.schools())
                .extracting(RequestFigures.AskingSchool::name)
                .containsExactly("Cc-school", "Aa-school", "Bb-school");
        assertThat(asks.schools())
                .extracting(x -> x.basicSupportRequests().text())
                .containsExactly("5", "8", "0");
        assertThat(asks.schools()).extracting(x -> x.requests().text()).containsExactly("5", "14", "9");
        assertThat(asks.schools().get(0).per100()).isEqualTo(5.0);
        assertThat(asks.schools().get(1).per100()).isEqualTo(2.0);
        assertThat(asks.total().text()).isEqualTo("13");
        Map<String, String> byCategory = asks.categories().stream()
                .collect(Collectors.toMap(
                        RequestFigures.AskedCategory::name, c -> c.requests().text()));
        assertThat(byCategory)
                .containsEntry("Lezen, spelling en dyslexie", "8")
                .containsEntry("Werkhouding en concentratie", "5");
    }

    @Test
    void anotherRegionsRequestsAreNeverCounted() {
        RequestFigures f = shared.load();
        assertThat(f.requests().text()).isEqualTo("28");
        assertThat(f.schools()).extracting(RequestFigures.SchoolRequests::name).doesNotContain("Zz-school");
        RequestFigures theirs = TenantContext.callAs(other, () -> dashboard.load(year, today));
        assertThat(theirs.requests().text()).isEqualTo("9");
        assertThat(theirs.schools())
                .extracting(RequestFigures.SchoolRequests::name)
                .containsExactly("Zz-school");
    }

    @Test
    void policyRegionAdminsAndCaseManagersReadTheFiguresAndNobodyElse() {
        for (Role allowed : List.of(Role.POLICY, Role.REGION_ADMIN, Role.CASE_MANAGER)) {
            assertThat(Callers.call(Callers.person(allowed), shared::load).schoolYear())
                    .isEqualTo(year);
        }
        for (Role refused : List.of(Role.SCHOOL_STAFF, Role.EXPERT, Role.TRAINER, Role.PARENT, Role.OPERATOR)) {
            assertThatThrownBy(() -> Callers.call(Callers.person(refused), shared::load))
                    .as(refused.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> Callers.call(Callers.anonymous(), shared::load))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    nl.uitzicht.request.RegionRequests regionRequests;

    /** Policy staff read the figures, never a request: the region's request services refuse them. */
    @Test
    void policyStaffCannotReadIndividualRequests() {
        UUID anyRequest = UUID.fromString(
                db.ownerQuery("select id from support_request where tenant_id = '" + shared.id + "' limit 1")
                        .getFirst());
        Callers.TestPerson person = new Callers.TestPerson(UUID.randomUUID(), java.util.Set.of());
        Callers.run(Callers.person(person, Role.POLICY), () -> {
            nl.uitzicht.request.RegionCaller me =
                    new nl.uitzicht.request.RegionCaller(new nl.uitzicht.audit.Actor(person.accountId(), "Beleid"));
            assertThatThrownBy(() -> TenantContext.callAs(
                            shared.id, () -> regionRequests.queue(me, nl.uitzicht.request.QueueFilter.OPEN, 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> TenantContext.callAs(shared.id, () -> regionRequests.get(me, anyRequest)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(shared.load().requests().text())
                    .as("but the figures, yes")
                    .isEqualTo("28");
        });
    }

    @Test
    void aDecisionIsSeenAtOnceThroughTheRegionsDataVersion() {
        Region r = new Region();
        r.theRegionsYear();
        assertThat(r.load().spending().total().arrangements().text()).isEqualTo("13");
        r.requests(r.schoolC, "GROUP_ARRANGEMENT", 1, "GRANTED", 20, null, new BigDecimal("100"), null);
        assertThat(r.load().spending().total().arrangements().text()).isEqualTo("14");
        db.ownerExecute("update arrangement_budget set amount = 0 where school_id = '" + r.schoolC + "'");
        assertThat(r.load().spending().schools().get(2).budgetAmount()).isEqualByComparingTo("0");
    }

    /**
     * Opening the request dashboard costs the same statements for a small region as for a larger one (no statement
     * per school, request or year). The bounds are the measured counts; raise one only with a reason.
     */
    @Test
    void openingCostsTheSameStatementsWhateverTheRegionsSize() {
        Region r = new Region();
        r.requests(r.schoolA, "TLV_SBO", 5, "GRANTED", 20, "LEZEN_SPELLEN", null, null);
        List<Integer> small = statements(r);
        r.theRegionsYear();
        r.school("61DD", "Dd-school", SchoolType.BAO, 250);
        List<Integer> large = statements(r);
        System.out.printf("request dashboard statements (cold, warm): %s / %s%n", small, large);
        assertThat(large).isEqualTo(small);
        assertThat(small.get(0)).as("open (cold)").isLessThanOrEqualTo(OPEN);
        assertThat(small.get(1)).as("open (this node's memory)").isLessThanOrEqualTo(WARM);
    }

    /**
     * Cold: the data version, the plan cache mode, the schools, the requests by school, type and outcome, the
     * overdue count, the TLV trend, the lead times, the spending with its budgets, basic support (standard, profiles,
     * categories) and the requests' categories, and the tenant set-up of the transactions.
     */
    static final int OPEN = 14;

    /** Warm: the data version only (and its transaction's set-up). */
    static final int WARM = 2;

    private static List<Integer> statements(Region r) {
        return java.util.stream.Stream.of(1, 2)
                .map(i -> StatementCounter.record(r::load).statements().size())
                .toList();
    }
}
