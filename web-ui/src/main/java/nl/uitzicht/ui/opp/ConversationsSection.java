package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import nl.uitzicht.opp.ConsentOutcome;
import nl.uitzicht.opp.Conversation;
import nl.uitzicht.opp.ConversationInput;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.ui.kit.Attempt;
import nl.uitzicht.ui.kit.DatePickers;

/**
 * Consent as a conversation: each talk with parents (and pupil) is recorded with who, when and what;
 * while the plan awaits consent, the conversation's outcome decides whether it becomes active.
 */
class ConversationsSection extends Section {

    ConversationsSection(OppEditorView view) {
        super(view);
        add(heading("opp.conversations.title"), intro("opp.conversations.intro"));
        if (!view.is(OppState.CLOSED)) {
            add(form());
        }
        Div list = card(subheading("opp.conversations.list"));
        list.setId("conversations");
        if (view.history().conversations().isEmpty()) {
            list.add(intro("opp.none"));
        }
        for (Conversation c : view.history().conversations()) {
            Div row = new Div();
            row.addClassName("opp-item");
            Span date = new Span(OppListView.DATE.format(c.heldOn()));
            date.addClassName("opp-tag");
            Div text = new Div(new Div(new Span(c.participants() + " \u2013 " + c.discussed())));
            if (c.outcome() != null) {
                Span outcome = new Span(getTranslation("opp.consent." + c.outcome()));
                outcome.getElement().getThemeList().add(c.outcome().agrees() ? "badge success" : "badge error");
                text.add(new Div(outcome));
            }
            if (!c.parentsRemarks().isBlank()) {
                Span remarks = new Span(getTranslation("opp.conversations.remarks") + ": " + c.parentsRemarks());
                remarks.addClassName("muted");
                text.add(new Div(remarks));
            }
            Span by = new Span(getTranslation("opp.recordedBy", c.recordedBy(), c.versionNo()));
            by.addClassName("muted");
            text.add(new Div(by));
            row.add(date, text);
            list.add(row);
        }
        add(list);
    }

    private Div form() {
        boolean consent = view.is(OppState.AWAITING_CONSENT);
        DatePicker heldOn = DatePickers.of(this, "opp.conversations.heldOn", "conversation-date");
        heldOn.setValue(view.today());
        heldOn.setMax(view.today());
        TextField participants = textField("opp.conversations.participants", "conversation-participants");
        participants.setPlaceholder(getTranslation("opp.conversations.participantsExample"));
        TextArea discussed = textArea("opp.conversations.discussed", "conversation-discussed", 2000);
        RadioButtonGroup<ConsentOutcome> outcome = new RadioButtonGroup<>(getTranslation("opp.conversations.outcome"));
        outcome.setItems(ConsentOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("opp.consent." + o));
        outcome.setId("conversation-outcome");
        outcome.setVisible(consent);
        TextArea remarks = textArea("opp.conversations.remarks", "conversation-remarks", 2000);
        remarks.setHelperText(getTranslation("opp.conversations.remarksHelp"));
        remarks.setVisible(consent);
        Map<String, HasValidation> fields = Map.of(
                "heldOn",
                heldOn,
                "participants",
                participants,
                "discussed",
                discussed,
                "outcome",
                outcome,
                "parentsRemarks",
                remarks);
        Attempt attempt = Attempt.of(heldOn, participants, discussed, outcome, remarks);
        FormLayout form = new FormLayout(heldOn, participants, discussed, outcome, remarks);
        form.setColspan(discussed, 2);
        form.setColspan(remarks, 2);
        return card(
                subheading(consent ? "opp.conversations.consentTitle" : "opp.conversations.add"),
                consent ? intro("opp.conversations.consentIntro") : new Span(),
                form,
                primary(
                        "opp.conversations.save",
                        "conversation-save",
                        () -> view.change(
                                v -> view.workflow.recordConversation(
                                        view.scope,
                                        plan().id(),
                                        v,
                                        attempt.id(),
                                        new ConversationInput(
                                                heldOn.getValue(),
                                                participants.getValue(),
                                                discussed.getValue(),
                                                consent ? outcome.getValue() : null,
                                                remarks.getValue())),
                                fields,
                                saved -> getTranslation(
                                        "opp.conversations.saved",
                                        OppListView.DATE.format(heldOn.getValue()),
                                        saved.version(),
                                        saved.versionNo()))));
    }
}
