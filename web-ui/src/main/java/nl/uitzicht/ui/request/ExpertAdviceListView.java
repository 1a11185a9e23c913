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
import nl.uitzicht.request.ExpertRequests;
import nl.uitzicht.request.RegionCaller;
import nl.uitzicht.request.RequestSummary;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.PageText;

/** "Mijn adviezen": the requests a case manager assigned to the expert, by due date, loaded page by page. */
@Route(value = "adviezen", layout = MainLayout.class)
@Menu(title = "request.nav.expert", order = 25, icon = "vaadin:comment-ellipsis")
@RolesAllowed(Role.EXPERT_NAME)
class ExpertAdviceListView extends FreshPage implements HasDynamicTitle {

    private final ExpertRequests requests;
    private final RegionCallers callers;

    ExpertAdviceListView(ExpertRequests requests, RegionCallers callers) {
        this.requests = requests;
        this.callers = callers;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        addClassNames("page", "request-page");
        RegionCaller caller = callers.current();
        add(new H1(getTranslation("request.expert.title")));
        add(PageText.muted(getTranslation("request.expert.intro")));
        Grid<RequestSummary> grid = Grids.requests(this, "expert-requests", true);
        grid.setItems(
                q -> requests.assigned(caller, q.getOffset(), q.getLimit()).stream(),
                q -> requests.countAssigned(caller));
        grid.setHeight("30em");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ExpertRequestView.class,
                new RouteParameters(ExpertRequestView.ID, e.getItem().id().toString()))));
        Div card = new Div(grid);
        card.addClassName("card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("request.expert.title"));
    }
}
