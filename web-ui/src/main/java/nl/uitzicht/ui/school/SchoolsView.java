package nl.uitzicht.ui.school;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.uitzicht.identity.Role;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.ui.MainLayout;

/** The region's schools, for its administrators. */
@Route(value = "scholen", layout = MainLayout.class)
@Menu(title = "nav.schools", order = 10, icon = "vaadin:academy-cap")
@RolesAllowed(Role.REGION_ADMIN_NAME)
class SchoolsView extends VerticalLayout implements HasDynamicTitle {

    SchoolsView(SchoolDirectory schools) {
        addClassName("page");
        List<SchoolSummary> all = schools.all();
        int pupils = all.stream().mapToInt(SchoolSummary::pupilCount).sum();
        Paragraph count = new Paragraph(getTranslation("schools.count", all.size(), pupils));
        count.setId("schools-count");
        add(new H1(getTranslation("schools.title")), count);
        add(all.isEmpty() ? new Paragraph(getTranslation("schools.empty")) : new SchoolGrid(all));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("schools.title"));
    }
}
