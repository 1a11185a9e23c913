package nl.uitzicht.ui.library;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opptemplate.OppTemplate;
import nl.uitzicht.opptemplate.OppTemplateInput;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Adds or edits one template: its lists one item a line. A school template asks for the school when the staff
 * member works at more than one. Saved only if nobody changed it meanwhile; text that names a pupil or looks like
 * personal data is refused with the field marked, and nothing typed is lost.
 */
public class TemplateDialog extends Dialog {

    final TextField name = new TextField();
    final ComboBox<SchoolSummary> school = new ComboBox<>();
    final ComboBox<FactorDomain> domain = new ComboBox<>();
    final ComboBox<SupportCategory> category = new ComboBox<>();
    final TextArea hindering = new TextArea();
    final TextArea helping = new TextArea();
    final TextArea goals = new TextArea();
    final TextArea interventions = new TextArea();
    final TextField frequency = new TextField();
    private final Paragraph conflict = new Paragraph();
    /** Escape, a click outside or Annuleren with typed text ask first (ADR 0108). */
    final UnsavedChanges changes = UnsavedChanges.of(this);

    /**
     * {@code schools}: the schools a new school template may be for (empty for a region template); {@code save}:
     * stores the input for the picked school (null for the region) and returns the stored template.
     */
    public TemplateDialog(
            @Nullable OppTemplate template,
            List<SchoolSummary> schools,
            List<SupportCategory> categories,
            BiFunction<@Nullable UUID, OppTemplateInput, OppTemplate> save,
            Runnable onSaved) {
        setHeaderTitle(getTranslation(template == null ? "templates.add" : "templates.edit"));
        setId("template-dialog");
        setWidth("min(48rem, 95vw)");
        label(name, "templates.name", "template-name");
        name.setMaxLength(100);
        school.setLabel(getTranslation("templates.school"));
        school.setId("template-school");
        school.setItems(schools);
        school.setItemLabelGenerator(SchoolSummary::name);
        school.setVisible(template == null && schools.size() > 1);
        if (!schools.isEmpty()) {
            school.setValue(schools.getFirst());
        }
        domain.setLabel(getTranslation("opp.domain"));
        domain.setId("template-domain");
        domain.setItems(FactorDomain.values());
        domain.setItemLabelGenerator(d -> getTranslation("opp.domain." + d));
        category.setLabel(getTranslation("opp.interventions.category"));
        category.setId("template-category");
        category.setItems(categories);
        category.setItemLabelGenerator(SupportCategory::name);
        category.setClearButtonVisible(true);
        label(hindering, "templates.hindering", "template-hindering");
        label(helping, "templates.helping", "template-helping");
        label(goals, "templates.goals", "template-goals");
        label(interventions, "templates.interventions", "template-interventions");
        label(frequency, "opp.interventions.frequency", "template-frequency");
        frequency.setPlaceholder(getTranslation("opp.interventions.frequencyExample"));
        for (TextArea lines : List.of(hindering, helping, goals, interventions)) {
            lines.setHelperText(getTranslation("templates.linesHelp"));
        }
        if (template != null) {
            name.setValue(template.name());
            domain.setValue(template.domain());
            categories.stream()
                    .filter(c -> c.id().equals(template.supportCategoryId()))
                    .findFirst()
                    .ifPresent(category::setValue);
            hindering.setValue(String.join("\n", template.hinderingFactors()));
            helping.setValue(String.join("\n", template.helpingFactors()));
            goals.setValue(String.join("\n", template.goals()));
            interventions.setValue(String.join("\n", template.interventions()));
            frequency.setValue(template.frequency());
        } else {
            domain.setValue(FactorDomain.LEARNING);
        }
        conflict.setId("template-conflict");
        conflict.addClassName("opp-warning");
        conflict.setVisible(false);
        Paragraph noPupilData = new Paragraph(getTranslation("templates.noPupilData"));
        noPupilData.addClassName("muted");
        FormLayout form =
                new FormLayout(name, school, domain, category, hindering, helping, goals, interventions, frequency);
        form.setColspan(name, 2);
        form.setColspan(goals, 2);
        form.setColspan(interventions, 2);
        add(conflict, noPupilData, form);
        changes.watch(name, school, domain, category, hindering, helping, goals, interventions, frequency);
        Map<String, HasValidation> fields = Map.of(
                "name", name,
                "domain", domain,
                "supportCategory", category,
                "hinderingFactors", hindering,
                "helpingFactors", helping,
                "goals", goals,
                "interventions", interventions,
                "frequency", frequency);
        Button saveButton = new SaveButton(getTranslation("templates.save"), () -> {
            InputErrors.clear(fields);
            try {
                save.apply(
                        school.getValue() == null ? null : school.getValue().id(),
                        new OppTemplateInput(
                                name.getValue(),
                                domain.getValue(),
                                category.getValue() == null
                                        ? null
                                        : category.getValue().id(),
                                hindering.getValue(),
                                helping.getValue(),
                                goals.getValue(),
                                interventions.getValue(),
                                frequency.getValue()));
                Notices.success(getTranslation("admin.common.saved"));
                close();
                onSaved.run();
            } catch (InvalidInput invalid) {
                InputErrors.show(this, invalid, fields);
            } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
                conflict.setText(getTranslation("library.conflict"));
                conflict.setVisible(true);
            }
        });
        saveButton.setId("template-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("opp.dialog.cancel"), e -> changes.cancel()), saveButton);
    }

    /** Fills a new template's fields with a proposal (e.g. from a plan), for the person to check and save. */
    public void propose(OppTemplateInput input, List<SupportCategory> categories) {
        name.setValue(input.name() == null ? "" : input.name());
        if (input.domain() != null) {
            domain.setValue(input.domain());
        }
        categories.stream()
                .filter(c -> c.id().equals(input.supportCategoryId()))
                .findFirst()
                .ifPresent(category::setValue);
        hindering.setValue(nz(input.hinderingFactors()));
        helping.setValue(nz(input.helpingFactors()));
        goals.setValue(nz(input.goals()));
        interventions.setValue(nz(input.interventions()));
        frequency.setValue(nz(input.frequency()));
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private void label(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setWidthFull();
    }

    private void label(TextArea field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setWidthFull();
    }
}
