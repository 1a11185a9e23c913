package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.uitzicht.identity.Role;
import nl.uitzicht.programme.MeetingView;
import nl.uitzicht.programme.Programme;
import nl.uitzicht.programme.ResponseView;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;
import org.jspecify.annotations.Nullable;

/** The two-year programme as the trainer follows it: the region's calendar, attendance, questionnaire and feedback loop. */
@Route(value = "programma", layout = MainLayout.class)
@Menu(title = "trainer.nav.programme", order = 46, icon = "vaadin:calendar")
@RolesAllowed(Role.TRAINER_NAME)
class ProgrammeView extends FreshPage implements HasDynamicTitle {

    private final Programme programme;
    private UUID trainerId;
    private Div meetings;

    private final CurrentUser currentUser;

    ProgrammeView(Programme programme, CurrentUser currentUser) {
        this.programme = programme;
        this.currentUser = currentUser;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        meetings = new Div();
        this.trainerId = Trainer.id(currentUser);
        addClassNames("page", "trainer-page");
        meetings.addClassName("programme-list");
        meetings.setId("programme");
        Paragraph intro = PageText.muted(getTranslation("programme.intro"));
        add(new WorkspaceTabs(ProgrammeView.class), new H1(getTranslation("programme.title")), intro, meetings);
        refresh();
    }

    private void refresh() {
        meetings.removeAll();
        Set<UUID> attended = programme.attendedBy(trainerId);
        Map<UUID, ResponseView> answers = programme.responsesOf(trainerId);
        String year = null;
        for (MeetingView m : programme.calendar()) {
            if (!m.schoolYear().equals(year)) {
                year = m.schoolYear();
                meetings.add(new H2(getTranslation("programme.schoolYear", year)));
            }
            meetings.add(meetingCard(m, attended.contains(m.id()), answers.get(m.id())));
        }
    }

    private Component meetingCard(MeetingView m, boolean wasThere, @Nullable ResponseView answer) {
        Div card = new Div();
        card.addClassNames("card", "meeting", "meeting-" + m.kind().name().toLowerCase(Locale.ROOT));
        Span kind = new Span(getTranslation("programme.kind." + m.kind().name()));
        kind.addClassName("meeting-kind");
        Span when = new Span(when(m));
        when.addClassName("muted");
        card.add(new HorizontalLayout(kind, when));
        Span title = new Span(m.title());
        title.addClassName("meeting-title");
        card.add(title);
        if (!m.topicLines().isEmpty()) {
            UnorderedList topics = new UnorderedList();
            m.topicLines().forEach(t -> topics.add(new ListItem(t)));
            card.add(topics);
        }
        Checkbox present = new Checkbox(getTranslation("programme.attended"), wasThere);
        present.addValueChangeListener(e -> {
            if (e.isFromClient()
                    && Feedback.attempt(
                            this, Map.of(), () -> programme.markAttended(trainerId, m.id(), e.getValue()))) {
                Notices.success(getTranslation("trainer.saved"));
            }
        });
        Button questionnaire = new Button(
                getTranslation(answer == null ? "programme.questionnaire" : "programme.questionnaire.edit"),
                VaadinIcon.CLIPBOARD_TEXT.create(),
                e -> questionnaire(m, answer));
        questionnaire.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(present, questionnaire);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (answer != null) {
            Span done = new Span(getTranslation("programme.answered", answer.usefulness()));
            done.addClassNames("status-badge", "status-on_board");
            actions.add(done);
        }
        card.add(actions);
        return card;
    }

    private String when(MeetingView m) {
        StringBuilder text = new StringBuilder();
        if (m.heldOn() != null) {
            text.append(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(getLocale())
                    .format(m.heldOn()));
        } else if (m.period() != null) {
            text.append(m.period());
        }
        if (m.hours() != null) {
            text.append(", ").append(getTranslation("programme.hours", m.hours()));
        }
        return text.toString();
    }

    private void questionnaire(MeetingView m, @Nullable ResponseView answer) {
        Dialog dialog = new Dialog(getTranslation("programme.questionnaire.title", m.title()));
        dialog.setWidth("min(640px, 95vw)");
        RadioButtonGroup<Integer> usefulness = new RadioButtonGroup<>(getTranslation("programme.usefulness"));
        usefulness.setItems(1, 2, 3, 4, 5);
        usefulness.setItemLabelGenerator(i -> getTranslation("programme.usefulness." + i));
        TextArea learned = new TextArea(getTranslation("programme.learned"));
        learned.setMaxLength(2000);
        learned.setWidthFull();
        TextArea forGroup = new TextArea(getTranslation("programme.forProjectGroup"));
        forGroup.setHelperText(getTranslation("programme.forProjectGroup.help"));
        forGroup.setMaxLength(2000);
        forGroup.setWidthFull();
        if (answer != null) {
            usefulness.setValue(answer.usefulness());
            learned.setValue(answer.learned() == null ? "" : answer.learned());
            forGroup.setValue(answer.forProjectGroup() == null ? "" : answer.forProjectGroup());
        }
        dialog.add(new VerticalLayout(usefulness, learned, forGroup));
        UnsavedChanges changes = UnsavedChanges.of(dialog);
        changes.watch(usefulness, learned, forGroup);
        Map<String, HasValidation> fields =
                Map.of("usefulness", usefulness, "learned", learned, "forProjectGroup", forGroup);
        Button save = new SaveButton(getTranslation("trainer.save"), () -> {
            if (Feedback.attempt(
                    this,
                    fields,
                    () -> programme.answer(
                            trainerId, m.id(), usefulness.getValue(), learned.getValue(), forGroup.getValue()))) {
                dialog.close();
                Notices.success(getTranslation("trainer.saved"));
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("trainer.cancel"), e -> changes.cancel()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("programme.title"));
    }
}
