package nl.uitzicht.ui.opp;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.opp.ConsentOutcome;
import nl.uitzicht.opp.ConversationInput;
import nl.uitzicht.opp.Evaluation;
import nl.uitzicht.opp.EvaluationDecision;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.GoalEvaluation;
import nl.uitzicht.opp.GoalResult;
import nl.uitzicht.opp.MeasureKind;
import nl.uitzicht.opp.Observation;
import nl.uitzicht.opp.OppEditor;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppWorkflow;
import nl.uitzicht.opp.Party;
import nl.uitzicht.opp.Performer;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.pupil.PupilInput;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.security.TestSignIn;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.ui.UitzichtI18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Monitoring with measured values and the evaluation it feeds (ADR 0083), without a browser, on an active
 * plan of its own: the form records a test score against its norm, refuses bad input with a Dutch message
 * at the field (keeping what was typed), lists the measurement; the evaluation shows each goal's course as
 * chart and table and pre-fills the suggested result, which staff override before saving.
 */
@nl.uitzicht.AppTest
@Tag("browserless")
class MeasuredMonitoringBrowserlessTest extends SpringBrowserlessTest {

    private static final int MONITORING_TAB = 5;
    private static final int EVALUATION_TAB = 6;

    @Autowired
    TestSignIn signIn;

    @Autowired
    OppPlans plans;

    @Autowired
    OppEditor editor;

    @Autowired
    OppWorkflow workflow;

    @Autowired
    PupilRegister pupils;

    @Autowired
    SupportCategories categories;

    @Autowired
    StaffScopes scopes;

