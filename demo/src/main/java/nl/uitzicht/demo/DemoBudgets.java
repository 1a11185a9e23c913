package nl.uitzicht.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.budget.ArrangementBudgets;
import nl.uitzicht.budget.BudgetInput;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.request.ExpertRequests;
import nl.uitzicht.request.FundingCategory;
import nl.uitzicht.request.Outcome;
import nl.uitzicht.request.Recommendation;
import nl.uitzicht.request.RegionCaller;
import nl.uitzicht.request.RegionRequests;
import nl.uitzicht.request.RequestDetail;
import nl.uitzicht.request.RequestType;
import nl.uitzicht.request.SchoolRequests;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: arrangement budgets for every school of PO2999 for this school year and the next, and enough decided
 * requests from the synthetic OPPs of the other demo schools (not the demo staff's own 99AA/99AB) that the request
 * dashboard and the budget screen show figures instead of "&lt; 5": arrangements granted this school year in three
 * schools (one of them over its budget), some refused, and TLVs granted after two experts' advice, decided within
 * their term or after it. Runs after the synthetic OPPs and the hand-written demo requests; once: nothing happens when
 * this school year has budgets.
 */
@Order(22)
class DemoBudgets implements ApplicationRunner {

    /** The schools with synthetic OPPs, what they ask: individual arrangements granted, refusals, TLVs for SO. */
    private record Asks(String brin, int granted, int refused, int tlvs, RequestType arrangementType, String amount) {}

    private static final List<Asks> ASKS = List.of(
            new Asks("99AC", 7, 2, 0, RequestType.INDIVIDUAL_ARRANGEMENT, "5000.00"),
            new Asks("99AD", 5, 1, 5, RequestType.INDIVIDUAL_ARRANGEMENT, "4200.00"),
            new Asks("99AE", 5, 0, 0, RequestType.GROUP_ARRANGEMENT, "1800.00"));

    /** The budget per pupil of a school, euros and hours. */
    private static final BigDecimal EUROS_PER_PUPIL = new BigDecimal("110");

    private static final BigDecimal HOURS_PER_PUPIL = new BigDecimal("2.6");

    private static final Logger log = LoggerFactory.getLogger(DemoBudgets.class);

    private final SystemWork systemWork;
    private final RegionDirectory regions;
    private final SchoolDirectory schools;
    private final AccountDirectory accounts;
    private final OppPlans plans;
    private final ArrangementBudgets budgets;
    private final DemoRequestSteps steps;
    private final LocalDate today;
    private final SchoolYear year;

    DemoBudgets(
            SystemWork systemWork,
            RegionDirectory regions,
            SchoolDirectory schools,
            AccountDirectory accounts,
            OppPlans plans,
            SchoolRequests school,
            RegionRequests region,
            ExpertRequests experts,
            ArrangementBudgets budgets,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            Clock clock) {
        this.systemWork = systemWork;
        this.regions = regions;
        this.schools = schools;
        this.accounts = accounts;
        this.plans = plans;
        this.budgets = budgets;
        this.today = LocalDate.now(clock);
        this.year = SchoolYear.of(today);
        this.steps = new DemoRequestSteps(school, region, experts, jdbc, tx, today);
    }

    @Override
    public void run(ApplicationArguments args) {
        systemWork.run(() -> regions.findByCode(DemoRegions.PO_CODE).ifPresent(po -> {
            var manager = accounts.findByEmail(DemoRequests.CASE_MANAGER);
            var ortho = accounts.findByEmail(DemoRequests.ORTHOPEDAGOGUE);
            var doctor = accounts.findByEmail(DemoRequests.DOCTOR);
            if (manager.isEmpty() || ortho.isEmpty() || doctor.isEmpty()) {
                return;
            }
            TenantContext.runAs(po.getId(), () -> {
                if (budgets.totals(year.startYear()).budgetAmount().signum() == 0) {
                    seed(caller(manager.get()), caller(ortho.get()), caller(doctor.get()));
                }
            });
        }));
    }

    private static RegionCaller caller(AccountSummary account) {
        return new RegionCaller(new Actor(account.id(), account.displayName()));
    }

    private void seed(RegionCaller manager, RegionCaller ortho, RegionCaller doctor) {
        log.info("Demo mode: arrangement budgets and decided requests for the dashboards");
        List<SchoolSummary> all = schools.all().stream()
                .sorted(Comparator.comparing(SchoolSummary::brin))
                .toList();
        for (SchoolSummary s : all) {
            BudgetInput budget = new BudgetInput(
                    EUROS_PER_PUPIL
                            .multiply(BigDecimal.valueOf(s.pupilCount()))
                            .setScale(-2, RoundingMode.HALF_UP)
                            .setScale(2, RoundingMode.UNNECESSARY),
                    HOURS_PER_PUPIL.multiply(BigDecimal.valueOf(s.pupilCount())).setScale(0, RoundingMode.HALF_UP));
            budgets.set(manager.actor(), s.id(), year.startYear(), budget, null);
            budgets.set(manager.actor(), s.id(), year.startYear() + 1, budget, null);
        }
        for (Asks asks : ASKS) {
            all.stream()
                    .filter(s -> s.brin().equals(asks.brin()))
                    .findFirst()
                    .ifPresent(s -> decided(s, asks, manager, ortho, doctor));
        }
    }

    /**
     * The school's requests of this school year from its open synthetic OPPs, submitted a week or more apart and
     * decided 3 to 10 weeks later (so a few after the 8 weeks' term), never before the school year or after today.
     */
    private void decided(SchoolSummary s, Asks asks, RegionCaller manager, RegionCaller ortho, RegionCaller doctor) {
        StaffScope staff = new StaffScope(new Actor(null, "Demo: " + s.name()), Set.of(s.id()));
        List<OppSummary> open =
                plans.list(staff).stream().filter(o -> o.state().open()).toList();
        if (open.isEmpty()) {
            log.info("Demo mode: no open OPPs at {} for the demo requests", s.brin());
            return;
        }
        int inYear = (int) ChronoUnit.DAYS.between(year.firstDay(), today);
        int n = asks.granted() + asks.refused() + asks.tlvs();
        for (int i = 0; i < n; i++) {
            OppSummary opp = open.get(i % open.size());
            int submittedAgo = Math.max(0, Math.min(inYear, 100 - 8 * i));
            LocalDate handled = today.minusDays(submittedAgo).plusDays(21 + 7L * (i % 8));
            LocalDate decidedOn = handled.isAfter(today) ? today : handled;
            if (i < asks.granted()) {
                RequestDetail r = steps.submitted(staff, opp, asks.arrangementType(), null, submittedAgo);
                steps.grantArrangement(
                        manager,
                        r,
                        Outcome.GRANTED,
                        decidedOn,
                        decidedOn,
                        year.lastDay(),
                        new BigDecimal(asks.amount())
                                .add(BigDecimal.valueOf(150L * i))
                                .toPlainString(),
                        String.valueOf(40 + 4 * i));
            } else if (i < asks.granted() + asks.refused()) {
                RequestDetail r = steps.submitted(staff, opp, asks.arrangementType(), null, submittedAgo);
                steps.refuse(manager, r, decidedOn);
            } else {
                RequestDetail r =
                        steps.submitted(staff, opp, RequestType.TLV_SO_VSO, FundingCategory.LOW, submittedAgo);
                r = steps.advisedByTwo(
                        manager, r, ortho, doctor, Recommendation.GRANT, Recommendation.GRANT, decidedOn);
                steps.grantTlv(manager, r, FundingCategory.LOW, decidedOn);
            }
        }
    }
}
