package nl.uitzicht.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.request.Discipline;
import nl.uitzicht.request.ExpertRequests;
import nl.uitzicht.request.FundingCategory;
import nl.uitzicht.request.Objection;
import nl.uitzicht.request.ObjectionInput;
import nl.uitzicht.request.ObjectionOutcome;
import nl.uitzicht.request.Outcome;
import nl.uitzicht.request.Recommendation;
import nl.uitzicht.request.RegionCaller;
import nl.uitzicht.request.RegionRequests;
import nl.uitzicht.request.RequestDetail;
import nl.uitzicht.request.RequestType;
import nl.uitzicht.request.SchoolRequests;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo requests to the region (issue 16) in PO2999: a case manager ({@code casemanager@waterlinie.demo}), two experts
 * ({@code orthopedagoog@waterlinie.demo}, {@code jeugdarts@waterlinie.demo}), and requests from the demo OPPs of
 * 99AA/99AB in every state: a draft, a submitted TLV past its decision term, a TLV in handling due within days with
 * one advice, decided ones (an arrangement granted, a TLV refused with an open objection, and one objection ended in
 * each way), a withdrawn one, and an arrangement that ends within weeks (the school's worklist asks for an
 * extension). Submissions lie in the past ({@link DemoRequestSteps}). Once: nothing happens when the case manager
 * exists.
 */
@Order(12)
class DemoRequests implements ApplicationRunner {

    static final String CASE_MANAGER = "casemanager@waterlinie.demo";
    static final String ORTHOPEDAGOGUE = "orthopedagoog@waterlinie.demo";
    static final String DOCTOR = "jeugdarts@waterlinie.demo";

    private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

    private final SystemWork systemWork;
    private final RegionDirectory regions;
    private final SchoolDirectory schools;
    private final AccountDirectory accounts;
    private final OppPlans plans;
    private final SchoolRequests school;
    private final RegionRequests region;
    private final String password;
    private final DemoRequestSteps steps;
    private final LocalDate today;

    DemoRequests(
            SystemWork systemWork,
            RegionDirectory regions,
            SchoolDirectory schools,
            AccountDirectory accounts,
            OppPlans plans,
            SchoolRequests school,
            RegionRequests region,
            ExpertRequests experts,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            @Value("${uitzicht.demo.password}") String password,
            Clock clock) {
        this.systemWork = systemWork;
        this.regions = regions;
        this.schools = schools;
        this.accounts = accounts;
        this.plans = plans;
        this.school = school;
        this.region = region;
        this.password = password;
        this.today = LocalDate.now(clock);
        this.steps = new DemoRequestSteps(school, region, experts, jdbc, tx, today);
    }

    @Override
    public void run(ApplicationArguments args) {
        systemWork.run(() -> regions.findByCode(DemoRegions.PO_CODE).ifPresent(po -> {
            if (accounts.findByEmail(CASE_MANAGER).isEmpty()) {
                TenantContext.runAs(po.getId(), () -> seed(po));
            }
        }));
    }

    private void seed(Region po) {
        log.info("Demo mode: requests to the region for {}", po.getCode());
        RegionCaller manager = new RegionCaller(member(po, CASE_MANAGER, "Carla Casemanager", Role.CASE_MANAGER));
        RegionCaller ortho = new RegionCaller(member(po, ORTHOPEDAGOGUE, "Olga Orthopedagoog", Role.EXPERT));
        RegionCaller doctor = new RegionCaller(member(po, DOCTOR, "Jan Jeugdarts", Role.EXPERT));
        Set<UUID> ibSchools = Set.copyOf(schools.all().stream()
                .filter(s -> s.brin().equals("99AA") || s.brin().equals("99AB"))
                .map(SchoolSummary::id)
                .toList());
        StaffScope ib = new StaffScope(new Actor(null, "Ilse Intern-begeleider"), ibSchools);
        List<OppSummary> open =
                plans.list(ib).stream().filter(o -> o.state().open()).toList();
        if (open.size() < 6) {
            log.info("Demo mode: too few open OPPs for the demo requests ({})", open.size());
            return;
        }
        steps.draft(ib, open.get(0), RequestType.INDIVIDUAL_ARRANGEMENT, null);
        // past its term: submitted 10 weeks ago, the term (8 weeks) ended 2 weeks ago
        steps.submitted(ib, open.get(1), RequestType.TLV_SBO, null, 70);
        // due in 4 days, one of the two experts advised
        RequestDetail handling = steps.submitted(ib, open.get(2), RequestType.TLV_SO_VSO, FundingCategory.MEDIUM, 52);
        handling = region.assignCaseManager(manager, handling.id(), handling.version(), manager.accountId());
        handling = region.assignExpert(manager, handling.id(), handling.version(), ortho.accountId());
        handling = region.assignExpert(manager, handling.id(), handling.version(), doctor.accountId());
        steps.experts()
                .advise(ortho, handling.id(), steps.advice(Discipline.ORTHOPEDAGOGUE, Recommendation.GRANT, today));

        RequestDetail arrangement = steps.submitted(ib, open.get(3), RequestType.INDIVIDUAL_ARRANGEMENT, null, 35);
        steps.grantArrangement(
                manager,
                arrangement,
                Outcome.GRANTED,
                today.minusDays(14),
                today,
                today.plusMonths(10),
                "6500.00",
                "80");

        RequestDetail refused = steps.submitted(ib, open.get(4), RequestType.TLV_SO_VSO, FundingCategory.HIGH, 60);
        refused = steps.advisedByTwo(
                manager,
                refused,
                ortho,
                doctor,
                Recommendation.REFUSE,
                Recommendation.GRANT_PARTLY,
                today.minusDays(25));
        steps.refuse(manager, refused, today.minusDays(20));
        region.registerObjection(
                manager,
                refused.id(),
                new ObjectionInput(today.minusDays(10), "Ouders", "De thuissituatie is niet meegewogen."));

        RequestDetail withdrawn = steps.submitted(ib, open.get(5), RequestType.GROUP_ARRANGEMENT, null, 0);
        school.withdraw(ib, withdrawn.id(), withdrawn.version());

        objections(ib, open, manager, ortho, doctor);
        extensionDue(ib, open.getLast(), manager);
    }

