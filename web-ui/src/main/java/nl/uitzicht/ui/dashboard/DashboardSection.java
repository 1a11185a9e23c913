package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.html.Div;
import nl.uitzicht.ui.kit.Latin1Html;

/** A card of the dashboard: a title and an intro, then its chart, tables and CSV downloads. */
class DashboardSection extends Div {

    DashboardSection(String id, String titleKey, String introKey) {
        setId(id);
        addClassNames("card", "dashboard-section");
        // The title and intro as markup of one element: read-only text needs no component each (issue 13).
        Div heading = new Div();
        heading.getElement()
                .setProperty(
                        "innerHTML",
                        "<h2>" + Latin1Html.escape(getTranslation(titleKey)) + "</h2><p class=\"muted\">"
                                + Latin1Html.escape(getTranslation(introKey)) + "</p>");
        add(heading);
    }
}
