package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.ZoneId;
import java.util.List;
import nl.uitzicht.opp.ExitDestination;
import nl.uitzicht.opp.OppComparison;
import nl.uitzicht.opp.OppContent;

/** Every version of the plan, kept and readable; two versions compared line by line. */
class VersionsSection extends Section {

    private final Div comparison = new Div();

    VersionsSection(OppEditorView view) {
        super(view);
        add(heading("opp.versions.title"), intro("opp.versions.intro"));
        List<OppContent> versions = view.history().versions();
        Div list = card();
        list.setId("versions");
        for (OppContent v : versions) {
            String consented = v.consentedOn() == null
                    ? getTranslation("opp.versions.notConsented")
                    : getTranslation("opp.versions.consented", OppListView.DATE.format(v.consentedOn()));
            list.add(new Div(new Span(getTranslation(
                    "opp.versions.line",
                    v.versionNo(),
                    OppListView.DATE.format(
                            v.createdAt().atZone(ZoneId.systemDefault()).toLocalDate()),
                    consented))));
        }
        add(list);
        if (versions.size() < 2) {
            return;
        }
        ComboBox<OppContent> older = picker("opp.versions.older", versions, versions.get(1));
        ComboBox<OppContent> newer = picker("opp.versions.newer", versions, versions.get(0));
        older.addValueChangeListener(e -> compare(older.getValue(), newer.getValue()));
        newer.addValueChangeListener(e -> compare(older.getValue(), newer.getValue()));
        FlexLayout pickers = new FlexLayout(older, newer);
        pickers.addClassName("opp-actions");
        comparison.setId("version-comparison");
        add(card(subheading("opp.versions.compare"), pickers, comparison));
        compare(older.getValue(), newer.getValue());
    }

    private ComboBox<OppContent> picker(String key, List<OppContent> versions, OppContent value) {
        ComboBox<OppContent> box = new ComboBox<>(getTranslation(key), versions);
        box.setItemLabelGenerator(v -> getTranslation("opp.version") + " " + v.versionNo());
        box.setValue(value);
        return box;
    }

    private void compare(OppContent a, OppContent b) {
        comparison.removeAll();
        if (a == null || b == null) {
            return;
        }
        OppComparison diff = OppComparison.between(a, b);
        if (diff.added().isEmpty() && diff.removed().isEmpty()) {
            comparison.add(intro("opp.versions.same"));
        }
        diff.added().forEach(l -> comparison.add(line("+", "opp-added", l)));
        diff.removed().forEach(l -> comparison.add(line("\u2212", "opp-removed", l)));
    }

    private Div line(String sign, String cls, OppComparison.Line l) {
        String text = l.part().equals("destination")
                ? getTranslation("opp.destination." + ExitDestination.valueOf(l.text()))
                : l.text();
        Div d = new Div(new Span(sign + " " + getTranslation("opp.part." + l.part()) + ": " + text));
        d.addClassName(cls);
        return d;
    }
}
