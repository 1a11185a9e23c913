package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.achterban.Audience;
import nl.uitzicht.achterban.AudienceDraft;
import nl.uitzicht.achterban.AudienceView;
import nl.uitzicht.achterban.ThoughtView;
import nl.uitzicht.identity.Role;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;
import org.jspecify.annotations.Nullable;

/** "Hoe krijg je de achterban mee?": the audience analysis and the unhelpful thoughts with answers. */
@Route(value = "achterban/publiek", layout = MainLayout.class)
@RolesAllowed(Role.TRAINER_NAME)
class AudienceAnalysisView extends FreshPage implements HasDynamicTitle {

    private final Audience audience;
    private UUID trainerId;
    private final TextArea publiek = area("publiek", 2000);
    private final TextArea situatie = area("situatie", 2000);
    private final TextArea complexiteit = area("complexiteit", 2000);
    private final TextArea vragen = area("vragen", 2000);
    private final TextArea kernboodschap = area("kernboodschap", 500);
    private Div thoughts;
    private long version;
    /** Answers typed and not saved: leaving asks first (ADR 0108). */
    private final UnsavedChanges changes = new UnsavedChanges(this);

    private final CurrentUser currentUser;

    AudienceAnalysisView(Audience audience, CurrentUser currentUser) {
        this.audience = audience;
        this.currentUser = currentUser;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        thoughts = new Div();
        this.trainerId = Trainer.id(currentUser);
        addClassNames("page", "trainer-page");
        Paragraph intro = PageText.muted(getTranslation("audience.intro"));
        kernboodschap.setPlaceholder("‘" + Audience.EXAMPLE_KERNBOODSCHAP + "’");
        kernboodschap.setHelperText(getTranslation("audience.kernboodschap.help"));
        kernboodschap.addClassName("kernboodschap");

        FormLayout form = new FormLayout(publiek, situatie, complexiteit, vragen, kernboodschap);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.setColspan(kernboodschap, 2);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("publiek", publiek);
        fields.put("situatie", situatie);
        fields.put("complexiteit", complexiteit);
        fields.put("vragen", vragen);
        fields.put("kernboodschap", kernboodschap);
        Button save = new SaveButton(getTranslation("trainer.save"), () -> {
            if (Feedback.attempt(this, fields, () -> show(audience.save(trainerId, version, draft())))) {
                changes.saved(publiek, situatie, complexiteit, vragen, kernboodschap);
                Notices.success(getTranslation("trainer.saved"));
            }
        });
        save.setId("audience-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div analysisCard = new Div(new H2(getTranslation("audience.analysis.title")), form, save);
        analysisCard.addClassName("card");

        thoughts.setId("thoughts");
        Div thoughtsCard = new Div(
                new H2(getTranslation("audience.thoughts.title")),
                muted("audience.thoughts.intro"),
                thoughts,
                newThought());
        thoughtsCard.addClassName("card");

        add(
                new WorkspaceTabs(AudienceAnalysisView.class),
                new H1(getTranslation("audience.title")),
                intro,
                analysisCard,
                thoughtsCard);
        show(audience.analysisOf(trainerId));
        changes.watch(publiek, situatie, complexiteit, vragen, kernboodschap);
        refreshThoughts();
    }

    private TextArea area(String key, int max) {
        TextArea area = new TextArea(getTranslation("audience." + key));
        area.setHelperText(getTranslation("audience." + key + ".question"));
        area.setMaxLength(max);
        area.setId("audience-" + key);
        return area;
    }

    private void show(AudienceView saved) {
        version = saved.version();
        publiek.setValue(orEmpty(saved.answers().publiek()));
        situatie.setValue(orEmpty(saved.answers().situatie()));
        complexiteit.setValue(orEmpty(saved.answers().complexiteit()));
        vragen.setValue(orEmpty(saved.answers().vragen()));
        kernboodschap.setValue(orEmpty(saved.answers().kernboodschap()));
    }

    private AudienceDraft draft() {
        return new AudienceDraft(
                publiek.getValue(),
                situatie.getValue(),
                complexiteit.getValue(),
                vragen.getValue(),
                kernboodschap.getValue());
    }

    private Component newThought() {
        ComboBox<String> thought = new ComboBox<>(getTranslation("audience.thought"));
        thought.setItems(Audience.HANDOUT_THOUGHTS);
        thought.setAllowCustomValue(true);
        thought.addCustomValueSetListener(e -> thought.setValue(e.getDetail()));
        thought.setHelperText(getTranslation("audience.thought.help"));
        thought.setId("thought-new");
        thought.setWidthFull();
        TextArea answer = new TextArea(getTranslation("audience.answer"));
        answer.setMaxLength(1000);
        answer.setId("thought-answer");
        answer.setWidthFull();
        Button add = new Button(getTranslation("audience.thought.add"), VaadinIcon.PLUS.create(), e -> {
            if (Feedback.attempt(
                    this,
                    Map.of("thought", thought, "answer", answer),
                    () -> audience.addThought(trainerId, thought.getValue(), answer.getValue()))) {
                thought.clear();
                answer.clear();
                refreshThoughts();
            }
        });
        add.setId("thought-add");
        changes.watch(thought, answer);
        VerticalLayout form = new VerticalLayout(thought, answer, add);
        form.setPadding(false);
        form.addClassName("thought-form");
        return form;
    }

    private void refreshThoughts() {
        thoughts.removeAll();
        for (ThoughtView t : audience.thoughtsOf(trainerId)) {
            thoughts.add(thoughtRow(t));
        }
        if (thoughts.getChildren().findAny().isEmpty()) {
            thoughts.add(muted("audience.thoughts.empty"));
        }
    }

    private Component thoughtRow(ThoughtView t) {
        Paragraph said = new Paragraph("“" + t.thought() + "”");
        said.addClassName("thought-text");
        TextArea answer = new TextArea();
        answer.setValue(orEmpty(t.answer()));
        answer.setPlaceholder(getTranslation("audience.answer.placeholder"));
        answer.setMaxLength(1000);
        answer.setWidthFull();
        answer.getElement().setAttribute("aria-label", getTranslation("audience.answer"));
        changes.watch(answer);
        Button save = new Button(VaadinIcon.CHECK.create(), e -> {
            if (Feedback.attempt(
                    this,
                    Map.of("answer", answer),
                    () -> audience.answer(trainerId, t.id(), t.version(), answer.getValue()))) {
                Notices.success(getTranslation("trainer.saved"));
                refreshThoughts();
            }
        });
        save.getElement().setAttribute("title", getTranslation("trainer.save"));
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            if (Feedback.attempt(this, Map.of(), () -> audience.removeThought(trainerId, t.id()))) {
                refreshThoughts();
            }
        });
        remove.getElement().setAttribute("title", getTranslation("trainer.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout answerRow = new HorizontalLayout(answer, save, remove);
        answerRow.setWidthFull();
        answerRow.setAlignItems(FlexComponent.Alignment.CENTER);
        Div row = new Div(said, answerRow);
        row.addClassName("thought");
        return row;
    }

    private Paragraph muted(String key) {
        Paragraph p = PageText.muted(getTranslation(key));
        return p;
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("audience.title"));
    }
}
