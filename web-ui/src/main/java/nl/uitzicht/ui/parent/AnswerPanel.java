package nl.uitzicht.ui.parent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import nl.uitzicht.opp.ParentAnswers;
import nl.uitzicht.opp.ParentConsent;
import nl.uitzicht.opp.ParentConsentOutcome;
import nl.uitzicht.opp.ParentCopy;
import nl.uitzicht.parent.ParentScope;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.UnsavedChanges;
import nl.uitzicht.validation.InvalidInput;

/**
 * The parent's answer on the handelingsdeel (the goals, what everyone does and the agreements): agree, or
 * disagree with a reason (then: what happens next). The answer is bound to the version and content shown
 * here; when the school changes the handelingsdeel, the parent is asked again. Withdrawing is possible.
 */
class AnswerPanel extends Div {

    AnswerPanel(ParentAnswers answers, ParentScope scope, ParentCopy copy, Runnable changed) {
        addClassNames("card", "parent-section", "parent-answer");
        setId("parent-answer");
        add(new H2(getTranslation("parent.answer.title")));
        ParentConsent mine = copy.myAnswer();
        if (mine != null && mine.current()) {
            Paragraph given = new Paragraph(getTranslation(
                    "parent.answer.given." + mine.outcome(), mine.versionNo(), Dates.of(this, mine.givenAt())));
            given.setId("parent-answer-given");
            add(given);
            if (mine.outcome() == ParentConsentOutcome.NO_CONSENT) {
                add(nextSteps());
            }
            Button withdraw = new Button(getTranslation("parent.answer.withdraw"), e -> {
                answers.withdraw(scope, mine.id());
                Notices.success(getTranslation("parent.answer.withdrawn"));
                changed.run();
            });
            withdraw.setId("parent-answer-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(withdraw);
            return;
        }
        if (mine != null && !mine.withdrawn()) {
            Paragraph again = new Paragraph(getTranslation("parent.answer.again", mine.versionNo()));
            again.setId("parent-answer-again");
            again.addClassName("parent-attention");
            add(again);
        }
        add(new Paragraph(getTranslation("parent.answer.intro", copy.content().versionNo())));
        RadioButtonGroup<ParentConsentOutcome> outcome = new RadioButtonGroup<>(getTranslation("parent.answer.choice"));
        outcome.setItems(ParentConsentOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("parent.answer.choice." + o));
        outcome.setId("parent-answer-choice");
        outcome.setRequiredIndicatorVisible(true);
        TextArea reason = new TextArea(getTranslation("parent.answer.reason"));
        reason.setId("parent-answer-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setHelperText(getTranslation("parent.answer.reason.helper"));
        Button send = new Button(getTranslation("parent.answer.send"), e -> {
            if (outcome.getValue() == null) {
                outcome.setErrorMessage(getTranslation("parent.answer.choose"));
                outcome.setInvalid(true);
                return;
            }
            outcome.setInvalid(false);
            try {
                answers.answer(
                        scope,
                        copy.oppId(),
                        copy.content().versionNo(),
                        copy.handelingsdeelHash(),
                        outcome.getValue(),
                        reason.getValue());
                Notices.success(getTranslation("parent.answer.sent"));
                changed.run();
            } catch (InvalidInput problem) {
                if (problem.problems().stream().anyMatch(p -> "consent".equals(p.field()))) {
                    Notices.error(InputErrors.text(this, problem.problems().getFirst()));
                    changed.run();
                    return;
                }
                InputErrors.show(this, problem, Map.of("reason", reason));
            }
        });
        send.setId("parent-answer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(outcome, reason, send, nextStepsIntro());
        // an answer chosen or a reason typed and not sent: leaving asks first (ADR 0108)
        new UnsavedChanges(this).watch(outcome, reason);
    }

    private Paragraph nextStepsIntro() {
        Paragraph p = new Paragraph(getTranslation("parent.answer.disagree.intro"));
        p.addClassName("parent-muted");
        return p;
    }

    /** What happens after a disagreement: talk again, the region's advice, the Onderwijsgeschillen route. */
    private Div nextSteps() {
        UnorderedList steps = new UnorderedList(
                new ListItem(getTranslation("parent.answer.next.talk")),
                new ListItem(getTranslation("parent.answer.next.region")),
                new ListItem(getTranslation("parent.answer.next.geschillen")));
        Div next = new Div(new Paragraph(getTranslation("parent.answer.next.title")), steps);
        next.setId("parent-answer-next");
        return next;
    }
}
