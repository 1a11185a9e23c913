package nl.uitzicht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.DemoTestApplication;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.analysis.Checklists;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.budget.ArrangementBudgets;
import nl.uitzicht.budget.SchoolBudget;
import nl.uitzicht.dashboard.RequestDashboard;
import nl.uitzicht.dashboard.RequestFigures;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.demo.generator.SyntheticData;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.opp.OppReference;
import nl.uitzicht.opp.OppReviewCopies;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.request.ObjectionOutcome;
import nl.uitzicht.request.Outcome;
import nl.uitzicht.request.RequestStatus;
import nl.uitzicht.requestwork.ExtensionsDue;
import nl.uitzicht.requestwork.OverdueRequests;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.TestDatabases;
import nl.uitzicht.testing.TestDatabases.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Demo mode for real: on a fresh database, the start-up runners of the demo module make the demo
 * regions, one account per role, OPPs in every state, requests to the region in every state with their
 * objections, deadlines and budgets, synthetic OPPs for the dashboard and the trainer workspaces, all through
 * the platform's services; a second run changes nothing; the generator fills a region of its own.
 */
@SpringBootTest(classes = DemoTestApplication.class, properties = "uitzicht.demo.enabled=true")
@Import(TestDatabases.class)
class DemoDataTest {

    static final List<String> ACCOUNTS = List.of(
            "operator@uitzicht.demo",
            "beheer@waterlinie.demo",
            "ib@waterlinie.demo",
            "trainer@waterlinie.demo",
            "trainer2@waterlinie.demo",
            "beleid@waterlinie.demo",
            "beheer@heuvelrug.demo",
            "zorg@heuvelrug.demo",
            "beleid@heuvelrug.demo");

    static final List<String> TABLES = List.of(
            "region",
            "user_account",
            "membership",
            "school",
            "pupil",
            "opp",
            "opp_version",
            "opp_observation",
            "consensus_score",
            "stakeholder",
            "stakeholder_conversation",
            "region_identity_provider",
            "goal_library_entry",
            "opp_template",
            "support_request",
            "support_request_expert",
            "support_request_advice",
            "support_request_decision",
            "support_request_objection",
            "arrangement_budget");

    @Autowired
    ApplicationContext context;

    @Autowired
    SystemWork system;

    @Autowired
    RegionDirectory regions;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    Checklists checklists;

    @Autowired
    SyntheticData data;

    @Autowired
    FreshDatabase database;

    @Autowired
    OppReviewCopies reviewCopies;

    @Autowired
    OverdueRequests overdue;

    @Autowired
    ExtensionsDue extensionsDue;

    @Autowired
    ArrangementBudgets budgets;

    @Autowired
    RequestDashboard dashboard;

    @Autowired
    Clock clock;

    @Test
    void theDemoRegionsAccountsAndTheirDataAreMade() {
        UUID po = system.call(() -> regions.findByCode("PO2999")).orElseThrow().getId();
        assertThat(system.call(() -> regions.findByCode("VO2999"))).isPresent();
        assertThat(ACCOUNTS)
                .allSatisfy(email -> assertThat(system.call(() -> accounts.findByEmail(email)))
                        .as(email)
                        .isPresent());

        assertThat(count("select count(*) from school where tenant_id = '" + po + "'"))
                .isEqualTo(5);
        // DemoOpps: 10 OPPs at 99AA00/99AB00 and 4 at 99BA00, by hand; DemoAnalysisData: 150 synthetic ones in PO2999
        assertThat(count("select count(*) from opp where created_by is distinct from 'generator'"))
                .isEqualTo(14);
        assertThat(count("select count(*) from opp where created_by = 'generator' and tenant_id = '" + po + "'"))
                .isEqualTo(150);
        assertThat(count("select count(distinct state) from opp where created_by is distinct from 'generator'"))
                .as("OPPs in every state")
                .isEqualTo(6);
        // DemoOpps: Eva's test scores, Finn's and Lotte's scale levels (ADR 0083), and one note without a value
        assertThat(count("select count(*) from opp_observation where recorded_by is distinct from 'generator'"
                        + " and measure_kind is not null"))
                .isEqualTo(7);
        assertThat(count("select count(*) from opp_observation where recorded_by is distinct from 'generator'"
                        + " and measure_kind is null"))
                .isEqualTo(1);
        assertThat(
                        count(
                                "select count(*) from opp_observation where recorded_by = 'generator' and measure_kind is null"))
                .as("the generator's monitoring is measured")
                .isZero();
        // TrainerDemo: Tamara's and Tom's stakeholders (5 + 3) and Tamara's conversations
        assertThat(count("select count(*) from stakeholder where tenant_id = '" + po + "'"))
                .isEqualTo(8);
        assertThat(count("select count(*) from stakeholder_conversation where tenant_id = '" + po + "'"))
                .isEqualTo(3);
    }

