package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import nl.uitzicht.ui.kit.Latin1Html;

/** A dashboard's row of KPI cards, each one element with its value and label as escaped markup (issue 13). */
final class KpiCards {

    private KpiCards() {}

    static Div row(List<DashboardTables.Kpi> kpis) {
        Div row = new Div();
        row.addClassName("dashboard-kpis");
        kpis.forEach(k -> row.add(card(k)));
        return row;
    }

    private static Div card(DashboardTables.Kpi kpi) {
        Div k = new Div();
        k.setId(kpi.id());
        k.addClassNames("card", "dashboard-kpi");
        k.getElement()
                .setProperty(
                        "innerHTML",
                        "<span class=\"dashboard-kpi-value\">" + Latin1Html.escape(kpi.value()) + "</span><span>"
                                + Latin1Html.escape(kpi.label()) + "</span>");
        return k;
    }
}
