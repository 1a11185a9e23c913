package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.uitzicht.analysis.Agreement;
import nl.uitzicht.analysis.Comparison;
import nl.uitzicht.ui.kit.Numbers;
import nl.uitzicht.ui.kit.PageText;

/** Agreement for the round and per item: percent agreement and Krippendorff's alpha. */
class AgreementSection extends Div {

    AgreementSection(Comparison comparison) {
        addClassNames("card", "analysis-wide");
        setId("round-agreement");
        add(new H2(getTranslation("analysis.agreement.title")));
        Agreement all = comparison.overall();
        Div facts = new Div();
        facts.addClassName("analysis-facts");
        Span percent =
                new Span(getTranslation("analysis.agreement.percent") + ": " + Numbers.percent(this, all.percent()));
        percent.setId("agreement-percent");
        Span alpha = new Span(getTranslation("analysis.agreement.alphaOrdinal") + ": "
                + Numbers.decimal(this, all.alphaOrdinal(), 3));
        alpha.setId("agreement-alpha");
        facts.add(
                percent,
                alpha,
                new Span(getTranslation("analysis.agreement.alphaNominal") + ": "
                        + Numbers.decimal(this, all.alphaNominal(), 3)),
                new Span(getTranslation("analysis.agreement.alphaInterval") + ": "
                        + Numbers.decimal(this, all.alphaInterval(), 3)),
                new Span(getTranslation(
                        "analysis.agreement.divergent", comparison.divergentCount(), comparison.openDivergent())));
        add(facts);
        Paragraph help = PageText.muted(getTranslation("analysis.agreement.help"));
        add(help);
        Grid<Comparison.ItemAgreement> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> i.position() + ". " + i.statement())
                .setHeader(getTranslation("analysis.item"))
                .setFlexGrow(3);
        grid.addColumn(i -> Numbers.percent(this, i.agreement().percent()))
                .setHeader(getTranslation("analysis.agreement.percent"));
        grid.addColumn(i -> Numbers.decimal(this, i.agreement().alphaOrdinal(), 3))
                .setHeader(getTranslation("analysis.agreement.alphaOrdinal"));
        grid.addColumn(Comparison.ItemAgreement::divergent)
                .setHeader(getTranslation("analysis.compare.divergentCount"));
        grid.setItems(comparison.perItem());
        add(grid);
    }
}
