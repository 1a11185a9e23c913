package nl.uitzicht.ui.library;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.uitzicht.goallibrary.LibraryGoal;
import nl.uitzicht.goallibrary.LibraryGoalInput;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Adds or edits one goal of the library. Saved only if nobody changed it meanwhile; otherwise (or on bad input)
 * the text stays in the form with a clear message.
 */
class LibraryGoalDialog extends Dialog {

    final ComboBox<SupportCategory> category = new ComboBox<>();
    final ComboBox<FactorDomain> domain = new ComboBox<>();
    final TextField title = new TextField();
    final TextArea goalText = new TextArea();
    final TextField measure = new TextField();
    final TextArea examples = new TextArea();
    private final Paragraph conflict = new Paragraph();
    /** Escape, a click outside or Annuleren with typed text ask first (ADR 0108). */
    final UnsavedChanges changes = UnsavedChanges.of(this);

    LibraryGoalDialog(
            List<SupportCategory> categories,
            @Nullable LibraryGoal goal,
            @Nullable SupportCategory preset,
            Function<LibraryGoalInput, LibraryGoal> save,
            Runnable onSaved) {
        setHeaderTitle(getTranslation(goal == null ? "library.add" : "library.edit"));
        setId("library-dialog");
        setWidth("min(40rem, 95vw)");
        category.setLabel(getTranslation("library.category"));
        category.setId("library-category");
        category.setItems(categories);
        category.setItemLabelGenerator(SupportCategory::name);
        domain.setLabel(getTranslation("opp.domain"));
        domain.setId("library-domain");
        domain.setItems(FactorDomain.values());
        domain.setItemLabelGenerator(d -> getTranslation("opp.domain." + d));
        title.setLabel(getTranslation("library.goalTitle"));
        title.setId("library-title");
        title.setMaxLength(100);
        goalText.setLabel(getTranslation("library.goalText"));
        goalText.setHelperText(getTranslation("library.goalTextHelp"));
        goalText.setId("library-text");
        goalText.setMaxLength(500);
        measure.setLabel(getTranslation("opp.goals.measure"));
        measure.setId("library-measure");
        measure.setMaxLength(300);
        examples.setLabel(getTranslation("library.examples"));
        examples.setHelperText(getTranslation("library.examplesHelp"));
        examples.setId("library-examples");
        examples.setMaxLength(2000);
        for (com.vaadin.flow.component.HasSize field :
                List.<com.vaadin.flow.component.HasSize>of(category, domain, title, goalText, measure, examples)) {
            field.setWidthFull();
        }
        if (goal != null) {
            categories.stream()
                    .filter(c -> c.id().equals(goal.supportCategoryId()))
                    .findFirst()
                    .ifPresent(category::setValue);
            domain.setValue(goal.domain());
            title.setValue(goal.title());
            goalText.setValue(goal.goalText());
            measure.setValue(goal.measure());
            examples.setValue(goal.exampleInterventions());
        } else {
            if (preset != null) {
                category.setValue(preset);
            }
            domain.setValue(FactorDomain.LEARNING);
        }
        conflict.setId("library-conflict");
        conflict.addClassName("opp-warning");
        conflict.setVisible(false);
        add(conflict, category, domain, title, goalText, measure, examples);
        changes.watch(category, domain, title, goalText, measure, examples);
        Map<String, HasValidation> fields = Map.of(
                "supportCategory", category,
                "domain", domain,
                "title", title,
                "goalText", goalText,
                "measure", measure,
                "exampleInterventions", examples);
        Button saveButton = new SaveButton(getTranslation("library.save"), () -> {
            InputErrors.clear(fields);
            try {
                save.apply(new LibraryGoalInput(
                        category.getValue() == null ? null : category.getValue().id(),
                        domain.getValue(),
                        title.getValue(),
                        goalText.getValue(),
                        measure.getValue(),
                        examples.getValue()));
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
        saveButton.setId("library-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("opp.dialog.cancel"), e -> changes.cancel()), saveButton);
    }
}
