package nl.uitzicht.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.analysis.ChecklistItem;
import nl.uitzicht.analysis.Checklists;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.board.BoardReport.Section;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.document.Pdf;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.Callers;
import nl.uitzicht.testing.Callers.TestPerson;
import nl.uitzicht.testing.StatementCounter;
import nl.uitzicht.testing.TestDatabases;
import nl.uitzicht.testing.Unique;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;

/**
 * The board report on real PostgreSQL under RLS, on a fixture over two school years (2024-2025 and 2025-2026) whose
 * figures are worked out by hand in the comments; data written as the owner to shape exact counts.
 */
@PlatformTest
@WithRole(system = true)
class BoardReportsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final int Y1 = 0; // 2024-2025
    static final int Y2 = 1; // 2025-2026

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    Checklists checklists;

    @Autowired
    BoardReports reports;

    @Autowired
    TestDatabases.FreshDatabase db;

    UUID region;
    UUID schoolA;
    UUID schoolB;
    UUID schoolC;
    Map<String, UUID> category;
    final TestPerson policyPerson = new TestPerson(UUID.randomUUID(), java.util.Set.of());
    final Authentication policy = Callers.person(policyPerson, Role.POLICY);
    final Actor policyActor = new Actor(policyPerson.accountId(), "Bea Beleid");

    @BeforeEach
    void region() {
        region = regions.register(Unique.regionCode("PO"), "Bestuursregio", Sector.PO)
                .getId();
        schoolA = TenantContext.callAs(
                region,
                () -> schools.register("54AA", "00", "Aa-school", SchoolType.BAO, null, 300)
                        .id());
        schoolB = TenantContext.callAs(
                region,
                () -> schools.register("54BB", "00", "Bb-school", SchoolType.BAO, null, 200)
                        .id());
        schoolC = TenantContext.callAs(
                region,
                () -> schools.register("54CC", "00", "Cc-sbo", SchoolType.SBO, null, 100)
                        .id());
        TenantContext.runAs(region, categories::installDefaults);
        category = TenantContext.callAs(region, categories::all).stream()
                .collect(Collectors.toMap(SupportCategory::code, SupportCategory::id));
    }

    /**
     * The fixture (600 pupils: A 300 and B 200 bao, C 100 sbo):
     * <ul>
     *   <li>P: 6 plans at A, started 1-9-2024, closed in 2024-2025 after 100, 100, 150, 200, 250, 300 days, all with
     *       goals reached; destination havo for five, not recorded for one;
     *   <li>Q: 3 plans at B, started 1-10-2024, closed 15-9-2025 (moved away): they ran in both years;
     *   <li>R: 8 plans at B, started 1-9-2025, running; S: 2 plans at C (sbo), started 1-9-2025, running.
     * </ul>
     * Returns the plans by group.
     */
    Map<String, List<UUID>> fixture() {
        int[] pDays = {100, 100, 150, 200, 250, 300};
        List<UUID> p = new java.util.ArrayList<>();
        for (int i = 0; i < pDays.length; i++) {
            LocalDate start = LocalDate.of(2024, 9, 1);
            p.add(plan(
                    schoolA, "LEZEN_SPELLEN", start, start.plusDays(pDays[i]), "GOALS_REACHED", i < 5 ? "HAVO" : null));
        }
        List<UUID> q = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            q.add(plan(
                    schoolB,
                    "LEZEN_SPELLEN",
                    LocalDate.of(2024, 10, 1),
                    LocalDate.of(2025, 9, 15),
                    "MOVED_REGION",
                    null));
        }
        List<UUID> r = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            r.add(plan(schoolB, "WERKHOUDING", LocalDate.of(2025, 9, 1), null, null, null));
        }
        List<UUID> s = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            s.add(plan(schoolC, "LEZEN_SPELLEN", LocalDate.of(2025, 9, 1), null, null, null));
        }
        return Map.of("P", p, "Q", q, "R", r, "S", s);
    }

    /** One pupil's plan with extra support in a category; closed (with reason and destination) when given. */
    UUID plan(
            UUID school, String categoryCode, LocalDate started, LocalDate closed, String reason, String destination) {
        UUID pupil = UUID.randomUUID();
        UUID opp = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        db.ownerExecute(
                "insert into pupil (id, tenant_id, school_id, name, birth_year, group_name, enrolled_on) values ('"
                        + pupil + "', '" + region + "', '" + school + "', 'Kind', 2016, '5', date '"
                        + started.minusMonths(6)
                        + "')");
        db.ownerExecute("insert into opp (id, tenant_id, pupil_id, school_id, state, support_started_on, deadline_on,"
                + " first_active_on, next_evaluation_on, closed_on, closed_reason, exit_destination, created_by,"
                + " created_at, updated_at) values ('" + opp + "', '" + region + "', '" + pupil + "', '" + school
                + "', '" + (closed == null ? "ACTIVE" : "CLOSED") + "', date '" + started + "', date '"
                + started.plusWeeks(6) + "', date '" + started.plusMonths(1) + "', date '" + started.plusYears(1)
                + "', " + (closed == null ? "null" : "date '" + closed + "'") + ", " + quoted(reason) + ", "
                + quoted(destination) + ", 'test', now(), clock_timestamp())");
        db.ownerExecute("insert into opp_version (id, tenant_id, opp_id, version_no, created_at, pupil_view) values ('"
                + version + "', '" + region + "', '" + opp + "', 1, now(), 'Mijn mening')");
        db.ownerExecute("insert into opp_intervention (tenant_id, version_id, position, intervention_key, description,"
                + " performer, frequency, support_category_id, support_level) values ('" + region + "', '" + version
                + "', 0, gen_random_uuid(), 'Hulp', 'TEACHER', 'dagelijks', '" + category.get(categoryCode)
                + "', 'EXTRA')");
        return opp;
    }

    static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    UUID round(String createdAt) {
        UUID checklist =
                TenantContext.callAs(region, () -> checklists.standard().id());
        UUID round = UUID.randomUUID();
        db.ownerExecute("insert into scoring_round (id, tenant_id, name, checklist_id, organiser_id, organiser_name,"
                + " created_at) values ('" + round + "', '" + region + "', 'Ronde', '" + checklist
                + "', gen_random_uuid(), 'Tom', timestamptz '" + createdAt + " 10:00 Europe/Amsterdam')");
        return round;
    }

    void consensus(UUID round, UUID opp, int position, int score) {
        db.ownerExecute("insert into consensus_score (id, tenant_id, round_id, opp_id, school_id, item_code,"
                + " item_position, score, decided_by, decided_at) values (gen_random_uuid(), '" + region + "', '"
                + round + "', '" + opp + "', (select school_id from opp where id = '" + opp + "'), '"
                + item(position).code() + "', " + position + ", " + score + ", 'Tom', now())");
    }

    /** The standard checklist's item at a position (1: the first), as the scoring screens number them. */
    ChecklistItem item(int position) {
        return TenantContext.callAs(region, () -> checklists.standard().items().get(position - 1));
    }

    void evaluation(UUID opp, LocalDate on, String... results) {
        UUID evaluation = UUID.randomUUID();
        db.ownerExecute("insert into opp_evaluation (id, tenant_id, opp_id, version_no, evaluated_on, pupil_view,"
                + " parents_view, decision, recorded_by, recorded_at) values ('" + evaluation + "', '" + region
                + "', '" + opp + "', 1, date '" + on + "', 'goed', 'goed', 'CONTINUE', 'test', now())");
        for (int i = 0; i < results.length; i++) {
            db.ownerExecute("insert into opp_goal_evaluation (tenant_id, evaluation_id, position, goal_key, result,"
                    + " explanation) values ('" + region + "', '" + evaluation + "', " + i + ", gen_random_uuid(), '"
                    + results[i] + "', 'uitleg')");
        }
    }

    <T> T as(Authentication who, Supplier<T> body) {
        return Callers.call(who, () -> TenantContext.callAs(region, body));
    }

    BoardReport report() {
        return as(policy, () -> reports.report(policyActor, TODAY));
    }

    static List<String> texts(Section section, String row) {
        return section.row(row).values().stream()
                .map(f -> f.text(Locale.of("nl", "NL"), "te weinig"))
                .toList();
    }

    @Test
    void oppsPer100PupilsAndTheChecksFollowTheSchoolYearsAsTheDashboardCountsThem() {
        fixture();
        BoardReport report = report();
        assertThat(report.years()).containsExactly(new SchoolYear(2024), new SchoolYear(2025));
        Section opps = report.section("opps");
        // 2024-2025: P (6) and Q (3) ran: 9 of 600 pupils = 1.5 per 100. 2025-2026: Q (closed in it), R and S: 13 =
        // 2.17, rounded 2.2.
        assertThat(texts(opps, "opps")).containsExactly("9", "13");
        assertThat(texts(opps, "pupils")).containsExactly("600", "600");
        assertThat(texts(opps, "per100")).containsExactly("1,5", "2,2");
        // Per school type: bao 9 of 500 = 1.8; in 2025-2026 the sbo's 2 are under 5, and the bao's 11 would give
        // them away from the total of 13: both too few. The sbo had no plan in 2024-2025.
        Section types = report.section("types");
        assertThat(texts(types, "BAO")).containsExactly("1,8", "te weinig");
        assertThat(texts(types, "SBO")).containsExactly("–", "te weinig");
        // Every plan was consented (first active a month after the start): 100%; none has all three parts (no
        // factors, no goals): 0% meets the law, next to the Inspectie's 50%.
        Section checks = report.section("checks");
        assertThat(texts(checks, "CONSENT")).containsExactly("100,0%", "100,0%");
        assertThat(texts(checks, "MEETS_LEGAL_REQUIREMENTS")).containsExactly("0,0%", "0,0%");
        assertThat(checks.row("MEETS_LEGAL_REQUIREMENTS").benchmark()).isEqualTo(50.0);
        assertThat(report.section("inspectie").rows())
                .extracting(BoardReport.Row::key, BoardReport.Row::benchmark)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BO", 50.0),
                        org.assertj.core.groups.Tuple.tuple("VMBO", 50.0),
                        org.assertj.core.groups.Tuple.tuple("HAVO_VWO", 73.0),
                        org.assertj.core.groups.Tuple.tuple("SBO", 82.0),
                        org.assertj.core.groups.Tuple.tuple("PRO", 91.0));
        // The mirror: reading is basic support (national minimum): 2024-2025 P and Q, 9 pupils.
        Section mirror = report.section("mirror");
        assertThat(texts(mirror, "total").getFirst()).isEqualTo("9");
        assertThat(texts(mirror, category.get("LEZEN_SPELLEN").toString()).getFirst())
                .isEqualTo("9");
    }

    @Test
    void consensusIsCountedPerRoundMemberInTheSchoolYearItsRoundStarted() {
        Map<String, List<UUID>> plans = fixture();
        List<UUID> p = plans.get("P");
        UUID first = round("2024-11-01");
        // Members of the first round (item 1, item 2): (2,2) 2.0; (2,1) 1.5; (1,1) 1.0; (2,0) 1.0; (1, -) 1.0.
        consensus(first, p.get(0), 1, 2);
        consensus(first, p.get(0), 2, 2);
        consensus(first, p.get(1), 1, 2);
        consensus(first, p.get(1), 2, 1);
        consensus(first, p.get(2), 1, 1);
        consensus(first, p.get(2), 2, 1);
        consensus(first, p.get(3), 1, 2);
        consensus(first, p.get(3), 2, 0);
        consensus(first, p.get(4), 1, 1);
        // A second round in the same school year (1 February 2025) scores the first plan again: another member, 0.0.
        UUID again = round("2025-02-01");
        consensus(again, p.get(0), 1, 0);
        // 2025-2026: a round of three members: under 5.
        UUID later = round("2025-10-01");
        for (UUID opp : plans.get("R").subList(0, 3)) {
            consensus(later, opp, 1, 2);
        }
        BoardReport report = report();
        Section consensus = report.section("consensus");
        // 2024-2025: 6 members, mean of member means (2 + 1.5 + 1 + 1 + 1 + 0) / 6 = 1.083 (over all scores it would
        // be 12/10 = 1.2: members, not scores, are counted).
        assertThat(texts(consensus, "members")).containsExactly("6", "< 5");
        assertThat(texts(consensus, "mean")).containsExactly("1,08", "te weinig");
        // Item 1 in 2024-2025: 2, 2, 1, 2, 1, 0 over 6 members = 1.33; item 2 was scored for 4 members: too few.
        Section items = report.section("items");
        assertThat(texts(items, "item1")).containsExactly("1,33", "te weinig");
        assertThat(texts(items, "item2")).containsExactly("te weinig", "–");
        // Named as the scoring screens name them (position and statement), the code as a reference.
        assertThat(items.row("item1").name())
                .isEqualTo("1. " + item(1).statement() + " (" + item(1).code() + ")")
                .doesNotStartWith("1. " + item(1).code());
        assertThat(items.row("item2").name()).startsWith("2. " + item(2).statement());

        List<YearScore> scores = as(policy, () -> reports.consensusByYear(TODAY));
        assertThat(scores).extracting(YearScore::year).containsExactly(new SchoolYear(2024), new SchoolYear(2025));
        assertThat(scores.get(Y1).members().text()).isEqualTo("6");
        assertThat(scores.get(Y1).mean()).isEqualTo(1.08);
        assertThat(scores.get(Y2).members().suppressed()).isTrue();
        assertThat(scores.get(Y2).members().value()).isEqualTo(3);
        assertThat(scores.get(Y2).mean()).isNull();
    }

    @Test
    void goalsAtEvaluationLengthAndWaysOutPerSchoolYearWithSmallGroupsHidden() {
        Map<String, List<UUID>> plans = fixture();
        List<UUID> p = plans.get("P");
        // 2024-2025: five pupils, 16 goals: 6 reached, 5 partly, 5 not.
        evaluation(p.get(0), LocalDate.of(2025, 2, 1), "ACHIEVED", "ACHIEVED", "PARTLY", "NOT_ACHIEVED");
        for (UUID opp : p.subList(1, 5)) {
            evaluation(opp, LocalDate.of(2025, 2, 1), "ACHIEVED", "PARTLY", "NOT_ACHIEVED");
        }
        // 2025-2026: two pupils only.
        for (UUID opp : plans.get("Q").subList(0, 2)) {
            evaluation(opp, LocalDate.of(2025, 9, 1), "ACHIEVED", "ACHIEVED");
        }
        BoardReport report = report();
        Section goals = report.section("goals");
        assertThat(texts(goals, "pupils")).containsExactly("5", "< 5");
        // 6/16 = 37.5%, 5/16 = 31.25% (31.3).
        assertThat(texts(goals, "ACHIEVED")).containsExactly("37,5%", "te weinig");
        assertThat(texts(goals, "PARTLY")).containsExactly("31,3%", "te weinig");
        assertThat(texts(goals, "NOT_ACHIEVED")).containsExactly("31,3%", "te weinig");

        // Closed in 2024-2025: P, 6 plans of 100, 100, 150, 200, 250, 300 days: mean 183.3 days = 6.02 months,
        // median 175 days = 5.75 months. In 2025-2026 Q's 3: too few.
        Section length = report.section("length");
        assertThat(texts(length, "closed")).containsExactly("6", "< 5");
        assertThat(texts(length, "meanMonths")).containsExactly("6,0", "te weinig");
        assertThat(texts(length, "medianMonths")).containsExactly("5,7", "te weinig");

        // Reasons: all six goals reached in 2024-2025; Q's 3 moved away in 2025-2026 (under 5).
        Section reasons = report.section("reasons");
        assertThat(texts(reasons, "GOALS_REACHED")).containsExactly("6", "0");
        assertThat(texts(reasons, "MOVED_REGION")).containsExactly("0", "< 5");
        // Destinations: havo 5 and one not recorded (1): the 1 is hidden, and so is the 5 that would give it away.
        Section destinations = report.section("destinations");
        assertThat(texts(destinations, "HAVO")).containsExactly("< 5", "0");
        assertThat(texts(destinations, "UNKNOWN")).containsExactly("< 5", "< 5");
    }

    @Test
    void thePdfHasEverySchoolYearAsAColumnAndItsCreationIsAudited() {
        fixture();
        BoardDocument document = as(policy, () -> reports.pdf(policyActor, TODAY));
        String text = Pdf.text(document.pdf());
        assertThat(text)
                .contains("Bestuursrapportage", "Bestuursregio", "2024-2025", "2025-2026")
                .contains("OPP's per 100 leerlingen", "1,5", "2,2")
                .contains("Voldoet aan alle wettelijke eisen", "50,0%", "Havo en vwo", "73,0%")
                .contains("te weinig", "Waar leerlingen heen gingen", "Waar de basisondersteuning tekortschiet");
        assertThat(document.pages()).isPositive();
        assertThat(document.fileName()).endsWith("-2026-03-15.pdf");
        report();
        List<String> audit = db.ownerQuery("select action || ' ' || actor_id || ' ' || detail from audit_event where"
                + " tenant_id = '" + region + "' and subject_type = 'board-report' order by occurred_at");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0))
                .startsWith("EXPORT " + policyPerson.accountId())
                .contains("2024-2025 to 2025-2026");
        assertThat(audit.get(1)).startsWith("VIEW " + policyPerson.accountId());
    }

    @Test
    void onlyPolicyAndRegionAdminsOfTheRegionReadItAndOnlyInTheirOwnName() {
        fixture();
        TestPerson adminPerson = new TestPerson(UUID.randomUUID(), java.util.Set.of());
        Actor adminActor = new Actor(adminPerson.accountId(), "Ria Regio");
        assertThat(as(Callers.person(adminPerson, Role.REGION_ADMIN), () -> reports.report(adminActor, TODAY))
                        .section("opps")
                        .row("opps")
                        .values())
                .hasSize(2);
        for (Role role : List.of(Role.SCHOOL_STAFF, Role.TRAINER, Role.OPERATOR)) {
            TestPerson someone = new TestPerson(UUID.randomUUID(), java.util.Set.of(schoolA));
            Actor actor = new Actor(someone.accountId(), "Iemand");
            assertThatThrownBy(() -> as(Callers.person(someone, role), () -> reports.report(actor, TODAY)))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(Callers.person(someone, role), () -> reports.pdf(actor, TODAY)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(Callers.person(someone, role), () -> reports.consensusByYear(TODAY)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(Callers.anonymous(), () -> reports.report(policyActor, TODAY)))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        // In another person's name: refused (the audit record names who really opened it).
        assertThatThrownBy(() -> as(policy, () -> reports.report(new Actor(UUID.randomUUID(), "Ander"), TODAY)))
                .isInstanceOf(AccessDeniedException.class);
        // The policy officer of another region sees that region's figures only: none of these plans.
        UUID other = regions.register(Unique.regionCode("PO"), "Andere regio", Sector.PO)
                .getId();
        BoardReport theirs =
                Callers.call(policy, () -> TenantContext.callAs(other, () -> reports.report(policyActor, TODAY)));
        assertThat(texts(theirs.section("opps"), "opps")).containsOnly("0");
        assertThat(texts(theirs.section("length"), "closed")).containsOnly("0");
        List<String> otherAudit = db.ownerQuery(
                "select count(*) from audit_event where tenant_id = '" + other + "' and subject_type = 'board-report'");
        assertThat(otherAudit).containsExactly("1");
    }

    /**
     * Opening the report costs a bounded number of statements (measured: 41 and 3). Cold, for two school years: the
     * region bound, the data version, the board report's own counts (first year, consensus, items, goals, closed,
     * ways out: 6) and the whole region's dashboard of each school year (about 16 each). Warm (nothing changed): the
     * region bound, the data version and the audit record; the figures come from the caches.
     */
    static final int COLD_BOUND = 41;

    static final int WARM_BOUND = 3;

    @Test
    void openingTheReportCostsABoundedNumberOfStatements() {
        fixture();
        int cold = StatementCounter.record(this::report).statements().size();
        List<String> warm = StatementCounter.record(this::report).statements();
        assertThat(cold).isLessThanOrEqualTo(COLD_BOUND);
        assertThat(warm).as(String.join("\n", warm)).hasSizeLessThanOrEqualTo(WARM_BOUND);
    }
}