    @Test
    void aSecondRunOfTheDemoChangesNothing() throws Exception {
        List<Long> before =
                TABLES.stream().map(t -> count("select count(*) from " + t)).toList();
        List<ApplicationRunner> runners = context.getBeansOfType(ApplicationRunner.class).values().stream()
                .filter(r -> r.getClass().getPackageName().startsWith("nl.uitzicht.demo"))
                .toList();
        // regions, OPPs, goal library, requests, analysis data, budgets, trainer workspaces
        assertThat(runners).hasSize(7);
        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(TABLES.stream().map(t -> count("select count(*) from " + t)).toList())
                .isEqualTo(before);
    }

    @Test
    void theDemoRequestsAreInEveryStateWithObjectionsDeadlinesAndBudgets() {
        UUID po = system.call(() -> regions.findByCode("PO2999")).orElseThrow().getId();
        String mine = " where tenant_id = '" + po + "'";
        // DemoRequests (99AA/99AB, by hand) and DemoBudgets (the other schools): every status
        assertThat(database.ownerQuery("select distinct status from support_request" + mine))
                .containsExactlyInAnyOrder(
                        Arrays.stream(RequestStatus.values()).map(Enum::name).toArray(String[]::new));
        assertThat(database.ownerQuery("select distinct outcome from support_request_decision" + mine))
                .containsExactlyInAnyOrder(
                        Arrays.stream(Outcome.values()).map(Enum::name).toArray(String[]::new));
        // an objection that ended in each way, and one still open
        assertThat(database.ownerQuery(
                        "select distinct outcome from support_request_objection" + mine + " and outcome is not null"))
                .containsExactlyInAnyOrder(
                        Arrays.stream(ObjectionOutcome.values()).map(Enum::name).toArray(String[]::new));
        assertThat(count("select count(*) from support_request_objection" + mine + " and outcome is null"))
                .isOne();
        LocalDate today = LocalDate.now(clock);
        UUID ib = system.call(() -> accounts.findByEmail("ib@waterlinie.demo"))
                .orElseThrow()
                .id();
        Set<UUID> ibSchools = Set.copyOf(
                database.ownerQuery("select id from school" + mine + " and brin in ('99AA', '99AB')").stream()
                        .map(UUID::fromString)
                        .toList());
        StaffScope staff = new StaffScope(new Actor(ib, "Ilse Intern-begeleider"), ibSchools);
        system.run(() -> TenantContext.runAs(po, () -> {
            // a request past its term for the case manager, a decision ending soon on the school's worklist
            assertThat(overdue.count(today)).isOne();
            assertThat(extensionsDue.forStaff(staff, today))
                    .singleElement()
                    .satisfies(due -> assertThat(due.endsOn()).isEqualTo(today.plusDays(30)));
            // a budget for every school this school year and the next, and arrangements granted against them
            int year = SchoolYear.of(today).startYear();
            for (int y : new int[] {year, year + 1}) {
                List<SchoolBudget> lines = budgets.page(y, 0, 50);
                assertThat(lines)
                        .hasSize(5)
                        .allSatisfy(b -> assertThat(b.budgetAmount()).isPositive());
            }
            List<SchoolBudget> thisYear = budgets.page(year, 0, 50);
            assertThat(thisYear).filteredOn(b -> b.arrangements() >= 5).hasSizeGreaterThanOrEqualTo(3);
            assertThat(thisYear).anySatisfy(b -> assertThat(b.overBudget()).isTrue());
            assertThat(budgets.totals(year).grantedAmount()).isPositive();
            // the dashboard shows the spending of schools (not "< 5") against their budgets
            RequestFigures figures = dashboard.load(SchoolYear.of(today), today);
            assertThat(figures.spending().schools())
                    .filteredOn(l ->
                            !l.arrangements().suppressed() && l.arrangements().value() >= 5)
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(l -> {
                        assertThat(l.amount()).isPositive();
                        assertThat(l.budgetAmount()).isPositive();
                    });
            assertThat(figures.requests().suppressed()).isFalse();
            assertThat(figures.overdueNow().value()).isOne();
        }));
    }

