package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.Factor;
import nl.uitzicht.opp.Uitstroomperspectief;

/** Legal part 2: the exit destination, reasoned from the factors, and what is needed to reach it. */
class PerspectiveSection extends Section {

    PerspectiveSection(OppEditorView view) {
        super(view);
        Uitstroomperspectief p = plan().content().perspective();
        add(heading("opp.perspective.title"), intro("opp.perspective.intro"));
        ComboBox<ExitDestination> destination = new ComboBox<>(getTranslation("opp.perspective.destination"));
        destination.setItems(ExitDestination.values());
        destination.setItemLabelGenerator(d -> getTranslation("opp.destination." + d));
        destination.setId("perspective-destination");
        destination.setWidth("22em");
        destination.setValue(p.destination());
        TextArea reasoning = textArea("opp.perspective.reasoning", "perspective-reasoning", 2000);
        reasoning.setValue(p.reasoning());
        CheckboxGroup<Factor> factors = new CheckboxGroup<>(getTranslation("opp.perspective.factors"));
        List<Factor> all = plan().content().factors();
        factors.setItems(all);
        factors.setItemLabelGenerator(f -> getTranslation("opp.factors.short." + f.kind()) + ": " + f.description());
        factors.setValue(Set.copyOf(
                all.stream().filter(f -> p.factorKeys().contains(f.key())).toList()));
        factors.setId("perspective-factors");
        factors.addClassName("opp-vertical");
        if (all.isEmpty()) {
            factors.setHelperText(getTranslation("opp.perspective.noFactors"));
        }
        TextArea needed = textArea("opp.perspective.needed", "perspective-needed", 2000);
        needed.setValue(p.needed());
        Div card = card(destination, reasoning);
        if (!p.reasoning().isBlank()) {
            card.add(readability(p.reasoning()));
        }
        card.add(factors, needed);
        if (!p.needed().isBlank()) {
            card.add(readability(p.needed()));
        }
        boolean editable = view.editable();
        destination.setReadOnly(!editable);
        reasoning.setReadOnly(!editable);
        factors.setReadOnly(!editable);
        needed.setReadOnly(!editable);
        Map<String, HasValidation> fields =
                Map.of("destination", destination, "reasoning", reasoning, "factorKeys", factors, "needed", needed);
        if (editable) {
            card.add(primary(
                    "opp.save",
                    "perspective-save",
                    () -> view.change(
                            v -> view.editor.savePerspective(
                                    view.scope,
                                    plan().id(),
                                    v,
                                    destination.getValue(),
                                    reasoning.getValue(),
                                    all.stream()
                                            .filter(factors.getValue()::contains)
                                            .map(Factor::key)
                                            .toList(),
                                    needed.getValue()),
                            fields)));
        } else {
            card.add(view.frozenNote());
        }
        add(card);
    }
}
