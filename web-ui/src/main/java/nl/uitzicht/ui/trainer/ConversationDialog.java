package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.achterban.AchterbanMap;
import nl.uitzicht.achterban.ConversationDraft;
import nl.uitzicht.achterban.ConversationView;
import nl.uitzicht.achterban.StakeholderView;
import nl.uitzicht.ui.kit.DatePickers;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;

/** The conversations held with one stakeholder, and a form to log the next one. */
class ConversationDialog extends Dialog {

    private final Grid<ConversationView> grid = new Grid<>();
    private final AchterbanMap achterban;
    private final UUID trainerId;
    private final StakeholderView stakeholder;

    ConversationDialog(
            AchterbanMap achterban, UUID trainerId, StakeholderView stakeholder, LocalDate today, Runnable changed) {
        this.achterban = achterban;
        this.trainerId = trainerId;
        this.stakeholder = stakeholder;
        setId("conversation-dialog");
        setHeaderTitle(getTranslation("achterban.conversations.title", stakeholder.name()));
        setWidth("min(760px, 95vw)");

        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(c -> dates.format(c.heldOn()))
                .setHeader(getTranslation("achterban.conversation.heldOn"))
                .setAutoWidth(true);
        grid.addColumn(ConversationView::topic)
                .setHeader(getTranslation("achterban.conversation.topic"))
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.oppsReviewed() ? "trainer.yes" : "trainer.no"))
                .setHeader(getTranslation("achterban.conversation.opps"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.followUp() == null ? "" : c.followUp())
                .setHeader(getTranslation("achterban.conversation.followUp"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("achterban.conversations.empty"));

        DatePicker heldOn = DatePickers.of(this, "achterban.conversation.heldOn", "conversation-date");
        heldOn.setValue(today);
        heldOn.setMax(today);
        TextField topic = new TextField(getTranslation("achterban.conversation.topic"));
        topic.setMaxLength(200);
        topic.setId("conversation-topic");
        Checkbox opps = new Checkbox(getTranslation("achterban.conversation.oppsLong"));
        opps.setId("conversation-opps");
        TextArea followUp = new TextArea(getTranslation("achterban.conversation.followUp"));
        followUp.setMaxLength(1000);
        FormLayout form = new FormLayout(heldOn, topic, opps, followUp);
        form.setColspan(followUp, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));

        Map<String, HasValidation> fields = Map.of("heldOn", heldOn, "topic", topic, "followUp", followUp);
        // Escape, a click outside or Sluiten with a conversation typed and not logged ask first (ADR 0108)
        UnsavedChanges changes = UnsavedChanges.of(this);
        changes.watch(heldOn, topic, opps, followUp);
        Button log = new SaveButton(getTranslation("achterban.conversation.log"), () -> {
            if (Feedback.attempt(
                    this,
                    fields,
                    () -> achterban.logConversation(
                            trainerId,
                            stakeholder.id(),
                            new ConversationDraft(
                                    heldOn.getValue(), topic.getValue(), opps.getValue(), followUp.getValue())))) {
                topic.clear();
                followUp.clear();
                opps.clear();
                changes.saved();
                refresh();
                changed.run();
            }
        });
        log.setId("conversation-log");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph hint = PageText.muted(getTranslation("achterban.conversations.hint"));
        add(grid, new H3(getTranslation("achterban.conversation.new")), hint, form);
        getFooter().add(new Button(getTranslation("trainer.close"), e -> changes.cancel()), log);
        refresh();
    }

    private void refresh() {
        grid.setItems(achterban.conversations(trainerId, stakeholder.id()));
    }
}
