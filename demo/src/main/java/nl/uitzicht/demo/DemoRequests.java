package nl.uitzicht.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.request.AdviceInput;
import nl.uitzicht.request.DecisionInput;
import nl.uitzicht.request.Discipline;
import nl.uitzicht.request.ExpertRequests;
import nl.uitzicht.request.FundingCategory;
import nl.uitzicht.request.ObjectionInput;
import nl.uitzicht.request.Outcome;
import nl.uitzicht.request.ParentsViewSource;
import nl.uitzicht.request.Recommendation;
import nl.uitzicht.request.RegionCaller;
import nl.uitzicht.request.RegionRequests;
import nl.uitzicht.request.RequestDetail;
import nl.uitzicht.request.RequestDraft;
import nl.uitzicht.request.RequestType;
import nl.uitzicht.request.SchoolRequests;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Demo requests to the region (issue 16) in PO2999: a case manager ({@code casemanager@waterlinie.demo}), two experts
 * ({@code orthopedagoog@waterlinie.demo}, {@code jeugdarts@waterlinie.demo}), and requests from the demo OPPs in every
 * state: a draft, submitted, in handling with one advice, decided (an arrangement granted, a TLV refused with an open
 * objection) and withdrawn. Once: nothing happens when the case manager exists.
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
    private final ExpertRequests experts;
    private final String password;
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
            @Value("${uitzicht.demo.password}") String password,
            Clock clock) {
        this.systemWork = systemWork;
        this.regions = regions;
        this.schools = schools;
        this.accounts = accounts;
        this.plans = plans;
        this.school = school;
        this.region = region;
        this.experts = experts;
        this.password = password;
        this.today = LocalDate.now(clock);
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
        Set<java.util.UUID> ibSchools = Set.copyOf(schools.all().stream()
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
        draft(ib, open.get(0), RequestType.INDIVIDUAL_ARRANGEMENT, null);
        submitted(ib, open.get(1), RequestType.TLV_SBO, null);
        RequestDetail handling = submitted(ib, open.get(2), RequestType.TLV_SO_VSO, FundingCategory.MEDIUM);
        handling = region.assignCaseManager(manager, handling.id(), handling.version(), manager.accountId());
        handling = region.assignExpert(manager, handling.id(), handling.version(), ortho.accountId());
        handling = region.assignExpert(manager, handling.id(), handling.version(), doctor.accountId());
        experts.advise(ortho, handling.id(), advice(Discipline.ORTHOPEDAGOGUE, Recommendation.GRANT));

        RequestDetail arrangement = submitted(ib, open.get(3), RequestType.INDIVIDUAL_ARRANGEMENT, null);
        region.decide(
                manager,
                arrangement.id(),
                arrangement.version(),
                new DecisionInput(
                        Outcome.GRANTED,
                        null,
                        today,
                        today.plusMonths(10),
                        new BigDecimal("6500.00"),
                        new BigDecimal("80"),
                        "De school zet de basisondersteuning aantoonbaar in; extra begeleiding is nodig om de doelen"
                                + " in het OPP te halen.",
                        today));

        RequestDetail refused = submitted(ib, open.get(4), RequestType.TLV_SO_VSO, FundingCategory.HIGH);
        refused = region.assignExpert(manager, refused.id(), refused.version(), ortho.accountId());
        refused = region.assignExpert(manager, refused.id(), refused.version(), doctor.accountId());
        experts.advise(ortho, refused.id(), advice(Discipline.PSYCHOLOGIST, Recommendation.REFUSE));
        RequestDetail advised =
                experts.advise(doctor, refused.id(), advice(Discipline.OTHER, Recommendation.GRANT_PARTLY));
        region.decide(
                manager,
                refused.id(),
                region.get(manager, advised.id()).version(),
                new DecisionInput(
                        Outcome.REFUSED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "De deskundigen zien nog mogelijkheden in het regulier onderwijs met een arrangement.",
                        today));
        region.registerObjection(
                manager, refused.id(), new ObjectionInput(today, "Ouders", "De thuissituatie is niet meegewogen."));

        RequestDetail withdrawn = submitted(ib, open.get(5), RequestType.GROUP_ARRANGEMENT, null);
        school.withdraw(ib, withdrawn.id(), withdrawn.version());
    }

    private Actor member(Region po, String email, String name, Role role) {
        AccountSummary account = accounts.createAccount(email, name, password);
        accounts.grant(account.id(), po.getId(), role, Set.of());
        return new Actor(account.id(), name);
    }

    private RequestDetail draft(StaffScope ib, OppSummary opp, RequestType type, @Nullable FundingCategory category) {
        return school.start(
                ib,
                opp.id(),
                new RequestDraft(
                        type,
                        category,
                        null,
                        "Welke ondersteuning kan het samenwerkingsverband bieden voor " + opp.pupilName() + "?",
                        "Verlengde instructie in de groep, een aangepaste methode en extra oefentijd.",
                        "Ouders zijn het eens met de aanvraag en willen graag snel duidelijkheid.",
                        ParentsViewSource.STAFF));
    }

    private RequestDetail submitted(
            StaffScope ib, OppSummary opp, RequestType type, @Nullable FundingCategory category) {
        RequestDetail draft = draft(ib, opp, type, category);
        return school.submit(ib, draft.id(), draft.version());
    }

    private AdviceInput advice(Discipline discipline, Recommendation recommendation) {
        return new AdviceInput(
                discipline,
                discipline == Discipline.OTHER ? "Jeugdarts" : "",
                "Op grond van het OPP, de bijlagen en een observatie in de klas.",
                recommendation,
                today);
    }
}