    @Test
    void theGeneratorFillsTheRegionItIsPointedAt() {
        UUID region = system.call(() -> regions.register("PO2991", "Generatortest", Sector.PO))
                .getId();
        SyntheticData.Result result = system.call(() ->
                TenantContext.callAs(region, () -> data.fill(new SyntheticData.Scale(4, 60, 30, 10, 1), 7)));
        int items = system.call(() ->
                TenantContext.callAs(region, () -> checklists.standard().items().size()));

        assertThat(result.schools()).isEqualTo(4);
        assertThat(result.pupils()).isEqualTo(60);
        assertThat(result.opps()).isEqualTo(30);
        assertThat(result.consensus()).isEqualTo(10 * items);
        assertThat(result.scores()).isEqualTo(2 * 10 * items);
        assertThat(result.stakeholders()).isBetween(6, 20);
        String mine = " where tenant_id = '" + region + "'";
        assertThat(count("select count(*) from school" + mine)).isEqualTo(4);
        assertThat(count("select count(*) from pupil" + mine)).isEqualTo(60);
        assertThat(count("select count(*) from opp" + mine)).isEqualTo(30);
        assertThat(count("select count(*) from consensus_score" + mine)).isEqualTo(result.consensus());
        assertThat(count("select count(*) from stakeholder" + mine)).isEqualTo(result.stakeholders());
    }

    @Test
    void generatedPlansReadLikePlansAndAreMarkedSyntheticAndNotOfferedForScoring() {
        UUID po = system.call(() -> regions.findByCode("PO2999")).orElseThrow().getId();
        String generated = " from opp o where o.created_by = 'generator' and o.tenant_id = '" + po + "'";
        assertThat(count("select count(*)" + generated)).isPositive();
        assertThat(count("select count(*)" + generated + " and not o.synthetic"))
                .isZero();
        assertThat(count("select count(*) from opp where created_by is distinct from 'generator' and synthetic"))
                .isZero();
        // No placeholders: names, goals and interventions differ and say something.
        assertThat(count("select count(*) from pupil where name ~ '^Leerling [0-9]+$'"))
                .isZero();
        assertThat(count("select count(*) from opp_goal where description ~ '^Doel [0-9]+$'"))
                .isZero();
        assertThat(count("select count(*) from opp_intervention where description ~ '^Interventie [0-9]+$'"))
                .isZero();
        assertThat(count(
                        "select count(distinct g.description) from opp_goal g join opp_version v on v.id = g.version_id"
                                + " join opp o on o.id = v.opp_id where o.synthetic"))
                .isGreaterThan(10);
        // Groups fit the school: no primary pupil in a VO class, no VO pupil in a groep.
        assertThat(count("select count(*) from pupil p join school s on s.id = p.school_id"
                        + " where s.type in ('BAO', 'SBO', 'SO') and p.group_name !~ '^Groep [1-8]$'"
                        + " and p.tenant_id = '" + po + "' and p.name ~ ' [A-Z]\\.$'"))
                .isZero();
        assertThat(count("select count(*) from pupil p join school s on s.id = p.school_id"
                        + " where s.type in ('VO', 'PRO', 'VSO') and p.group_name ~ '^Groep'"))
                .isZero();
        // The demo region is a real one: its scoring rounds are offered only the hand-written plans.
        List<UUID> candidates = system.call(() -> TenantContext.callAs(po, () -> reviewCopies.candidates())).stream()
                .map(OppReference::id)
                .toList();
        assertThat(candidates).isNotEmpty();
        List<String> syntheticIds = database.ownerQuery("select o.id::text" + generated);
        assertThat(candidates).extracting(UUID::toString).doesNotContainAnyElementsOf(syntheticIds);
    }

    private long count(String sql) {
        return Long.parseLong(database.ownerQuery(sql).getFirst());
    }
}
