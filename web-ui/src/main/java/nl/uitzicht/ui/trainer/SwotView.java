package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.achterban.SwotBoard;
import nl.uitzicht.achterban.SwotItemView;
import nl.uitzicht.achterban.SwotQuadrant;
import nl.uitzicht.identity.Role;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;

/** The SWOT of the OPP practice in the achterban: four quadrants of notes, each editable in place. */
@Route(value = "achterban/swot", layout = MainLayout.class)
@RolesAllowed(Role.TRAINER_NAME)
class SwotView extends FreshPage implements HasDynamicTitle {

    private final SwotBoard board;
    private UUID trainerId;
    private Div quadrants;

    private final CurrentUser currentUser;
    /** A note typed and not added: leaving asks first (ADR 0108). */
    private final UnsavedChanges changes = new UnsavedChanges(this);

    SwotView(SwotBoard board, CurrentUser currentUser) {
        this.board = board;
        this.currentUser = currentUser;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        quadrants = new Div();
        this.trainerId = Trainer.id(currentUser);
        addClassNames("page", "trainer-page");
        Paragraph intro = PageText.muted(getTranslation("swot.intro"));
        quadrants.setId("swot-board");
        quadrants.addClassName("swot-board");
        add(new WorkspaceTabs(SwotView.class), new H1(getTranslation("swot.title")), intro, quadrants);
        refresh();
    }

    private void refresh() {
        quadrants.removeAll();
        Map<SwotQuadrant, List<SwotItemView>> all = board.boardOf(trainerId);
        quadrants.add(axis(""), axis(getTranslation("swot.positive")), axis(getTranslation("swot.negative")));
        quadrants.add(
                axis(getTranslation("swot.internal")),
                quadrant(SwotQuadrant.STRENGTH, all),
                quadrant(SwotQuadrant.WEAKNESS, all));
        quadrants.add(
                axis(getTranslation("swot.external")),
                quadrant(SwotQuadrant.OPPORTUNITY, all),
                quadrant(SwotQuadrant.THREAT, all));
    }

    private static Span axis(String text) {
        Span span = new Span(text);
        span.addClassName("swot-axis");
        return span;
    }

    private Component quadrant(SwotQuadrant q, Map<SwotQuadrant, List<SwotItemView>> all) {
        String name = q.name().toLowerCase(Locale.ROOT);
        Div box = new Div();
        box.addClassNames("swot-quadrant", "swot-" + name);
        box.setId("swot-" + name);
        H2 title = new H2(getTranslation("swot." + q.name()));
        Span question = new Span(getTranslation("swot." + q.name() + ".question"));
        question.addClassName("muted");
        box.add(title, question);
        for (SwotItemView item : all.get(q)) {
            Span text = new Span(item.text());
            text.addClassName("swot-text");
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(item));
            edit.getElement().setAttribute("title", getTranslation("swot.edit"));
            edit.getElement().setAttribute("aria-label", getTranslation("swot.edit"));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                if (Feedback.attempt(this, Map.of(), () -> board.remove(trainerId, item.id()))) {
                    refresh();
                }
            });
            remove.getElement().setAttribute("title", getTranslation("trainer.remove"));
            remove.getElement().setAttribute("aria-label", getTranslation("trainer.remove"));
            remove.addThemeVariants(
                    ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            Div note = new Div(text, edit, remove);
            note.addClassName("swot-note");
            box.add(note);
        }
        TextField add = new TextField();
        add.setPlaceholder(getTranslation("swot.add.placeholder"));
        add.setMaxLength(300);
        add.addClassName("swot-add");
        add.setWidthFull();
        add.getElement().setAttribute("aria-label", getTranslation("swot.add", getTranslation("swot." + q.name())));
        Button addButton = new Button(VaadinIcon.PLUS.create(), e -> addNote(q, add));
        addButton.getElement().setAttribute("title", getTranslation("swot.add", getTranslation("swot." + q.name())));
        addButton.addClassName("swot-add-button");
        add.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> addNote(q, add));
        changes.watch(add);
        HorizontalLayout row = new HorizontalLayout(add, addButton);
        row.setWidthFull();
        row.setSpacing(false);
        box.add(row);
        return box;
    }

    private void addNote(SwotQuadrant q, TextField field) {
        if (Feedback.attempt(this, Map.of("text", field), () -> board.add(trainerId, q, field.getValue()))) {
            refresh();
        }
    }

    private void edit(SwotItemView item) {
        Dialog dialog = new Dialog(getTranslation("swot.edit"));
        Select<SwotQuadrant> quadrant = new Select<>();
        quadrant.setLabel(getTranslation("swot.quadrant"));
        quadrant.setItems(SwotQuadrant.values());
        quadrant.setItemLabelGenerator(q -> getTranslation("swot." + q.name()));
        quadrant.setValue(item.quadrant());
        TextArea text = new TextArea(getTranslation("swot.text"), item.text(), "");
        text.setMaxLength(300);
        text.setWidthFull();
        dialog.add(new VerticalLayout(quadrant, text));
        UnsavedChanges typed = UnsavedChanges.of(dialog);
        typed.watch(quadrant, text);
        Button save = new SaveButton(getTranslation("trainer.save"), () -> {
            if (Feedback.attempt(
                    this,
                    Map.of("text", text, "quadrant", quadrant),
                    () -> board.change(trainerId, item.id(), item.version(), quadrant.getValue(), text.getValue()))) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("trainer.cancel"), e -> typed.cancel()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("swot.title"));
    }
}
