package nl.uitzicht.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.uitzicht.e2e.Fields.combo;
import static nl.uitzicht.e2e.Fields.radio;
import static nl.uitzicht.e2e.Fields.tab;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.uitzicht.AppTest;
import nl.uitzicht.access.SystemWork;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.opp.ClosingInput;
import nl.uitzicht.opp.ClosingReason;
import nl.uitzicht.opp.ConsentOutcome;
import nl.uitzicht.opp.ConversationInput;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppLifecycle;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.opp.Performer;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.SmtpSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A plan through a whole school year (issue 14), in real Chromium against the real database and a real SMTP
 * server: school staff start this year's plan from last year's, pick two goals from the region's goal library
 * and adapt them, set the plan with the parents, record a measured observation, adjust the plan mid-year
 * (a changed handelingsdeel asks the parents again), evaluate with the measurements' suggestion, and close
 * the plan when the pupil leaves. The morning digest then tells the staff member of a plan due within two
 * weeks.
 */
@AppTest
@Tag("e2e")
class SchoolYearJourneyE2ETest {

    static final String STAFF = "ib@waterlinie.demo";
    static final String PASSWORD = "Welkom-2026";
    static final SmtpSink SMTP = new SmtpSink();
    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    SystemWork systemWork;

    @Autowired
    RegionDirectory regions;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    OppEditor editor;

    @Autowired
    OppWorkflow workflow;

    @Autowired
    OppLifecycle lifecycle;

