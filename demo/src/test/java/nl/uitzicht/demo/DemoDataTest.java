package nl.uitzicht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.uitzicht.DemoTestApplication;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.analysis.Checklists;
import nl.uitzicht.demo.generator.SyntheticData;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.opp.OppReference;
import nl.uitzicht.opp.OppReviewCopies;
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
 * regions, one account per role, OPPs in every state, synthetic OPPs for the dashboard and the trainer
 * workspaces, all through the platform's services; a second run changes nothing; the generator fills
 * a region of its own.
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
            "opp_template");

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
        assertThat(runners).hasSize(6); // regions, OPPs, goal library, requests, analysis data, trainer workspaces
        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(TABLES.stream().map(t -> count("select count(*) from " + t)).toList())
                .isEqualTo(before);
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