    StaffScope scope;
    OppPlan plan;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void anActivePlanOfItsOwn() {
        signIn.as("ib@waterlinie.demo");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        UI.getCurrent().setLocale(UitzichtI18n.DUTCH);
        scope = scopes.current();
        UUID school = scope.schoolIds().iterator().next();
        LocalDate start = today.minusMonths(3);
        UUID pupil = pupils.register(
                        scope, school, new PupilInput("Meting " + UUID.randomUUID(), 2016, "5", start, null))
                .id();
        OppPlan p = plans.start(scope, pupil, start);
        p = editor.addFactor(
                scope, p.id(), p.version(), FactorKind.HINDERING, FactorDomain.LEARNING, "Leest op AVI E4.");
        p = editor.addFactor(
                scope, p.id(), p.version(), FactorKind.HELPING, FactorDomain.WORK_ATTITUDE, "Is gemotiveerd.");
        p = editor.savePerspective(
                scope,
                p.id(),
                p.version(),
                ExitDestination.VMBO_K,
                "Met ondersteuning bij het lezen is vmbo-k haalbaar.",
                p.content().factors().stream().map(f -> f.key()).toList(),
                "Dagelijkse leesinstructie.");
        p = editor.addGoal(
                scope, p.id(), p.version(), FactorDomain.LEARNING, "Leest AVI M5", "AVI E4", "AVI-toets", null);
        p = editor.addGoal(
                scope,
                p.id(),
                p.version(),
                FactorDomain.WORK_ATTITUDE,
                "Werkt 20 minuten zelfstandig",
                "10",
                null,
                null);
        UUID category = categories.active().stream()
                .map(SupportCategory::id)
                .findFirst()
                .orElseThrow();
        p = editor.addIntervention(
                scope,
                p.id(),
                p.version(),
                "Dagelijks 20 minuten lezen",
                Performer.TEACHER,
                "dagelijks",
                p.content().handelingsdeel().goals().stream().map(Goal::key).toList(),
                category,
                SupportLevel.EXTRA);
        p = editor.addAgreement(scope, p.id(), p.version(), Party.PARENTS, "Ouders lezen thuis voor.");
        p = editor.savePupilView(scope, p.id(), p.version(), "Ik wil beter lezen.", today);
        p = workflow.startConsultation(scope, p.id(), p.version());
        p = workflow.requestConsent(scope, p.id(), p.version());
        plan = workflow.recordConversation(
                scope,
                p.id(),
                p.version(),
                UUID.randomUUID(),
                new ConversationInput(today.minusDays(70), "Ouders, IB", "Instemming", ConsentOutcome.CONSENT, null));
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    private void open(int tab) {
        navigate(OppEditorView.class, plan.id().toString());
        find(TabSheet.class).id("opp-tabs").setSelectedIndex(tab);
    }

    private Goal goal(int n) {
        return plan.content().handelingsdeel().goals().get(n);
    }

    @SuppressWarnings("unchecked")
    private void measureScore(LocalDate on, String score, String norm, String note) {
        ((ComboBox<Goal>) find(ComboBox.class).id("observation-goal")).setValue(goal(0));
        find(DatePicker.class).id("observation-date").setValue(on);
        ((Select<MeasureKind>) find(Select.class).id("observation-measure-kind")).setValue(MeasureKind.SCORE);
        find(BigDecimalField.class).id("observation-score").setValue(new BigDecimal(score));
        find(BigDecimalField.class).id("observation-norm").setValue(new BigDecimal(norm));
        test(find(TextArea.class).id("observation-note")).setValue(note);
        roundTrip(); // as a person's typing would: the note is no draft on an active plan, nothing to keep
        test(find(Button.class).id("observation-save")).click();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFormRecordsAScoreAgainstItsNormAndTellsBadInputAtItsField() {
        open(MONITORING_TAB);
        Select<MeasureKind> kind = find(Select.class).id("observation-measure-kind");
        assertThat(kind.getValue()).as("a note only, as before").isNull();
        assertThat(find(BigDecimalField.class).withId("observation-score").exists())
                .as("the score shows once a test score is chosen")
                .isFalse();
        assertThat(find(DatePicker.class).id("observation-date").getMin()).isEqualTo(today.minusMonths(3));

        measureScore(today.minusDays(10), "-3", "40", "Toets na de herfst");
        BigDecimalField score = find(BigDecimalField.class).id("observation-score");
        assertThat(score.isInvalid()).isTrue();
        assertThat(score.getErrorMessage()).isEqualTo("Vul een score in van 0 tot en met 9999,99.");
        assertThat(find(TextArea.class).id("observation-note").getValue())
                .as("nothing typed is lost")
                .isEqualTo("Toets na de herfst");

        kind.setValue(MeasureKind.SCALE);
        ((Select<Integer>) find(Select.class).id("observation-level")).setValue(3);
        find(DatePicker.class).id("observation-date").setValue(today.minusMonths(4));
        test(find(Button.class).id("observation-save")).click();
        DatePicker date = find(DatePicker.class).id("observation-date");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage())
                .startsWith("Deze datum ligt voor de start van de extra ondersteuning (")
                .endsWith("). Kies een latere datum.");

        kind.setValue(MeasureKind.SCORE);
        find(BigDecimalField.class).id("observation-score").setValue(new BigDecimal("34"));
        find(DatePicker.class).id("observation-date").setValue(today.minusDays(10));
        test(find(Button.class).id("observation-save")).click();

        List<Observation> stored = plans.history(scope, plan.id()).observations();
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().measurement().percentOfTarget()).isEqualTo(85);
        assertThat(stored.getFirst().note()).isEqualTo("Toets na de herfst");
        assertThat(find(Span.class).withId("opp-draft-failed").exists())
                .as("the note is not offered to the drafts of an active plan")
                .isFalse();
        assertThat(find(Div.class).id("observations").getElement().getTextRecursively())
                .contains("Score 34 (norm 40, 85% van de norm)", "Toets na de herfst");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEvaluationShowsTheCourseAndPreFillsTheResultThatStaffOverride() {
        open(MONITORING_TAB);
        measureScore(today.minusDays(50), "20", "40", "Nulmeting");
        measureScore(today.minusDays(10), "34", "40", "Na 8 weken");
        plan = workflow.startEvaluation(
                scope, plan.id(), plans.open(scope, plan.id()).version());

        open(EVALUATION_TAB);
        RadioButtonGroup<GoalResult> first = find(RadioButtonGroup.class).id("evaluation-result-1");
        RadioButtonGroup<GoalResult> second = find(RadioButtonGroup.class).id("evaluation-result-2");
        assertThat(first.getValue()).as("improved, under the norm").isEqualTo(GoalResult.PARTLY);
        assertThat(find(Span.class).id("evaluation-suggestion-1").getText())
                .isEqualTo(
                        "Voorstel uit de metingen: Deels behaald (laatste meting 34, norm 40). Je kunt dit aanpassen.");
        String course = find(Html.class).id("evaluation-course-1").getInnerHtml();
        assertThat(course).contains("<svg", "<polyline", "<table", "85%", "norm 40");
        assertThat(second.getValue()).as("nothing measured: no suggestion").isNull();
        assertThat(find(Span.class).id("evaluation-suggestion-2").getText())
                .isEqualTo("Geen metingen bij dit doel: kies zelf het resultaat.");

        first.setValue(GoalResult.ACHIEVED);
        second.setValue(GoalResult.NOT_ACHIEVED);
        test(find(TextField.class).id("evaluation-explanation-1")).setValue("AVI M5 gehaald bij de methodetoets.");
        test(find(TextField.class).id("evaluation-explanation-2")).setValue("Nog 10 minuten.");
        test(find(TextField.class).id("evaluation-participants")).setValue("Ouders, leerling, IB");
        test(find(TextArea.class).id("evaluation-pupil-view")).setValue("Lezen gaat beter.");
        test(find(TextArea.class).id("evaluation-parents-view")).setValue("Tevreden.");
        ((RadioButtonGroup<EvaluationDecision>) find(RadioButtonGroup.class).id("evaluation-decision"))
                .setValue(EvaluationDecision.CLOSE);
        roundTrip(); // the round trip ends: the typed texts go to the drafts
        test(find(Button.class).id("evaluation-save")).click();

        Evaluation saved = plans.history(scope, plan.id()).evaluations().getFirst();
        assertThat(saved.goals())
                .extracting(GoalEvaluation::goalKey, GoalEvaluation::result)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(goal(0).key(), GoalResult.ACHIEVED),
                        org.assertj.core.groups.Tuple.tuple(goal(1).key(), GoalResult.NOT_ACHIEVED));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNoteOnlyAsTheUiLoadDriverSendsItIsStillAdded() {
        // UiLoadUser fills observation-goal and observation-note and clicks observation-save: no measurement.
        open(MONITORING_TAB);
        ((ComboBox<Goal>) find(ComboBox.class).id("observation-goal")).setValue(goal(1));
        test(find(TextArea.class).id("observation-note")).setValue("Werkt goed mee in de kleine groep (1).");
        test(find(Button.class).id("observation-save")).click();

        List<Observation> stored = plans.history(scope, plan.id()).observations();
        assertThat(stored).extracting(Observation::note).containsExactly("Werkt goed mee in de kleine groep (1).");
        assertThat(stored.getFirst().measurement()).isNull();
    }
}
