package nl.uitzicht.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.opp.ConsentOutcome;
import nl.uitzicht.opp.ConversationInput;
import nl.uitzicht.opp.EvaluationDecision;
import nl.uitzicht.opp.EvaluationInput;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.Factor;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.GoalEvaluation;
import nl.uitzicht.opp.GoalResult;
import nl.uitzicht.opp.OppContent;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppMonitoring;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.opp.Party;
import nl.uitzicht.opp.Performer;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Demo mode: pupils and OPPs in every state at the demo schools 99AA00 and 99AB00 (PO2999) and
 * 99BA00 (VO2999), dated relative to today, so the worklist (late, due soon, awaiting consent,
 * evaluation due) and later dashboards have real data. Runs after the demo regions; idempotent.
 */
@Order(10)
class DemoOpps implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOpps.class);

    private final RegionDirectory regions;
    private final SchoolDirectory schools;
    private final SupportCategories categories;
    private final PupilRegister pupils;
    private final OppPlans plans;
    private final OppEditor editor;
    private final OppWorkflow workflow;
    private final OppMonitoring monitoring;
    private final LocalDate today;

    private final SystemWork systemWork;

    DemoOpps(
            SystemWork systemWork,
            RegionDirectory regions,
            SchoolDirectory schools,
            SupportCategories categories,
            PupilRegister pupils,
            OppPlans plans,
            OppEditor editor,
            OppWorkflow workflow,
            OppMonitoring monitoring,
            Clock clock) {
        this.today = LocalDate.now(clock);
        this.systemWork = systemWork;
        this.regions = regions;
        this.schools = schools;
        this.categories = categories;
        this.pupils = pupils;
        this.plans = plans;
        this.editor = editor;
        this.workflow = workflow;
        this.monitoring = monitoring;
    }

    /** Runs as the system: it works for no person. */
    @Override
    public void run(ApplicationArguments args) {
        systemWork.run(() -> work(args));
    }

    private void work(ApplicationArguments args) {
        regions.findByCode("PO2999").ifPresent(po -> TenantContext.runAs(po.getId(), () -> seedPo(po)));
        regions.findByCode("VO2999").ifPresent(vo -> TenantContext.runAs(vo.getId(), () -> seedVo(vo)));
    }

    private Map<String, SchoolSummary> schoolsByCode() {
        return schools.all().stream().collect(Collectors.toMap(SchoolSummary::code, Function.identity()));
    }

    private void seedPo(Region region) {
        Map<String, SchoolSummary> byCode = schoolsByCode();
        SchoolSummary regenboog = byCode.get("99AA00");
        SchoolSummary anker = byCode.get("99AB00");
        if (regenboog == null || anker == null) {
            return;
        }
        StaffScope ib = new StaffScope(new Actor(null, "Ilse Intern-begeleider"), Set.of(regenboog.id(), anker.id()));
        if (!pupils.list(ib).isEmpty()) {
            return;
        }
        log.info("Demo mode: pupils and OPPs for {}", region.getCode());
        Map<String, UUID> cat = categoryIds();
        // 99AA00
        Plan sam = new Plan(ib, pupil(ib, regenboog, "Sam", 9, "6", today.minusDays(50)), today.minusDays(50), cat);
        sam.factor(
                FactorKind.HINDERING, FactorDomain.LEARNING, "Leest op AVI-niveau E4, twee jaar achter op de groep.");
        Plan noor = new Plan(ib, pupil(ib, regenboog, "Noor", 8, "5", today.minusDays(200)), today.minusDays(33), cat);
        noor.reading().consult(today.minusDays(5));
        Plan daan = new Plan(ib, pupil(ib, regenboog, "Daan", 10, "7", today.minusDays(400)), today.minusDays(25), cat);
        daan.behaviour().consult(today.minusDays(10)).requestConsent();
        Plan eva = new Plan(ib, pupil(ib, regenboog, "Eva", 11, "8", today.minusDays(800)), today.minusDays(380), cat);
        eva.maths().consult(today.minusDays(360)).requestConsent().consent(today.minusDays(345));
        eva.observe(today.minusDays(200), "Tafels tot 10 geautomatiseerd, nog traag bij deelsommen.");
        eva.observe(today.minusDays(60), "Haalt 70% bij de methodetoets breuken; werkt zelfstandiger.");
        Plan finn = new Plan(ib, pupil(ib, regenboog, "Finn", 7, "4", today.minusDays(90)), today.minusDays(70), cat);
        finn.reading().consult(today.minusDays(50)).requestConsent().consent(today.minusDays(40));
        finn.observe(today.minusDays(14), "Leest nu AVI M4 met 90% nauwkeurigheid.");
        Plan lotte =
                new Plan(ib, pupil(ib, regenboog, "Lotte", 10, "7", today.minusDays(900)), today.minusDays(400), cat);
        lotte.behaviour()
                .consult(today.minusDays(385))
                .requestConsent()
                .consent(today.minusDays(370))
                .startEvaluation();
        Plan milan =
                new Plan(ib, pupil(ib, regenboog, "Milan", 12, "8", today.minusDays(1200)), today.minusDays(420), cat);
        milan.reading()
                .consult(today.minusDays(400))
                .requestConsent()
                .consent(today.minusDays(390))
                .startEvaluation()
                .evaluate(today.minusDays(20), EvaluationDecision.CLOSE, GoalResult.ACHIEVED);
        Plan yara = new Plan(ib, pupil(ib, regenboog, "Yara", 9, "6", today.minusDays(60)), today.minusDays(30), cat);
        yara.behaviour()
                .consult(today.minusDays(12))
                .requestConsent()
                .refuse(
                        today.minusDays(4),
                        "Ouders willen eerst een gesprek met de jeugdarts voordat er externe begeleiding komt.");
        // 99AB00
        Plan bo = new Plan(ib, pupil(ib, anker, "Bo", 9, "6", today.minusDays(700)), today.minusDays(420), cat);
        bo.maths()
                .consult(today.minusDays(400))
                .requestConsent()
                .consent(today.minusDays(380))
                .startEvaluation()
                .evaluate(today.minusDays(10), EvaluationDecision.CONTINUE, GoalResult.PARTLY);
        Plan jip = new Plan(ib, pupil(ib, anker, "Jip", 6, "3", today.minusDays(12)), today.minusDays(12), cat);
        jip.factor(FactorKind.HELPING, FactorDomain.HOME, "Ouders zijn betrokken en lezen thuis voor.");
        pupil(ib, anker, "Mees", 8, "5", today.minusDays(300));
    }

    private void seedVo(Region region) {
        SchoolSummary college = schoolsByCode().get("99BA00");
        if (college == null) {
            return;
        }
        StaffScope zorg = new StaffScope(new Actor(null, "Zeynep Zorgco\u00f6rdinator"), Set.of(college.id()));
        if (!pupils.list(zorg).isEmpty()) {
            return;
        }
        log.info("Demo mode: pupils and OPPs for {}", region.getCode());
        Map<String, UUID> cat = categoryIds();
        Plan zoe = new Plan(
                zorg, pupil(zorg, college, "Zo\u00eb", 14, "2K", today.minusDays(500)), today.minusDays(300), cat);
        zoe.perspectiveAt = ExitDestination.VMBO_K;
        zoe.reading().consult(today.minusDays(280)).requestConsent().consent(today.minusDays(270));
        Plan ahmed =
                new Plan(zorg, pupil(zorg, college, "Ahmed", 13, "1H", today.minusDays(80)), today.minusDays(40), cat);
        ahmed.perspectiveAt = ExitDestination.HAVO;
        ahmed.behaviour().consult(today.minusDays(15)).requestConsent();
        Plan lieke =
                new Plan(zorg, pupil(zorg, college, "Lieke", 15, "3G", today.minusDays(20)), today.minusDays(20), cat);
        lieke.factor(
                FactorKind.HINDERING,
                FactorDomain.PHYSICAL,
                "Chronische vermoeidheid na ziekte; mist gemiddeld een dag per week.");
        Plan thijs = new Plan(
                zorg, pupil(zorg, college, "Thijs", 15, "3B", today.minusDays(900)), today.minusDays(420), cat);
        thijs.perspectiveAt = ExitDestination.VMBO_B;
        thijs.maths()
                .consult(today.minusDays(400))
                .requestConsent()
                .consent(today.minusDays(372))
                .startEvaluation();
    }

    private Map<String, UUID> categoryIds() {
        return categories.active().stream().collect(Collectors.toMap(SupportCategory::code, SupportCategory::id));
    }

    private PupilSummary pupil(
            StaffScope scope, SchoolSummary school, String name, int age, String group, LocalDate enrolled) {
        return pupils.register(scope, school.id(), new PupilInput(name, today.getYear() - age, group, enrolled, null));
    }

    /** A demo plan moved through the workflow step by step, through the real services. */
    private final class Plan {

        private final StaffScope scope;
        private final Map<String, UUID> categories;
        private OppPlan plan;
        ExitDestination perspectiveAt = ExitDestination.VMBO_GT;

        Plan(StaffScope scope, PupilSummary pupil, LocalDate supportStart, Map<String, UUID> categories) {
            this.scope = scope;
            this.categories = categories;
            this.plan = plans.start(scope, pupil.id(), supportStart);
        }

        Plan factor(FactorKind kind, FactorDomain domain, String text) {
            plan = editor.addFactor(scope, plan.id(), plan.version(), kind, domain, text);
            return this;
        }

        Plan reading() {
            return filled(
                    "LEZEN_SPELLEN",
                    FactorDomain.LEARNING,
                    "Leest op AVI-niveau E4, twee jaar achter op de groep; spelling op D-niveau.",
                    "Leest vloeiend op AVI-niveau M6",
                    "AVI E4",
                    "AVI-toets en DMT",
                    "Dagelijks 20 minuten RALFI-lezen in een groepje",
                    "Ik vind lezen moeilijk, maar ik wil strips kunnen lezen. Ik oefen elke dag met de juf.");
        }

        Plan maths() {
            return filled(
                    "REKENEN",
                    FactorDomain.LEARNING,
                    "Rekent op eind-groep-4-niveau; tafels en breuken zijn niet geautomatiseerd.",
                    "Beheerst de tafels tot 10 en eenvoudige breuken",
                    "Tafels tot 5",
                    "Methodetoets en tempotoets",
                    "Drie keer per week 15 minuten automatiseren met concreet materiaal",
                    "Rekenen is niet mijn ding. Met de blokjes snap ik het beter.");
        }

        Plan behaviour() {
            return filled(
                    "GEDRAG",
                    FactorDomain.BEHAVIOUR,
                    "Raakt snel boos bij veranderingen in de dagplanning; conflicten op het plein.",
                    "Gebruikt de time-outkaart in plaats van weg te lopen",
                    "Loopt 3 keer per week de klas uit",
                    "Registratie door leerkracht",
                    "Dagstart met pictogrammen en vaste time-outplek",
                    "Ik word boos als het anders gaat dan gepland. Met de kaart kan ik even rustig worden.");
        }

        private Plan filled(
                String category,
                FactorDomain domain,
                String hindering,
                String goalText,
                String baseline,
                String measure,
                String intervention,
                String pupilView) {
            factor(FactorKind.HINDERING, domain, hindering);
            factor(
                    FactorKind.HELPING,
                    FactorDomain.WORK_ATTITUDE,
                    "Is gemotiveerd, vraagt zelf om hulp en werkt graag samen.");
            factor(FactorKind.HELPING, FactorDomain.HOME, "Ouders zijn betrokken en oefenen thuis mee.");
            List<UUID> factors =
                    plan.content().factors().stream().map(Factor::key).toList();
            plan = editor.savePerspective(
                    scope,
                    plan.id(),
                    plan.version(),
                    perspectiveAt,
                    "De cognitieve capaciteiten passen bij dit niveau. Met gerichte ondersteuning is het haalbaar.",
                    factors,
                    "Extra instructie in een klein groepje, en oefenen thuis.");
            plan = editor.addGoal(
                    scope, plan.id(), plan.version(), domain, goalText, baseline, measure, today.plusMonths(5));
            plan = editor.addGoal(
                    scope,
                    plan.id(),
                    plan.version(),
                    FactorDomain.WORK_ATTITUDE,
                    "Werkt 20 minuten zelfstandig aan een taak",
                    "10 minuten",
                    "Observatie leerkracht",
                    today.plusMonths(3));
            List<UUID> goals = plan.content().handelingsdeel().goals().stream()
                    .map(Goal::key)
                    .toList();
            plan = editor.addIntervention(
                    scope,
                    plan.id(),
                    plan.version(),
                    intervention,
                    Performer.TEACHER,
                    "dagelijks",
                    List.of(goals.get(0)),
                    categories.get(category),
                    SupportLevel.EXTRA);
            plan = editor.addIntervention(
                    scope,
                    plan.id(),
                    plan.version(),
                    "Taakkaart met timer",
                    Performer.PUPIL,
                    "bij elke zelfstandige taak",
                    List.of(goals.get(1)),
                    categories.get("WERKHOUDING"),
                    SupportLevel.BASIC);
            plan = editor.addIntervention(
                    scope,
                    plan.id(),
                    plan.version(),
                    "Thuis samen oefenen",
                    Performer.PARENTS,
                    "3 keer per week",
                    goals,
                    categories.get(category),
                    SupportLevel.BASIC);
            plan = editor.addAgreement(
                    scope,
                    plan.id(),
                    plan.version(),
                    Party.PARENTS,
                    "Ouders oefenen 3 keer per week 10 minuten thuis.");
            plan = editor.addAgreement(
                    scope,
                    plan.id(),
                    plan.version(),
                    Party.SCHOOL,
                    "De leerkracht mailt ouders elke 6 weken over de voortgang.");
            plan = editor.savePupilView(scope, plan.id(), plan.version(), pupilView, today.minusDays(1));
            return this;
        }

        Plan consult(LocalDate on) {
            plan = workflow.startConsultation(scope, plan.id(), plan.version());
            plan = workflow.recordConversation(
                    scope,
                    plan.id(),
                    plan.version(),
                    new ConversationInput(
                            on,
                            "Moeder, leerling, leerkracht, intern begeleider",
                            "Factoren, perspectief en doelen doorgenomen.",
                            null,
                            null));
            return this;
        }

        Plan requestConsent() {
            plan = workflow.requestConsent(scope, plan.id(), plan.version());
            return this;
        }

        Plan consent(LocalDate on) {
            plan = workflow.recordConversation(
                    scope,
                    plan.id(),
                    plan.version(),
                    new ConversationInput(
                            on,
                            "Ouders, intern begeleider",
                            "Handelingsdeel besproken; ouders begrijpen en steunen de aanpak.",
                            ConsentOutcome.CONSENT,
                            null));
            return this;
        }

        Plan refuse(LocalDate on, String remarks) {
            plan = workflow.recordConversation(
                    scope,
                    plan.id(),
                    plan.version(),
                    new ConversationInput(
                            on,
                            "Vader, moeder, intern begeleider",
                            "Handelingsdeel besproken.",
                            ConsentOutcome.NO_CONSENT,
                            remarks));
            return this;
        }

        Plan observe(LocalDate on, String note) {
            UUID goal = plan.content().handelingsdeel().goals().get(0).key();
            monitoring.log(scope, plan.id(), goal, null, on, note);
            return this;
        }

        Plan startEvaluation() {
            plan = workflow.startEvaluation(scope, plan.id(), plan.version());
            return this;
        }

        Plan evaluate(LocalDate on, EvaluationDecision decision, GoalResult result) {
            OppContent evaluated = plans.version(scope, plan.id(), plan.versionNo() - 1);
            List<GoalEvaluation> results = evaluated.handelingsdeel().goals().stream()
                    .map(g ->
                            new GoalEvaluation(g.key(), result, "Volgens de toetsen en observaties van de leerkracht."))
                    .toList();
            plan = workflow.completeEvaluation(
                    scope,
                    plan.id(),
                    plan.version(),
                    new EvaluationInput(
                            on,
                            "Ouders, leerling, intern begeleider",
                            "Het gaat beter, ik wil nog verder oefenen.",
                            "Tevreden over de vooruitgang.",
                            results,
                            decision,
                            decision == EvaluationDecision.CONTINUE ? ConsentOutcome.CONSENT : null));
            return this;
        }
    }
}
