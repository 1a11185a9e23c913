package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import nl.uitzicht.opp.Factor;
import nl.uitzicht.opp.FactorDomain;
import nl.uitzicht.opp.FactorKind;
import nl.uitzicht.ui.kit.Latin1Html;

/** Legal part 1: the hindering and helping factors, each in its domain. */
class FactorsSection extends Section {

    FactorsSection(OppEditorView view) {
        super(view);
        add(heading("opp.factors.title"), intro("opp.factors.intro"));
        for (FactorKind kind : FactorKind.values()) {
            Div list = card(subheading("opp.factors." + kind));
            list.setId("factors-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            var factors = plan().content().factors(kind);
            if (factors.isEmpty()) {
                list.add(intro("opp.none"));
            }
            for (Factor f : factors) {
                // The domain and the text are one element of markup, not two spans with a text node each; the
                // remove button only where the plan can change (a hidden one still costs its nodes; issue 13).
                Div row = new Div(markup(
                        "<span class=\"opp-tag\">" + Latin1Html.escape(getTranslation("opp.domain." + f.domain()))
                                + "</span><span class=\"opp-item-text\">" + Latin1Html.escape(f.description())
                                + "</span>"));
                row.addClassName("opp-item");
                if (view.editable()) {
                    row.add(removeButton(
                            "factor-remove", v -> view.editor.removeFactor(view.scope, plan().id(), v, f.key())));
                }
                list.add(row);
            }
            add(list);
        }
        if (view.editable()) {
            add(form());
        } else {
            add(view.frozenNote());
        }
    }

    private Div form() {
        RadioButtonGroup<FactorKind> kind = new RadioButtonGroup<>(getTranslation("opp.factors.kind"));
        kind.setItems(FactorKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("opp.factors." + k));
        kind.setId("factor-kind");
        ComboBox<FactorDomain> domain = new ComboBox<>(getTranslation("opp.domain"));
        domain.setItems(FactorDomain.values());
        domain.setItemLabelGenerator(d -> getTranslation("opp.domain." + d));
        domain.setId("factor-domain");
        TextArea description = textArea("opp.factors.description", "factor-description", 500);
        description.setHelperText(getTranslation("opp.factors.help"));
        Map<String, HasValidation> fields = Map.of("kind", kind, "domain", domain, "description", description);
        FormLayout form = new FormLayout(kind, domain, description);
        form.setColspan(description, 2);
        return card(
                subheading("opp.factors.add"),
                form,
                primary(
                        "opp.add",
                        "factor-add",
                        () -> view.change(
                                v -> view.editor.addFactor(
                                        view.scope,
                                        plan().id(),
                                        v,
                                        kind.getValue(),
                                        domain.getValue(),
                                        description.getValue()),
                                fields)));
    }
}
