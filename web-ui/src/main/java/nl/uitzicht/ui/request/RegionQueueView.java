package nl.uitzicht.ui.request;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.uitzicht.identity.Role;
import nl.uitzicht.request.QueueFilter;
import nl.uitzicht.request.RegionCaller;
import nl.uitzicht.request.RegionRequests;
import nl.uitzicht.request.RequestStatus;
import nl.uitzicht.request.RequestSummary;
import nl.uitzicht.request.RequestType;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.PageText;

/**
 * The region's queue of requests for case managers: the most urgent due date first, filtered by status, type, school
 * or "mine". The view keeps the filter, never the rows (ADR 0090); the grid loads page by page.
 */
@Route(value = "regio/aanvragen", layout = MainLayout.class)
@Menu(title = "request.nav.queue", order = 24, icon = "vaadin:inbox")
@RolesAllowed(Role.CASE_MANAGER_NAME)
class RegionQueueView extends FreshPage implements HasDynamicTitle {

    /** "Open" in the status filter: submitted or in handling. */
    private Select<String> status;

    private Select<String> type;
    private ComboBox<SchoolSummary> school;
    private Checkbox mine;
    private Grid<RequestSummary> grid;
    private final RegionRequests requests;
    private RegionCaller caller;
    private QueueFilter filter = QueueFilter.OPEN;

    private final RegionCallers callers;
    private final SchoolDirectory schools;

    RegionQueueView(RegionRequests requests, RegionCallers callers, SchoolDirectory schools) {
        this.requests = requests;
        this.callers = callers;
        this.schools = schools;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        status = new Select<>();
        type = new Select<>();
        school = new ComboBox<>();
        mine = new Checkbox();
        filter = QueueFilter.OPEN;
        this.caller = callers.current();
        addClassNames("page", "request-page");
        add(new H1(getTranslation("request.queue.title")));
        add(PageText.muted(getTranslation("request.queue.intro")));
        status.setLabel(getTranslation("request.field.status"));
        status.setId("queue-status");
        status.setItems(statusOptions());
        status.setItemLabelGenerator(s -> s.equals("OPEN")
                ? getTranslation("request.queue.open")
                : s.equals("ALL") ? getTranslation("request.queue.all") : getTranslation("request.status." + s));
        status.setValue("OPEN");
        type.setLabel(getTranslation("request.field.type"));
        type.setId("queue-type");
        type.setItems(typeOptions());
        type.setItemLabelGenerator(
                t -> t.equals("ALL") ? getTranslation("request.queue.all") : getTranslation("request.type." + t));
        type.setValue("ALL");
        school.setLabel(getTranslation("request.field.school"));
        school.setId("queue-school");
        school.setItems(schools.all());
        school.setItemLabelGenerator(SchoolSummary::name);
        school.setClearButtonVisible(true);
        mine.setLabel(getTranslation("request.queue.mine"));
        mine.setId("queue-mine");
        status.addValueChangeListener(e -> refilter());
        type.addValueChangeListener(e -> refilter());
        school.addValueChangeListener(e -> refilter());
        mine.addValueChangeListener(e -> refilter());
        HorizontalLayout filters = new HorizontalLayout(status, type, school, mine);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        grid = Grids.requests(this, "queue-grid", true);
        grid.addColumn(r -> r.caseManagerName() == null ? "" : r.caseManagerName())
                .setHeader(getTranslation("request.field.caseManager"))
                .setAutoWidth(true);
        grid.setItems(
                q -> requests.queue(caller, filter, q.getOffset(), q.getLimit()).stream(),
                q -> requests.count(caller, filter));
        grid.setHeight("36em");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                RegionRequestView.class,
                new RouteParameters(RegionRequestView.ID, e.getItem().id().toString()))));
        Div card = new Div(filters, grid);
        card.addClassName("card");
        add(card);
    }

    private void refilter() {
        String s = status.getValue();
        String t = type.getValue();
        SchoolSummary sc = school.getValue();
        filter = new QueueFilter(
                s == null || s.equals("OPEN") || s.equals("ALL") ? null : RequestStatus.valueOf(s),
                "OPEN".equals(s),
                t == null || t.equals("ALL") ? null : RequestType.valueOf(t),
                sc == null ? null : sc.id(),
                mine.getValue());
        grid.getDataProvider().refreshAll();
    }

    private static java.util.List<String> statusOptions() {
        java.util.List<String> options = new java.util.ArrayList<>(java.util.List.of("OPEN", "ALL"));
        for (RequestStatus s : RequestStatus.values()) {
            if (s != RequestStatus.DRAFT) {
                options.add(s.name());
            }
        }
        return options;
    }

    private static java.util.List<String> typeOptions() {
        java.util.List<String> options = new java.util.ArrayList<>(java.util.List.of("ALL"));
        for (RequestType t : RequestType.values()) {
            options.add(t.name());
        }
        return options;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("request.queue.title"));
    }
}
