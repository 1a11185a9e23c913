package nl.uitzicht.ui.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import nl.uitzicht.ui.kit.PageText;

/** A card of the dashboard: a title and an intro, then its chart, tables and CSV downloads. */
class DashboardSection extends Div {

    DashboardSection(String id, String titleKey, String introKey) {
        setId(id);
        addClassNames("card", "dashboard-section");
        Paragraph intro = PageText.muted(getTranslation(introKey));
        add(new H2(getTranslation(titleKey)), intro);
    }
}
