package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.uitzicht.analysis.Agreement;
import nl.uitzicht.analysis.Comparison;
import nl.uitzicht.ui.kit.DataTable;
import nl.uitzicht.ui.kit.Latin1Html;
import nl.uitzicht.ui.kit.Numbers;
import nl.uitzicht.ui.kit.PageText;

/** Agreement for the round and per item: percent agreement and Krippendorff's alpha. */
class AgreementSection extends Div {

    AgreementSection(Comparison comparison) {
        addClassNames("card", "analysis-wide");
        setId("round-agreement");
        add(new H2(getTranslation("analysis.agreement.title")));
        Agreement all = comparison.overall();
        // Read-only facts as the markup of one element, not a component per fact (issue 13).
        Div facts = new Div();
        facts.addClassName("analysis-facts");
        facts.getElement()
                .setProperty(
                        "innerHTML",
                        fact(
                                        "agreement-percent",
                                        getTranslation("analysis.agreement.percent") + ": "
                                                + Numbers.percent(this, all.percent()))
                                + fact(
                                        "agreement-alpha",
                                        getTranslation("analysis.agreement.alphaOrdinal") + ": "
                                                + Numbers.decimal(this, all.alphaOrdinal(), 3))
                                + fact(
                                        null,
                                        getTranslation("analysis.agreement.alphaNominal") + ": "
                                                + Numbers.decimal(this, all.alphaNominal(), 3))
                                + fact(
                                        null,
                                        getTranslation("analysis.agreement.alphaInterval") + ": "
                                                + Numbers.decimal(this, all.alphaInterval(), 3))
                                + fact(
                                        null,
                                        getTranslation(
                                                "analysis.agreement.divergent",
                                                comparison.divergentCount(),
                                                comparison.openDivergent())));
        add(facts);
        Paragraph help = PageText.muted(getTranslation("analysis.agreement.help"));
        add(help);
        // Read-only figures: one HTML table, not a grid with columns, renderers and a data communicator (issue 13).
        List<List<String>> rows = comparison.perItem().stream()
                .map(i -> List.of(
                        i.position() + ". " + i.statement(),
                        Numbers.percent(this, i.agreement().percent()),
                        Numbers.decimal(this, i.agreement().alphaOrdinal(), 3),
                        Integer.toString(i.divergent())))
                .toList();
        DataTable perItem = new DataTable(
                "agreement-per-item",
                getTranslation("analysis.agreement.title"),
                List.of(
                        getTranslation("analysis.item"),
                        getTranslation("analysis.agreement.percent"),
                        getTranslation("analysis.agreement.alphaOrdinal"),
                        getTranslation("analysis.compare.divergentCount")),
                rows);
        add(perItem);
    }

    /** A fact as escaped markup: {@code <span id="...">text</span>}. */
    static String fact(String id, String text) {
        return "<span" + (id == null ? "" : " id=\"" + id + "\"") + ">" + Latin1Html.escape(text) + "</span>";
    }
}
