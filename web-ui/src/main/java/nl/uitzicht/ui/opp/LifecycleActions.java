package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.opp.OppEnding;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.ui.kit.Confirm;

/**
 * The OPP's ways out and its mid-year adjustment in the editor's header (ADR 0077): discard a draft, adjust an
 * active plan (bijstellen) and finish or cancel that, correct the start of the extra support, and close the plan
 * with a reason. A closed plan says how it ended.
 */
class LifecycleActions extends FlexLayout {

    private final OppEditorView view;
    private final OppPlan plan;
    private final UUID id;

    LifecycleActions(OppEditorView view) {
        this.view = view;
        this.plan = view.plan();
        this.id = plan.id();
        addClassName("opp-actions");
        setId("opp-lifecycle");
        switch (plan.state()) {
            case DRAFT -> add(button("opp.lifecycle.discard", "opp-discard", VaadinIcon.TRASH, this::discard));
            case ACTIVE ->
                add(button(
                        "opp.lifecycle.adjust",
                        "opp-adjust",
                        VaadinIcon.EDIT,
                        () -> view.change(v -> view.lifecycle.startAdjustment(view.scope, id, v), Map.of())));
            case ADJUSTING -> {
                Button finish = button(
                        "opp.lifecycle.finishAdjustment",
                        "opp-adjust-finish",
                        VaadinIcon.CHECK,
                        () -> view.change(v -> view.lifecycle.finishAdjustment(view.scope, id, v), Map.of()));
                finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                finish.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
                add(
                        finish,
                        button("opp.lifecycle.cancelAdjustment", "opp-adjust-cancel", VaadinIcon.CLOSE, this::cancel));
            }
            case CLOSED -> {
                OppEnding ending = plan.ending();
                if (ending != null) {
                    add(OppEditorView.fact(ended(ending)));
                }
            }
            default -> {}
        }
        if (plan.state().open()) {
            add(
                    button("opp.lifecycle.correctStart", "opp-correct-start", VaadinIcon.CALENDAR, this::correctStart),
                    button("opp.lifecycle.close", "opp-close-open", VaadinIcon.FLAG_CHECKERED, this::close));
        }
    }

    private String ended(OppEnding ending) {
        String text = getTranslation(
                "opp.lifecycle.ended",
                OppListView.DATE.format(ending.closedOn()),
                ending.reason() == null ? "" : getTranslation("opp.close.reason." + ending.reason()));
        if (ending.destination() != null) {
            text += " "
                    + getTranslation(
                            "opp.lifecycle.endedTo", getTranslation("opp.destination." + ending.destination()));
        }
        return ending.note().isBlank() ? text : text + " (" + ending.note() + ")";
    }

    private void discard() {
        Confirm.destructive(
                getTranslation("opp.lifecycle.discard.title"),
                getTranslation("opp.lifecycle.discard.text"),
                getTranslation("opp.lifecycle.discard.confirm"),
                getTranslation("opp.dialog.cancel"),
                () -> {
                    if (view.change(v -> view.lifecycle.discard(view.scope, id, v), Map.of())) {
                        view.getUI().ifPresent(ui -> ui.navigate(OppListView.class));
                    }
                });
    }

    private void cancel() {
        Confirm.destructive(
                getTranslation("opp.lifecycle.cancelAdjustment.title"),
                getTranslation("opp.lifecycle.cancelAdjustment.text"),
                getTranslation("opp.lifecycle.cancelAdjustment.confirm"),
                getTranslation("opp.dialog.cancel"),
                () -> view.change(v -> view.lifecycle.cancelAdjustment(view.scope, id, v), Map.of()));
    }

    private void correctStart() {
        new StartOppDialog(
                        plan.pupil(),
                        view.today(),
                        plan.deadlines().supportStartedOn(),
                        (date, fields) ->
                                view.change(v -> view.lifecycle.correctSupportStart(view.scope, id, v, date), fields))
                .open();
    }

    private void close() {
        new CloseOppDialog(
                        view.today(),
                        (input, fields) -> view.change(v -> view.lifecycle.close(view.scope, id, v, input), fields))
                .open();
    }

    private Button button(String key, String buttonId, VaadinIcon icon, Runnable action) {
        Button b = new Button(getTranslation(key), icon.create(), e -> action.run());
        b.setId(buttonId);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }
}
