package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.opp.Agreement;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.Goal;
import nl.uitzicht.opp.Handelingsdeel;
import nl.uitzicht.opp.Intervention;
import nl.uitzicht.opp.Party;
import nl.uitzicht.opp.Performer;
import nl.uitzicht.opp.SupportLevel;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.ui.kit.DatePickers;

/** Legal part 3: SMART(I) goals, the interventions that serve them, and the agreements. Parents consent to this. */
class HandelingsdeelSection extends Section {

    private final Handelingsdeel h = plan().content().handelingsdeel();

    HandelingsdeelSection(OppEditorView view) {
        super(view);
        add(heading("opp.handelingsdeel.title"), intro("opp.handelingsdeel.intro"));
        add(goals(), interventions(), agreements());
        if (!view.editable()) {
            add(view.frozenNote());
        }
    }

    private String goalLabel(Goal g) {
        return (h.goals().indexOf(g) + 1) + ". " + g.description();
    }

    private Div goals() {
        Div card = card(subheading("opp.goals.title"));
        card.setId("goals");
        if (h.goals().isEmpty()) {
            card.add(intro("opp.none"));
        }
        for (Goal g : h.goals()) {
            Div row = new Div();
            row.addClassName("opp-item");
            Span domain = new Span(getTranslation("opp.domain." + g.domain()));
            domain.addClassName("opp-tag");
            Div text = new Div(new Span(goalLabel(g)));
            String details = List.of(
                            g.baseline() == null || g.baseline().isBlank()
                                    ? ""
                                    : getTranslation("opp.goals.baseline") + ": " + g.baseline(),
                            g.measure() == null || g.measure().isBlank()
                                    ? ""
                                    : getTranslation("opp.goals.measure") + ": " + g.measure(),
                            g.targetOn() == null
                                    ? ""
                                    : getTranslation("opp.goals.targetOn") + ": "
                                            + OppListView.DATE.format(g.targetOn()))
                    .stream()
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(" · "));
            if (!details.isEmpty()) {
                Span d = new Span(details);
                d.addClassName("muted");
                text.add(new Div(d));
            }
            for (String prompt : g.smartPrompts()) {
                Span warn = new Span(getTranslation(prompt));
                warn.addClassNames("opp-warning", "opp-smart");
                text.add(new Div(warn));
            }
            row.add(
                    domain,
                    text,
                    removeButton("goal-remove", v -> view.editor.removeGoal(view.scope, plan().id(), v, g.key())));
            card.add(row);
        }
        if (view.editable()) {
            ComboBox<FactorDomain> domain = new ComboBox<>(getTranslation("opp.domain"));
            domain.setItems(FactorDomain.values());
            domain.setItemLabelGenerator(d -> getTranslation("opp.domain." + d));
            domain.setId("goal-domain");
            TextArea description = textArea("opp.goals.description", "goal-description", 500);
            description.setHelperText(getTranslation("opp.goals.help"));
            TextField baseline = textField("opp.goals.baseline", "goal-baseline");
            TextField measure = textField("opp.goals.measure", "goal-measure");
            measure.setHelperText(getTranslation("opp.goals.measureHelp"));
            DatePicker target = DatePickers.of(this, "opp.goals.targetOn", "goal-target");
            Map<String, HasValidation> fields = Map.of(
                    "domain",
                    domain,
                    "description",
                    description,
                    "baseline",
                    baseline,
                    "measure",
                    measure,
                    "targetOn",
                    target);
            FormLayout form = new FormLayout(domain, description, baseline, measure, target);
            form.setColspan(description, 2);
            Paragraph examples = new Paragraph();
            examples.setId("goal-library-examples");
            examples.addClassName("muted");
            examples.setVisible(false);
            Button fromLibrary = new Button(
                    getTranslation("opp.library.open"),
                    VaadinIcon.BOOK.create(),
                    e -> new GoalPickerDialog(view.library, view.categories.active(), picked -> {
                                domain.setValue(picked.domain());
                                description.setValue(picked.goalText());
                                measure.setValue(picked.measure());
                                examples.setText(
                                        picked.exampleInterventions().isBlank()
                                                ? ""
                                                : getTranslation(
                                                        "opp.library.examples", picked.exampleInterventions()));
                                examples.setVisible(
                                        !picked.exampleInterventions().isBlank());
                                description.focus();
                            })
                            .open());
            fromLibrary.setId("goal-library");
            fromLibrary.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(
                    subheading("opp.goals.add"),
                    fromLibrary,
                    form,
                    examples,
                    primary(
                            "opp.add",
                            "goal-add",
                            () -> view.change(
                                    v -> view.editor.addGoal(
                                            view.scope,
                                            plan().id(),
                                            v,
                                            domain.getValue(),
                                            description.getValue(),
                                            baseline.getValue(),
                                            measure.getValue(),
                                            target.getValue()),
                                    fields)));
        }
        return card;
    }

    private Div interventions() {
        Map<UUID, String> names =
                view.categories.all().stream().collect(Collectors.toMap(SupportCategory::id, SupportCategory::name));
        Div card = card(subheading("opp.interventions.title"));
        card.setId("interventions");
        if (h.interventions().isEmpty()) {
            card.add(intro("opp.none"));
        }
        for (Intervention i : h.interventions()) {
            Div row = new Div();
            row.addClassName("opp-item");
            Span who = new Span(getTranslation("opp.performer." + i.performer()));
            who.addClassName("opp-tag");
            String goals = i.goals().stream()
                    .map(k -> plan().content().goal(k))
                    .flatMap(java.util.Optional::stream)
                    .map(g -> String.valueOf(h.goals().indexOf(g) + 1))
                    .collect(Collectors.joining(", "));
            Span meta = new Span(getTranslation(
                    "opp.interventions.meta",
                    i.frequency(),
                    goals,
                    names.getOrDefault(i.supportCategoryId(), "?"),
                    getTranslation("opp.level." + i.level())));
            meta.addClassName("muted");
            row.add(
                    who,
                    new Div(new Div(new Span(i.description())), new Div(meta)),
                    removeButton(
                            "intervention-remove",
                            v -> view.editor.removeIntervention(view.scope, plan().id(), v, i.key())));
            card.add(row);
        }
        if (view.editable()) {
            TextArea description = textArea("opp.interventions.description", "intervention-description", 500);
            RadioButtonGroup<Performer> performer = new RadioButtonGroup<>(getTranslation("opp.interventions.who"));
            performer.setItems(Performer.values());
            performer.setItemLabelGenerator(p -> getTranslation("opp.performer." + p));
            performer.setId("intervention-performer");
            TextField frequency = textField("opp.interventions.frequency", "intervention-frequency");
            frequency.setPlaceholder(getTranslation("opp.interventions.frequencyExample"));
            CheckboxGroup<Goal> goals = new CheckboxGroup<>(getTranslation("opp.interventions.goals"));
            goals.setItems(h.goals());
            goals.setItemLabelGenerator(this::goalLabel);
            goals.setId("intervention-goals");
            goals.addClassName("opp-vertical");
            if (h.goals().isEmpty()) {
                goals.setHelperText(getTranslation("opp.interventions.noGoals"));
            }
            ComboBox<SupportCategory> category = new ComboBox<>(getTranslation("opp.interventions.category"));
            category.setItems(view.categories.active());
            category.setItemLabelGenerator(SupportCategory::name);
            category.setId("intervention-category");
            RadioButtonGroup<SupportLevel> level = new RadioButtonGroup<>(getTranslation("opp.interventions.level"));
            level.setItems(SupportLevel.values());
            level.setItemLabelGenerator(l -> getTranslation("opp.level." + l));
            level.setId("intervention-level");
            Map<String, HasValidation> fields = Map.of(
                    "description",
                    description,
                    "performer",
                    performer,
                    "frequency",
                    frequency,
                    "goals",
                    goals,
                    "supportCategory",
                    category,
                    "level",
                    level);
            FormLayout form = new FormLayout(description, performer, frequency, goals, category, level);
            form.setColspan(description, 2);
            card.add(
                    subheading("opp.interventions.add"),
                    form,
                    primary(
                            "opp.add",
                            "intervention-add",
                            () -> view.change(
                                    v -> view.editor.addIntervention(
                                            view.scope,
                                            plan().id(),
                                            v,
                                            description.getValue(),
                                            performer.getValue(),
                                            frequency.getValue(),
                                            h.goals().stream()
                                                    .filter(goals.getValue()::contains)
                                                    .map(Goal::key)
                                                    .toList(),
                                            category.getValue() == null
                                                    ? null
                                                    : category.getValue().id(),
                                            level.getValue()),
                                    fields)));
        }
        return card;
    }

    private Div agreements() {
        Div card = card(subheading("opp.agreements.title"));
        card.setId("agreements");
        if (h.agreements().isEmpty()) {
            card.add(intro("opp.none"));
        }
        for (Agreement a : h.agreements()) {
            Div row = new Div();
            row.addClassName("opp-item");
            Span party = new Span(getTranslation("opp.party." + a.party()));
            party.addClassName("opp-tag");
            row.add(
                    party,
                    new Span(a.description()),
                    removeButton(
                            "agreement-remove", v -> view.editor.removeAgreement(view.scope, plan().id(), v, a.key())));
            card.add(row);
        }
        if (view.editable()) {
            RadioButtonGroup<Party> party = new RadioButtonGroup<>(getTranslation("opp.agreements.party"));
            party.setItems(Party.values());
            party.setItemLabelGenerator(p -> getTranslation("opp.party." + p));
            party.setId("agreement-party");
            TextArea description = textArea("opp.agreements.description", "agreement-description", 500);
            Map<String, HasValidation> fields = Map.of("party", party, "description", description);
            card.add(
                    subheading("opp.agreements.add"),
                    party,
                    description,
                    primary(
                            "opp.add",
                            "agreement-add",
                            () -> view.change(
                                    v -> view.editor.addAgreement(
                                            view.scope, plan().id(), v, party.getValue(), description.getValue()),
                                    fields)));
        }
        return card;
    }
}
