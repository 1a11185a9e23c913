package nl.uitzicht.ui.request;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.uitzicht.identity.Role;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.request.RequestSummary;
import nl.uitzicht.request.SchoolRequests;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.opp.StaffScopes;

/** The school's requests to the region, newest first, loaded page by page. A request starts from the OPP. */
@Route(value = "aanvragen", layout = MainLayout.class)
@Menu(title = "request.nav.school", order = 23, icon = "vaadin:paperplane")
@RolesAllowed(Role.SCHOOL_STAFF_NAME)
class SchoolRequestsView extends FreshPage implements HasDynamicTitle {

    private final SchoolRequests requests;
    private final StaffScopes scopes;

    SchoolRequestsView(SchoolRequests requests, StaffScopes scopes) {
        this.requests = requests;
        this.scopes = scopes;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        addClassNames("page", "request-page");
        StaffScope scope = scopes.current();
        add(new H1(getTranslation("request.school.title")));
        add(PageText.muted(getTranslation("request.school.intro")));
        int count = requests.count(scope);
        Grid<RequestSummary> grid = Grids.requests(this, "school-requests", true);
        grid.setItems(q -> requests.page(scope, q.getOffset(), q.getLimit()).stream(), q -> requests.count(scope));
        if (count <= 15) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("36em");
        }
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                SchoolRequestView.class,
                new RouteParameters(SchoolRequestView.ID, e.getItem().id().toString()))));
        Div card = new Div(grid);
        card.addClassName("card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("request.school.title"));
    }
}