    /** One decided request per way an objection can end, each objection decided weeks ago. */
    private void objections(
            StaffScope ib, List<OppSummary> open, RegionCaller manager, RegionCaller ortho, RegionCaller doctor) {
        ObjectionOutcome[] outcomes = ObjectionOutcome.values();
        for (int i = 0; i < outcomes.length; i++) {
            OppSummary opp = open.get(i % open.size());
            ObjectionOutcome outcome = outcomes[i];
            LocalDate decided = today.minusDays(100);
            RequestDetail request;
            if (outcome == ObjectionOutcome.PARTLY_UPHELD) {
                request = steps.submitted(ib, opp, RequestType.GROUP_ARRANGEMENT, null, 140);
                request = steps.grantArrangement(
                        manager,
                        request,
                        Outcome.PARTLY,
                        decided,
                        decided.plusDays(5),
                        today.plusMonths(6),
                        "3000.00",
                        "40");
            } else if (outcome == ObjectionOutcome.DISMISSED) {
                request = steps.submitted(ib, opp, RequestType.TLV_SBO, null, 140);
                request = steps.advisedByTwo(
                        manager,
                        request,
                        ortho,
                        doctor,
                        Recommendation.REFUSE,
                        Recommendation.REFUSE,
                        decided.minusDays(7));
                request = steps.refuse(manager, request, decided);
            } else {
                request = steps.submitted(ib, opp, RequestType.INDIVIDUAL_ARRANGEMENT, null, 140);
                request = steps.refuse(manager, request, decided);
            }
            Objection objection = region.registerObjection(
                    manager,
                    request.id(),
                    new ObjectionInput(
                            today.minusDays(90),
                            i % 2 == 0 ? "Ouders" : "De school",
                            "Het besluit gaat voorbij aan wat het OPP over de ondersteuningsbehoefte zegt."));
            region.decideObjection(
                    manager,
                    objection.id(),
                    objection.version(),
                    outcome,
                    outcome == ObjectionOutcome.WITHDRAWN
                            ? ""
                            : "De bezwaarcommissie heeft de ouders, de school en het samenwerkingsverband gehoord.",
                    today.minusDays(50));
        }
    }

    /**
     * An arrangement granted last school year that ends in a month: the school's worklist asks for an extension.
     * Made last: a later request for the same pupil would count as the extension asked for.
     */
    private void extensionDue(StaffScope ib, OppSummary opp, RegionCaller manager) {
        RequestDetail request = steps.submitted(ib, opp, RequestType.INDIVIDUAL_ARRANGEMENT, null, 330);
        steps.grantArrangement(
                manager,
                request,
                Outcome.GRANTED,
                today.minusDays(310),
                today.minusDays(300),
                today.plusDays(30),
                "5200.00",
                "60");
    }

    private Actor member(Region po, String email, String name, Role role) {
        AccountSummary account = accounts.createAccount(email, name, password);
        accounts.grant(account.id(), po.getId(), role, Set.of());
        return new Actor(account.id(), name);
    }
}