    @Autowired
    SupportCategories categories;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        SMTP.register(registry);
    }

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        chromium.close();
        SMTP.stop();
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void staffCarryAPlanFromLastYearsThroughAdjustmentAndEvaluationToTheDayThePupilLeaves() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        String pupil = "Jasmijn";
        lastYearsPlan(pupil, today);

        Page page = chromium.laptop();
        Chromium.logIn(page, base(), STAFF, PASSWORD);
        page.locator("#current-user").waitFor();

        // this year's plan starts from last year's
        page.navigate(base() + "/leerlingen");
        page.locator("#opp-for-" + pupil).click();
        page.locator("#opp-start-from")
                .getByText("Het vorige OPP van deze leerling", new Locator.GetByTextOptions())
                .click();
        page.locator("#opp-start-confirm").click();
        page.waitForURL(Pattern.compile(".*/opp/plan/.*"));
        assertThat(page.locator("#opp-title")).hasText("OPP van " + pupil);
        assertThat(page.locator("#opp-state")).hasText("Concept");
        tab(page, "Handelingsdeel");
        assertThat(page.locator("#goals")).containsText("Leest vloeiend op AVI-niveau E6");

        // two goals from the region's library, each adapted before it is added
        libraryGoal(page, 0, " Met Jasmijn afgesproken.");
        libraryGoal(page, 1, " Samen met de ouders.");
        assertThat(page.locator("#goals")).containsText("Met Jasmijn afgesproken.");
        assertThat(page.locator("#goals")).containsText("Samen met de ouders.");
        Chromium.screenshot(page, "year-01-library-goals");

        // the pupil's view is not copied: this year's is asked again
        tab(page, "Stem van de leerling");
        page.locator("#pupil-view textarea").fill("Ik wil dit jaar zelf kiezen welk boek ik lees.");
        savedBy(page, "#pupil-view-save");

        // set with the parents
        consult(page);
        consent(page, "Handelingsdeel doorgenomen met moeder.");
        assertThat(page.locator("#opp-state")).hasText("Actief");

        // a measured observation on the first goal
        tab(page, "Monitoring");
        page.locator("#observation-goal input").click();
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#observation-measure-kind").click();
        page.locator("vaadin-select-item").getByText("Toetsscore met norm").click();
        page.locator("#observation-score input").fill("34");
        page.locator("#observation-norm input").fill("40");
        page.locator("#observation-note textarea").fill("DMT kaart 3 na zes weken.");
        page.locator("#observation-save").click();
        assertThat(page.locator("#observations")).containsText("norm 40");

        // mid-year adjustment: a changed handelingsdeel asks the parents again
        page.locator("#opp-adjust").click();
        assertThat(page.locator("#opp-state")).hasText("Wordt bijgesteld");
        tab(page, "Handelingsdeel");
        combo(page, "#goal-domain", "Werkhouding");
        page.locator("#goal-description textarea")
                .fill("Werkt na de kerstvakantie 15 minuten zelfstandig aan een taak.");
        savedBy(page, "#goal-add");
        assertThat(page.locator("#goals")).containsText("15 minuten zelfstandig");
        page.locator("#opp-adjust-finish").click();
        assertThat(page.locator("#opp-state")).hasText("Wacht op instemming");
        consent(page, "Bijgesteld plan doorgenomen met beide ouders.");
        assertThat(page.locator("#opp-state")).hasText("Actief");

        // the evaluation suggests from the measurements; staff decide
        page.locator("#opp-step").click();
        assertThat(page.locator("#opp-state")).hasText("In evaluatie");
        tab(page, "Evaluatie");
        assertThat(page.locator("#evaluation-suggestion-1")).containsText("Voorstel uit de metingen");
        Chromium.screenshot(page, "year-02-evaluation");
        for (int n = 1; n <= page.locator("[id^=evaluation-result-]").count(); n++) {
            if (page.locator("#evaluation-result-" + n + " vaadin-radio-button[checked]")
                            .count()
                    == 0) {
                radio(page, "#evaluation-result-" + n, "Deels behaald");
            }
            page.locator("#evaluation-explanation-" + n + " input").fill("Besproken met moeder en Jasmijn.");
        }
        page.locator("#evaluation-participants input").fill("Moeder, Jasmijn, IB");
        page.locator("#evaluation-pupil-view textarea").fill("Lezen gaat beter, ik kies nu zelf.");
        page.locator("#evaluation-parents-view textarea").fill("Tevreden, thuis lezen blijft.");
        radio(page, "#evaluation-decision", "Doorgaan met het aangepaste plan");
        radio(page, "#evaluation-consent", "Ouders stemmen in");
        page.locator("#evaluation-save").click();
        assertThat(page.locator("#opp-state")).hasText("Actief");

        // the pupil leaves the school: the plan closes with where the pupil went
        page.navigate(base() + "/leerlingen");
        page.locator("#leave-" + pupil).click();
        radio(page, "#pupil-leave-choice", "Afsluiten");
        combo(page, "#pupil-leave-destination", "Speciaal basisonderwijs");
        page.locator("#pupil-leave-confirm").click();
        assertThat(page.locator("#pupil-leave")).hasCount(0);
        assertThat(page.locator("#opp-for-" + pupil)).containsText("OPP starten");
        assertThat(page.locator("#opp-for-" + pupil)).isDisabled();
        Chromium.screenshot(page, "year-03-left");

        // the next morning's digest: a plan of another pupil must be set within two weeks
        dueSoon("Mila", today);
        ReflectionTestUtils.invokeMethod(
                AopProxyUtils.getSingletonTarget(context.getBean("dailyDigest")) == null
                        ? context.getBean("dailyDigest")
                        : AopProxyUtils.getSingletonTarget(context.getBean("dailyDigest")),
                "sendToday");
        List<SmtpSink.Mail> mails = SMTP.to(STAFF);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().body())
                .contains("binnen 2 weken klaar zijn")
                .containsPattern("Open je werklijst: http\\S+/opp")
                .doesNotContain("Mila", pupil);
    }

    private void libraryGoal(Page page, int index, String adaptation) {
        page.locator("#goal-library").click();
        combo(page, "#goal-library-category", "Lezen, spelling en dyslexie");
        page.locator("#goal-library-goals vaadin-item").nth(index).click();
        page.locator("#goal-library-use").click();
        Locator text = page.locator("#goal-description textarea");
        assertThat(text).not().hasValue("");
        text.press("End");
        text.pressSequentially(adaptation);
        savedBy(page, "#goal-add");
        assertThat(page.locator("#goals")).containsText(adaptation.trim());
    }

    /** Clicks a save button and waits for the header's new change number: the screen shows the saved plan. */
    private static void savedBy(Page page, String button) {
        String before = page.locator("#opp-version").textContent();
        page.locator(button).click();
        assertThat(page.locator("#opp-version")).not().hasText(before);
    }

    private static void consult(Page page) {
        page.locator("#opp-step").click();
        assertThat(page.locator("#opp-state")).hasText("In overleg");
        tab(page, "Gesprekken en instemming");
        page.locator("#conversation-participants input").fill("Moeder, Jasmijn, leerkracht, IB");
        page.locator("#conversation-discussed textarea").fill("Doelen van dit jaar besproken.");
        page.locator("#conversation-save").click();
        assertThat(page.locator("#conversations")).containsText("Doelen van dit jaar");
        page.locator("#opp-step").click();
        assertThat(page.locator("#opp-state")).hasText("Wacht op instemming");
    }

    private static void consent(Page page, String discussed) {
        tab(page, "Gesprekken en instemming");
        page.locator("#conversation-participants input").fill("Moeder, IB");
        page.locator("#conversation-discussed textarea").fill(discussed);
        radio(page, "#conversation-outcome", "Ouders stemmen in");
        page.locator("#conversation-save").click();
        assertThat(page.locator("#conversations")).containsText(discussed);
    }

    /** Last school year's plan of a pupil of the demo school, set with the parents and closed in July. */
    private void lastYearsPlan(String name, LocalDate today) {
        systemWork.run(() -> TenantContext.runAs(region(), () -> {
            StaffScope staff = staff();
            UUID pupil = pupils.register(
                            staff,
                            staff.schoolIds().iterator().next(),
                            new PupilInput(name, today.getYear() - 10, "6", today.minusYears(2), null))
                    .id();
            LocalDate started = today.minusMonths(14);
            OppPlan p = plans.start(staff, pupil, started);
            p = editor.addFactor(
                    staff, p.id(), p.version(), FactorKind.HINDERING, FactorDomain.LEARNING, "Leest traag");
            p = editor.addFactor(
                    staff, p.id(), p.version(), FactorKind.HELPING, FactorDomain.HOME, "Leest thuis graag voor");
            p = editor.savePerspective(
                    staff,
                    p.id(),
                    p.version(),
                    ExitDestination.VMBO_K,
                    "Begrip is goed, het tempo remt.",
                    p.content().factors().stream().map(f -> f.key()).toList(),
                    "Dagelijks leesinstructie.");
            p = editor.addGoal(
                    staff,
                    p.id(),
                    p.version(),
                    FactorDomain.LEARNING,
                    "Leest vloeiend op AVI-niveau E6",
                    null,
                    null,
                    null);
            UUID category = categories.active().getFirst().id();
            p = editor.addIntervention(
                    staff,
                    p.id(),
                    p.version(),
                    "Herhaald lezen in een groepje",
                    Performer.TEACHER,
                    "dagelijks",
                    List.of(p.content().handelingsdeel().goals().getFirst().key()),
                    category,
                    SupportLevel.EXTRA);
            p = editor.savePupilView(staff, p.id(), p.version(), "Ik wil sneller lezen.", started.plusWeeks(2));
            p = workflow.startConsultation(staff, p.id(), p.version());
            p = workflow.requestConsent(staff, p.id(), p.version());
            p = workflow.recordConversation(
                    staff,
                    p.id(),
                    p.version(),
                    UUID.randomUUID(),
                    new ConversationInput(
                            started.plusWeeks(4), "Vader, IB", "Plan doorgenomen.", ConsentOutcome.CONSENT, null));
            lifecycle.close(
                    staff,
                    p.id(),
                    p.version(),
                    new ClosingInput(
                            today.minusMonths(2),
                            ClosingReason.OTHER,
                            "Schooljaar afgerond; een nieuw plan volgt.",
                            null));
        }));
    }

    /** A plan started five weeks ago and not yet set: its six weeks end within two weeks. */
    private void dueSoon(String name, LocalDate today) {
        systemWork.run(() -> TenantContext.runAs(region(), () -> {
            StaffScope staff = staff();
            UUID pupil = pupils.register(
                            staff,
                            staff.schoolIds().iterator().next(),
                            new PupilInput(name, today.getYear() - 8, "4", today.minusWeeks(5), null))
                    .id();
            plans.start(staff, pupil, today.minusWeeks(5));
        }));
    }

    private UUID region() {
        return systemWork.call(() -> regions.findByCode("PO2999").orElseThrow().getId());
    }

    private StaffScope staff() {
        UUID id = accounts.findByEmail(STAFF).orElseThrow().id();
        return new StaffScope(
                new Actor(id, "Ilse Intern-begeleider"),
                Set.copyOf(accounts.membershipIn(id, region()).orElseThrow().schoolIds()));
    }
}
