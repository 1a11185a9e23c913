package nl.uitzicht.ui.request;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.request.RequestSummary;
import nl.uitzicht.request.SchoolRequests;
import nl.uitzicht.ui.kit.PageText;

/**
 * For school staff in the OPP (issue 16): the requests to the region built on this plan, with type, status, due date,
 * outcome and a link to each request's page, and the way to start a new one while the plan is open. Built when its
 * tab is opened; keeps only the rows the grid shows (summaries, no entities).
 */
public class PlanRequestsPanel extends VerticalLayout {

    /** {@code mayStart}: the plan is open, so a new request can rest on it. */
    public PlanRequestsPanel(StaffScope scope, UUID oppId, boolean mayStart) {
        setPadding(false);
        addClassName("opp-section");
        setId("opp-requests");
        SchoolRequests requests = Instantiator.get(UI.getCurrent()).getOrCreate(SchoolRequests.class);
        add(new H2(getTranslation("request.opp.title")));
        add(PageText.muted(getTranslation("request.opp.intro")));
        if (mayStart) {
            RouterLink start =
                    new RouterLink(StartRequestView.class, new RouteParameters(StartRequestView.OPP, oppId.toString()));
            start.setId("opp-requests-start");
            Button button = new Button(getTranslation("request.opp.action"), VaadinIcon.PAPERPLANE.create());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setTabIndex(-1);
            start.add(button);
            add(start);
        }
        List<RequestSummary> rows = requests.ofPlan(scope, oppId);
        if (rows.isEmpty()) {
            add(PageText.muted(getTranslation("request.opp.none")));
            return;
        }
        Grid<RequestSummary> grid = Grids.planRequests(this, "opp-requests-grid");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
