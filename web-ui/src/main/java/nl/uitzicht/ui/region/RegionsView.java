package nl.uitzicht.ui.region;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.uitzicht.identity.Role;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.ui.MainLayout;

/** The platform operator's list of regions. Global data only: no pupil data. */
@Route(value = "regios", layout = MainLayout.class)
@Menu(title = "nav.regions", order = 90, icon = "vaadin:globe")
@RolesAllowed(Role.OPERATOR_NAME)
class RegionsView extends VerticalLayout implements HasDynamicTitle {

    RegionsView(RegionDirectory regions) {
        addClassName("page");
        add(new H1(getTranslation("regions.title")), new RegionGrid(regions.all()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("regions.title"));
    }
}
