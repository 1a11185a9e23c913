package nl.uitzicht.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.opp.EvaluationDecision;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.GoalResult;
import nl.uitzicht.opp.MeasureKind;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppMonitoring;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppWorkflow;
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
    private final DemoPlan.Services services;
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
        this.services = new DemoPlan.Services(plans, editor, workflow, monitoring, today);
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
        DemoPlan sam = plan(ib, pupil(ib, regenboog, "Sam", 9, "6", today.minusDays(50)), today.minusDays(50), cat);
        sam.factor(
                FactorKind.HINDERING, FactorDomain.LEARNING, "Leest op AVI-niveau E4, twee jaar achter op de groep.");
        DemoPlan noor = plan(ib, pupil(ib, regenboog, "Noor", 8, "5", today.minusDays(200)), today.minusDays(33), cat);
        noor.reading().consult(today.minusDays(5));
        DemoPlan daan = plan(ib, pupil(ib, regenboog, "Daan", 10, "7", today.minusDays(400)), today.minusDays(25), cat);
        daan.behaviour().consult(today.minusDays(10)).requestConsent();
        DemoPlan eva = plan(ib, pupil(ib, regenboog, "Eva", 11, "8", today.minusDays(800)), today.minusDays(380), cat);
        eva.maths().consult(today.minusDays(360)).requestConsent().consent(today.minusDays(345));
        eva.measure(
                today.minusDays(200),
                MeasureKind.SCORE,
                18,
                40,
                "Tafels tot 10 geautomatiseerd, nog traag bij deelsommen.");
        eva.measure(today.minusDays(60), MeasureKind.SCORE, 28, 40, "Haalt 70% bij de methodetoets breuken.");
        eva.observe(today.minusDays(30), "Werkt zelfstandiger.");
        DemoPlan finn = plan(ib, pupil(ib, regenboog, "Finn", 7, "4", today.minusDays(90)), today.minusDays(70), cat);
        finn.reading().consult(today.minusDays(50)).requestConsent().consent(today.minusDays(40));
        finn.measure(today.minusDays(35), MeasureKind.SCALE, 2, 4, "Leest hakkelend, raadt veel woorden.");
        finn.measure(
                today.minusDays(14),
                MeasureKind.SCALE,
                3,
                4,
                "Leest nu AVI E3 met 90% nauwkeurigheid; het tempo gaat vooruit.");
        DemoPlan lotte =
                plan(ib, pupil(ib, regenboog, "Lotte", 10, "7", today.minusDays(900)), today.minusDays(400), cat);
        lotte.behaviour()
                .consult(today.minusDays(385))
                .requestConsent()
                .consent(today.minusDays(370))
                .measure(today.minusDays(300), MeasureKind.SCALE, 2, 4, "Loopt vaak boos weg uit de klas.")
                .measure(today.minusDays(150), MeasureKind.SCALE, 3, 4, "Gebruikt de time-outkaart meestal.")
                .measure(
                        today.minusDays(30), MeasureKind.SCALE, 4, 4, "Vraagt zelf om een pauze als het te veel wordt.")
                .startEvaluation();
        DemoPlan milan =
                plan(ib, pupil(ib, regenboog, "Milan", 12, "8", today.minusDays(1200)), today.minusDays(420), cat);
        milan.reading()
                .consult(today.minusDays(400))
                .requestConsent()
                .consent(today.minusDays(390))
                .startEvaluation()
                .evaluate(today.minusDays(20), EvaluationDecision.CLOSE, GoalResult.ACHIEVED);
        DemoPlan yara = plan(ib, pupil(ib, regenboog, "Yara", 9, "6", today.minusDays(60)), today.minusDays(30), cat);
        yara.behaviour()
                .consult(today.minusDays(12))
                .requestConsent()
                .refuse(
                        today.minusDays(4),
                        "Ouders willen eerst een gesprek met de jeugdarts voordat er externe begeleiding komt.");
        // 99AB00
        DemoPlan bo = plan(ib, pupil(ib, anker, "Bo", 9, "6", today.minusDays(700)), today.minusDays(420), cat);
        bo.maths()
                .consult(today.minusDays(400))
                .requestConsent()
                .consent(today.minusDays(380))
                .startEvaluation()
                .evaluate(today.minusDays(10), EvaluationDecision.CONTINUE, GoalResult.PARTLY);
        DemoPlan jip = plan(ib, pupil(ib, anker, "Jip", 6, "3", today.minusDays(12)), today.minusDays(12), cat);
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
        DemoPlan zoe =
                plan(zorg, pupil(zorg, college, "Zo\u00eb", 14, "2K", today.minusDays(500)), today.minusDays(300), cat);
        zoe.perspectiveAt = ExitDestination.VMBO_K;
        zoe.reading().consult(today.minusDays(280)).requestConsent().consent(today.minusDays(270));
        DemoPlan ahmed =
                plan(zorg, pupil(zorg, college, "Ahmed", 13, "1H", today.minusDays(80)), today.minusDays(40), cat);
        ahmed.perspectiveAt = ExitDestination.HAVO;
        ahmed.behaviour().consult(today.minusDays(15)).requestConsent();
        DemoPlan lieke =
                plan(zorg, pupil(zorg, college, "Lieke", 15, "3G", today.minusDays(20)), today.minusDays(20), cat);
        lieke.factor(
                FactorKind.HINDERING,
                FactorDomain.PHYSICAL,
                "Chronische vermoeidheid na ziekte; mist gemiddeld een dag per week.");
        DemoPlan thijs =
                plan(zorg, pupil(zorg, college, "Thijs", 15, "3B", today.minusDays(900)), today.minusDays(420), cat);
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

    private DemoPlan plan(StaffScope scope, PupilSummary pupil, LocalDate supportStart, Map<String, UUID> cat) {
        return new DemoPlan(services, scope, pupil, supportStart, cat);
    }
}
