package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.achterban.ActionStatus;
import nl.uitzicht.achterban.ActionView;
import nl.uitzicht.achterban.QuestionView;
import nl.uitzicht.achterban.Verwerking;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.AccountSummary;
import nl.uitzicht.identity.Role;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;

/**
 * VERWERKING: the trainer's actions with status and notes, their questions and dilemmas for the
 * next online practice meeting, and everything the region's trainers bring in there.
 */
@Route(value = "achterban/verwerking", layout = MainLayout.class)
@RolesAllowed(Role.TRAINER_NAME)
class VerwerkingView extends FreshPage implements HasDynamicTitle {

    private final Verwerking verwerking;
    private final AccountDirectory accounts;
    private UUID trainerId;
    private OrderedList actions;
    private UnorderedList questions;
    private UnorderedList meetingQuestions;

    private final CurrentUser currentUser;
    /** Notes, actions and questions typed and not saved: leaving asks first (ADR 0108). */
    private final UnsavedChanges changes = new UnsavedChanges(this);

    VerwerkingView(Verwerking verwerking, AccountDirectory accounts, CurrentUser currentUser) {
        this.verwerking = verwerking;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        actions = new OrderedList();
        questions = new UnorderedList();
        meetingQuestions = new UnorderedList();
        this.trainerId = Trainer.id(currentUser);
        addClassNames("page", "trainer-page");
        actions.setId("actions");
        actions.addClassName("action-list");
        questions.setId("questions");
        questions.addClassName("question-list");
        meetingQuestions.setId("meeting-questions");
        meetingQuestions.addClassName("question-list");

        Div actionCard = new Div(new H2(getTranslation("verwerking.actions.title")), actions, newAction());
        actionCard.addClassName("card");
        Div questionCard = new Div(
                new H2(getTranslation("verwerking.questions.title")),
                muted("verwerking.questions.intro"),
                questions,
                newQuestion());
        questionCard.addClassName("card");
        Div meetingCard = new Div(
                new H2(getTranslation("verwerking.meeting.title")),
                muted("verwerking.meeting.intro"),
                meetingQuestions);
        meetingCard.addClassName("card");
        add(
                new WorkspaceTabs(VerwerkingView.class),
                new H1(getTranslation("verwerking.title")),
                muted("verwerking.intro"),
                actionCard,
                questionCard,
                meetingCard);
        refreshActions();
        refreshQuestions();
    }

    private void refreshActions() {
        actions.removeAll();
        verwerking.actionsOf(trainerId).forEach(a -> actions.add(actionRow(a)));
    }

    private Component actionRow(ActionView a) {
        Span title = new Span(a.title());
        title.addClassName("action-title");
        Select<ActionStatus> status = new Select<>();
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("verwerking.status." + s.name()));
        status.setValue(a.status());
        status.getElement().setAttribute("aria-label", getTranslation("verwerking.status"));
        status.addClassName("action-status");
        TextArea notes = new TextArea();
        notes.setPlaceholder(getTranslation("verwerking.notes"));
        notes.setValue(a.notes() == null ? "" : a.notes());
        notes.setMaxLength(2000);
        notes.setWidthFull();
        notes.getElement().setAttribute("aria-label", getTranslation("verwerking.notes"));
        changes.watch(status, notes);
        Button save = new SaveButton(getTranslation("trainer.save"), () -> {
            if (Feedback.attempt(
                    this,
                    Map.of("status", status, "notes", notes),
                    () -> verwerking.updateAction(
                            trainerId, a.id(), a.version(), status.getValue(), notes.getValue()))) {
                Notices.success(getTranslation("trainer.saved"));
                refreshActions();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout controls = new HorizontalLayout(status, notes, save);
        controls.setWidthFull();
        controls.setAlignItems(FlexComponent.Alignment.CENTER);
        controls.addClassName("action-controls");
        ListItem item = new ListItem(title, controls);
        item.addClassNames("action", "action-" + a.status().name().toLowerCase(java.util.Locale.ROOT));
        return item;
    }

    private Component newAction() {
        TextField title = new TextField();
        title.setPlaceholder(getTranslation("verwerking.action.new"));
        title.setMaxLength(200);
        title.setWidthFull();
        title.getElement().setAttribute("aria-label", getTranslation("verwerking.action.new"));
        changes.watch(title);
        Button add = new Button(getTranslation("verwerking.action.add"), VaadinIcon.PLUS.create(), e -> {
            if (Feedback.attempt(
                    this, Map.of("title", title), () -> verwerking.addAction(trainerId, title.getValue()))) {
                title.clear();
                refreshActions();
            }
        });
        HorizontalLayout row = new HorizontalLayout(title, add);
        row.setWidthFull();
        return row;
    }

    private Component newQuestion() {
        TextArea text = new TextArea(getTranslation("verwerking.question.new"));
        text.setMaxLength(500);
        text.setWidthFull();
        text.setId("question-new");
        changes.watch(text);
        Checkbox forMeeting = new Checkbox(getTranslation("verwerking.question.forMeeting"), true);
        Button add = new Button(getTranslation("verwerking.question.add"), VaadinIcon.PLUS.create(), e -> {
            if (Feedback.attempt(
                    this,
                    Map.of("text", text),
                    () -> verwerking.addQuestion(trainerId, text.getValue(), forMeeting.getValue()))) {
                text.clear();
                refreshQuestions();
            }
        });
        add.setId("question-add");
        VerticalLayout form = new VerticalLayout(text, forMeeting, add);
        form.setPadding(false);
        return form;
    }

    private void refreshQuestions() {
        questions.removeAll();
        List<QuestionView> mine = verwerking.questionsOf(trainerId);
        for (QuestionView q : mine) {
            Checkbox forMeeting = new Checkbox(getTranslation("verwerking.question.forMeeting"), q.forNextMeeting());
            forMeeting.addValueChangeListener(e -> {
                if (e.isFromClient()
                        && Feedback.attempt(
                                this, Map.of(), () -> verwerking.markForNextMeeting(trainerId, q.id(), e.getValue()))) {
                    refreshQuestions();
                }
            });
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                if (Feedback.attempt(this, Map.of(), () -> verwerking.removeQuestion(trainerId, q.id()))) {
                    refreshQuestions();
                }
            });
            remove.getElement().setAttribute("title", getTranslation("trainer.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            HorizontalLayout controls = new HorizontalLayout(forMeeting, remove);
            controls.setAlignItems(FlexComponent.Alignment.CENTER);
            questions.add(new ListItem(new Paragraph(q.text()), controls));
        }
        if (mine.isEmpty()) {
            questions.add(new ListItem(muted("verwerking.questions.empty")));
        }
        meetingQuestions.removeAll();
        Map<UUID, String> names = new HashMap<>();
        List<QuestionView> all = verwerking.forNextPracticeMeeting();
        for (QuestionView q : all) {
            String who = names.computeIfAbsent(
                    q.trainerId(),
                    id -> accounts.find(id).map(AccountSummary::displayName).orElse("?"));
            Span author = new Span(who);
            author.addClassName("muted");
            meetingQuestions.add(new ListItem(new Paragraph(q.text()), author));
        }
        if (all.isEmpty()) {
            meetingQuestions.add(new ListItem(muted("verwerking.meeting.empty")));
        }
    }

    private Paragraph muted(String key) {
        Paragraph p = PageText.muted(getTranslation(key));
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("verwerking.title"));
    }
}
