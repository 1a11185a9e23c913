package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.opp.ConsentOutcome;
import nl.uitzicht.opp.Evaluation;
import nl.uitzicht.opp.EvaluationDecision;
import nl.uitzicht.opp.EvaluationInput;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.GoalCourse;
import nl.uitzicht.opp.GoalCourses;
import nl.uitzicht.opp.GoalEvaluation;
import nl.uitzicht.opp.GoalResult;
import nl.uitzicht.opp.OppContent;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.ui.kit.Attempt;
import nl.uitzicht.ui.kit.DatePickers;

/**
 * The (yearly) evaluation with parents and pupil: per goal achieved, partly or not, why; their views;
 * then continue with the adjusted plan (a new version, with the parents' consent) or close it. Each goal
 * shows its measured course from the monitoring, and its result is pre-filled from it (ADR 0083).
 */
class EvaluationSection extends Section {

    EvaluationSection(OppEditorView view) {
        super(view);
        add(heading("opp.evaluation.title"), intro("opp.evaluation.intro"));
        if (view.is(OppState.IN_EVALUATION)) {
            view.history().versions().stream()
                    .filter(v -> v.versionNo() == plan().versionNo() - 1)
                    .findFirst()
                    .ifPresent(evaluated -> add(form(evaluated)));
        } else if (view.is(OppState.ACTIVE)) {
            add(intro("opp.evaluation.startHint"));
        }
        for (Evaluation e : view.history().evaluations()) {
            Div card = card(new Span(getTranslation(
                    "opp.evaluation.done",
                    OppListView.DATE.format(e.evaluatedOn()),
                    e.versionNo(),
                    getTranslation("opp.evaluation.decision." + e.decision()))));
            OppContent evaluated = view.history().versions().stream()
                    .filter(v -> v.versionNo() == e.versionNo())
                    .findFirst()
                    .orElse(null);
            for (GoalEvaluation g : e.goals()) {
                String goal = evaluated == null
                        ? ""
                        : evaluated.goal(g.goalKey()).map(Goal::description).orElse("");
                Span line = new Span(
                        goal + ": " + getTranslation("opp.result." + g.result()) + " \u2013 " + g.explanation());
                card.add(new Div(line));
            }
            Span views = new Span(getTranslation("opp.evaluation.pupilView") + ": " + e.pupilView() + " \u00b7 "
                    + getTranslation("opp.evaluation.parentsView") + ": " + e.parentsView());
            views.addClassName("muted");
            card.add(new Div(views));
            add(card);
        }
    }

    /**
     * The goal's measured course (chart and table) and the result it suggests, pre-filled in {@code result}
     * for staff to keep or change (ADR 0083); a hint when nothing was measured.
     */
    private void course(Div card, GoalCourse course, RadioButtonGroup<GoalResult> result, int n) {
        Span hint;
        if (course == null || !course.measured()) {
            hint = new Span(getTranslation("opp.course.none"));
        } else {
            card.add(GoalCourseView.of(this, course, "evaluation-course-" + n));
            result.setValue(course.suggested());
            hint = new Span(getTranslation(
                    "opp.course.suggested",
                    getTranslation("opp.result." + course.suggested()),
                    GoalCourseView.value(this, course.last()),
                    GoalCourseView.target(this, course.last())));
        }
        hint.setId("evaluation-suggestion-" + n);
        hint.addClassName("muted");
        card.add(new Div(hint));
    }

    private Div form(OppContent evaluated) {
        Div card = card(subheading("opp.evaluation.goals"));
        card.setId("evaluation-form");
        Map<String, HasValidation> fields = new HashMap<>();
        List<Runnable> collectors = new ArrayList<>();
        List<GoalEvaluation> results = new ArrayList<>();
        List<HasValue<?, ?>> inputs = new ArrayList<>();
        Map<UUID, GoalCourse> courses =
                GoalCourses.byGoal(evaluated.handelingsdeel().goals(), GoalCourses.sinceLastEvaluation(view.history()));
        int n = 0;
        for (Goal goal : evaluated.handelingsdeel().goals()) {
            n++;
            RadioButtonGroup<GoalResult> result = new RadioButtonGroup<>(n + ". " + goal.description());
            result.setItems(GoalResult.values());
            result.setItemLabelGenerator(r -> getTranslation("opp.result." + r));
            result.setId("evaluation-result-" + n);
            TextField explanation = textField("opp.evaluation.explanation", "evaluation-explanation-" + n);
            explanation.setWidthFull();
            fields.put("explanation", explanation);
            card.add(result);
            course(card, courses.get(goal.key()), result, n);
            card.add(explanation);
            inputs.add(result);
            inputs.add(explanation);
            collectors.add(() -> {
                if (result.getValue() != null) {
                    results.add(new GoalEvaluation(goal.key(), result.getValue(), explanation.getValue()));
                }
            });
        }
        DatePicker on = DatePickers.of(this, "opp.evaluation.on", "evaluation-date");
        on.setValue(view.today());
        on.setMax(view.today());
        TextField participants = textField("opp.conversations.participants", "evaluation-participants");
        TextArea pupilView = textArea("opp.evaluation.pupilView", "evaluation-pupil-view", 2000);
        TextArea parentsView = textArea("opp.evaluation.parentsView", "evaluation-parents-view", 2000);
        RadioButtonGroup<EvaluationDecision> decision =
                new RadioButtonGroup<>(getTranslation("opp.evaluation.decision"));
        decision.setItems(EvaluationDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation("opp.evaluation.decision." + d));
        decision.setId("evaluation-decision");
        RadioButtonGroup<ConsentOutcome> consent = new RadioButtonGroup<>(getTranslation("opp.evaluation.consent"));
        consent.setItems(ConsentOutcome.values());
        consent.setItemLabelGenerator(o -> getTranslation("opp.consent." + o));
        consent.setId("evaluation-consent");
        fields.putAll(Map.of(
                "evaluatedOn",
                on,
                "participants",
                participants,
                "pupilView",
                pupilView,
                "parentsView",
                parentsView,
                "decision",
                decision,
                "parentsConsent",
                consent));
        inputs.addAll(List.of(on, participants, pupilView, parentsView, decision, consent));
        Attempt attempt = Attempt.of(inputs.toArray(new HasValue<?, ?>[0]));
        FormLayout form = new FormLayout(on, participants, pupilView, parentsView, decision, consent);
        card.add(intro("opp.evaluation.adjustHint"), form, primary("opp.evaluation.save", "evaluation-save", () -> {
            results.clear();
            collectors.forEach(Runnable::run);
            view.change(
                    v -> view.workflow.completeEvaluation(
                            view.scope,
                            plan().id(),
                            v,
                            attempt.id(),
                            new EvaluationInput(
                                    on.getValue(),
                                    participants.getValue(),
                                    pupilView.getValue(),
                                    parentsView.getValue(),
                                    List.copyOf(results),
                                    decision.getValue(),
                                    consent.getValue())),
                    fields,
                    saved -> getTranslation(
                            "opp.evaluation.saved",
                            OppListView.DATE.format(on.getValue()),
                            saved.version(),
                            saved.versionNo()));
        }));
        return card;
    }
}
