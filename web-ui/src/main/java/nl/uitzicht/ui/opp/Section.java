package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.LongFunction;
import nl.uitzicht.opp.OppPlan;
import nl.uitzicht.opp.Readability;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;

/** A tab of the OPP editor: built from the plan as it is now, rebuilt after every save. */
abstract class Section extends VerticalLayout {

    protected final OppEditorView view;

    Section(OppEditorView view) {
        this.view = view;
        addClassName("opp-section");
        setPadding(false);
    }

    protected OppPlan plan() {
        return view.plan();
    }

    protected H2 heading(String key) {
        return new H2(getTranslation(key));
    }

    protected H3 subheading(String key) {
        return new H3(getTranslation(key));
    }

    protected Paragraph intro(String key) {
        Paragraph p = PageText.muted(getTranslation(key));
        return p;
    }

    protected Div card(Component... content) {
        Div card = new Div(content);
        card.addClassName("card");
        return card;
    }

    /**
     * Read-only, already escaped markup (Latin-1, {@link nl.uitzicht.ui.kit.Latin1Html}) as one element: an item's tag
     * and text cost one state node instead of two spans with a text node each (issue 13).
     */
    protected Div markup(String escapedHtml) {
        Div markup = new Div();
        markup.addClassName("opp-item-markup");
        markup.getElement().setProperty("innerHTML", escapedHtml);
        return markup;
    }

    protected Button removeButton(String id, LongFunction<OppPlan> action) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> view.change(action, Map.of()));
        remove.setId(id);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("opp.remove"));
        remove.setTooltipText(getTranslation("opp.remove"));
        remove.setVisible(view.editable());
        return remove;
    }

    /** The section's save button: disabled while its save is under way (ADR 0072). */
    protected SaveButton primary(String key, String id, Runnable action) {
        SaveButton b = new SaveButton(getTranslation(key), action);
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    protected TextArea textArea(String labelKey, String id, int max) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(max);
        area.setWidthFull();
        view.drafts().keep(area);
        return area;
    }

    /** A one-line text whose typing is kept as a draft like the text areas' (issue 22). */
    protected TextField textField(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        view.drafts().keep(field);
        return field;
    }

    /** A plain-language hint under a long text for parents: too long sentences or too many long words. */
    protected Span readability(String text) {
        Readability r = Readability.of(text);
        Span hint = new Span(
                r.hard()
                        ? getTranslation(
                                "opp.readability.hard",
                                Math.round(r.wordsPerSentence()),
                                Math.round(r.longWordShare() * 100))
                        : getTranslation("opp.readability.ok", Math.round(r.wordsPerSentence())));
        hint.addClassName(r.hard() ? "opp-warning" : "muted");
        hint.addClassName("opp-readability");
        return hint;
    }
}
