package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.opptemplate.TemplateFromPlan;
import nl.uitzicht.support.SupportCategory;
import nl.uitzicht.ui.library.TemplateDialog;

/**
 * "Bewaren als sjabloon": proposes a school template from this plan with the pupil's name taken out (ADR 0081);
 * the person checks the text, and the template's checks on personal data still apply when it is saved.
 */
final class TemplateFromPlanButton {

    private TemplateFromPlanButton() {}

    static Button of(OppEditorView view) {
        UUID planId = view.plan().id();
        UUID schoolId = view.plan().schoolId();
        Button b = new Button(view.getTranslation("templates.fromPlan"), VaadinIcon.COPY_O.create(), e -> {
            List<SupportCategory> categories = view.categories.active();
            TemplateDialog dialog = new TemplateDialog(
                    null,
                    List.of(),
                    categories,
                    (ignored, input) -> view.templates.addSchoolTemplate(view.scope, schoolId, input),
                    () -> {});
            dialog.propose(
                    TemplateFromPlan.of(
                            view.getTranslation("templates.fromPlanName"), view.plans.withoutName(view.scope, planId)),
                    categories);
            dialog.open();
        });
        b.setId("opp-as-template");
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }
}
