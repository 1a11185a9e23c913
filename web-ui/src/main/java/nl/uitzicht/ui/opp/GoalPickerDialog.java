package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.function.Consumer;
import nl.uitzicht.goallibrary.GoalLibrary;
import nl.uitzicht.goallibrary.LibraryGoal;
import nl.uitzicht.support.SupportCategory;

/**
 * The region's goal library for the handelingsdeel (ADR 0081): pick a support category, then a goal; its text
 * fills the goal form, to be adapted to the pupil before it is added. Holds the goals of one category at a time.
 */
class GoalPickerDialog extends Dialog {

    final ComboBox<SupportCategory> category = new ComboBox<>();
    final ListBox<LibraryGoal> goals = new ListBox<>();
    final Paragraph empty = new Paragraph();
    final Button use;

    GoalPickerDialog(GoalLibrary library, List<SupportCategory> categories, Consumer<LibraryGoal> picked) {
        setHeaderTitle(getTranslation("opp.library.title"));
        setId("goal-library-dialog");
        setWidth("min(44rem, 95vw)");
        category.setLabel(getTranslation("opp.library.category"));
        category.setId("goal-library-category");
        category.setItems(categories);
        category.setItemLabelGenerator(SupportCategory::name);
        category.setWidthFull();
        goals.setId("goal-library-goals");
        goals.setRenderer(new ComponentRenderer<>(this::item));
        empty.setText(getTranslation("opp.library.pickCategory"));
        empty.addClassName("muted");
        category.addValueChangeListener(e -> {
            List<LibraryGoal> offered = e.getValue() == null
                    ? List.of()
                    : library.offered(e.getValue().id());
            goals.setItems(offered);
            empty.setText(getTranslation(e.getValue() == null ? "opp.library.pickCategory" : "opp.library.none"));
            empty.setVisible(offered.isEmpty());
        });
        add(new Paragraph(getTranslation("opp.library.intro")), category, empty, goals);
        use = new Button(getTranslation("opp.library.use"), e -> {
            if (goals.getValue() != null) {
                picked.accept(goals.getValue());
                close();
            }
        });
        use.setId("goal-library-use");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        use.setEnabled(false);
        goals.addValueChangeListener(e -> use.setEnabled(e.getValue() != null));
        getFooter().add(new Button(getTranslation("opp.dialog.cancel"), e -> close()), use);
    }

    private Div item(LibraryGoal g) {
        Span title = new Span(g.title());
        title.addClassName("opp-library-title");
        Span text = new Span(g.goalText());
        text.addClassName("muted");
        return new Div(new Div(title), new Div(text));
    }
}
