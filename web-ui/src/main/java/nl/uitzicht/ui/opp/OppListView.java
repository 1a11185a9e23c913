package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.opp.OppState;
import nl.uitzicht.opp.OppSummary;
import nl.uitzicht.opp.WorklistItem;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;

/** The staff member's worklist (late, due soon, awaiting consent, evaluation due) and all OPPs of their schools. */
@Route(value = "opp", layout = MainLayout.class)
@Menu(title = "opp.nav.worklist", order = 21, icon = "vaadin:clipboard-check")
@RolesAllowed(Role.SCHOOL_STAFF_NAME)
class OppListView extends FreshPage implements HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** Rows the grid asks for at a time. */
    static final int PAGE_SIZE = 50;

    /** Up to this many OPPs the grid is as high as its rows; beyond, it scrolls and loads as it scrolls. */
    static final int ALL_ROWS_UP_TO = 15;

    private final Clock clock;

    private final OppPlans plans;
    private final StaffScopes scopes;

    OppListView(OppPlans plans, StaffScopes scopes, Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.scopes = scopes;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        addClassNames("page", "opp-page");
        StaffScope scope = scopes.current();
        add(new H1(getTranslation("opp.list.title")));
        List<WorklistItem> work = plans.worklist(scope, LocalDate.now(clock));
        Div workCard = new Div();
        workCard.addClassName("card");
        workCard.setId("opp-worklist");
        workCard.add(new H2(getTranslation("opp.worklist.title")));
        if (work.isEmpty()) {
            workCard.add(new Paragraph(getTranslation("opp.worklist.empty")));
        } else {
            for (WorklistItem item : work) {
                Div row = new Div();
                row.addClassName("opp-item");
                RouterLink link = new RouterLink(
                        item.opp().pupilName() + " (" + item.opp().group() + ")",
                        OppEditorView.class,
                        item.opp().id().toString());
                Span state = new Span(getTranslation("opp.state." + item.opp().state()) + " \u00b7 "
                        + getTranslation("opp.worklist.due") + " " + DATE.format(item.dueOn()));
                state.addClassName("muted");
                row.add(reasonBadge(item.reason()), new Div(new Div(link), new Div(state)));
                workCard.add(row);
            }
        }
        add(workCard);

        int count = plans.count(scope);
        Div allCard = new Div();
        allCard.addClassName("card");
        allCard.add(new H2(getTranslation("opp.list.all", count)));
        Grid<OppSummary> grid = new Grid<>();
        grid.setId("opp-grid");
        grid.addColumn(OppSummary::pupilName)
                .setHeader(getTranslation("opp.pupils.name"))
                .setAutoWidth(true);
        grid.addColumn(OppSummary::group).setHeader(getTranslation("opp.pupils.group"));
        grid.addColumn(stateBadge()).setHeader(getTranslation("opp.state")).setAutoWidth(true);
        grid.addColumn(OppSummary::versionNo).setHeader(getTranslation("opp.version"));
        grid.addColumn(o -> DATE.format(o.deadlines().setBy())).setHeader(getTranslation("opp.deadline.setBy"));
        grid.addColumn(o -> o.deadlines().nextEvaluationOn() == null
                        ? ""
                        : DATE.format(o.deadlines().nextEvaluationOn()))
                .setHeader(getTranslation("opp.deadline.nextEvaluation"));
        // Lazy: the grid asks for the rows it shows, page by page; the view keeps none of them (issue 13).
        grid.setPageSize(PAGE_SIZE);
        grid.setItems(
                query -> plans.page(scope, query.getOffset(), query.getLimit()).stream(), query -> plans.count(scope));
        if (count <= ALL_ROWS_UP_TO) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("36em");
        }
        grid.addItemClickListener(e -> open(e.getItem()));
        allCard.add(grid);
        add(allCard);
    }

    private void open(OppSummary opp) {
        getUI().ifPresent(ui -> ui.navigate(OppEditorView.class, opp.id().toString()));
    }

    private Component reasonBadge(WorklistItem.Reason reason) {
        Span badge = new Span(getTranslation("opp.worklist." + reason));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (reason) {
                            case LATE -> "badge error";
                            case DUE_SOON, EVALUATION_DUE -> "badge contrast";
                            case AWAITING_CONSENT -> "badge";
                        });
        return badge;
    }

    static Span stateBadge(Component owner, OppState state) {
        Span badge = new Span(owner.getTranslation("opp.state." + state));
        badge.getElement().getThemeList().add(badgeTheme(state));
        badge.addClassName("opp-state");
        return badge;
    }

    /** The state as a badge in a grid row: a template, not a component per row. */
    private LitRenderer<OppSummary> stateBadge() {
        return LitRenderer.<OppSummary>of("<span theme=\"${item.theme}\" class=\"opp-state\">${item.state}</span>")
                .withProperty("theme", o -> badgeTheme(o.state()))
                .withProperty("state", o -> getTranslation("opp.state." + o.state()));
    }

    private static String badgeTheme(OppState state) {
        return switch (state) {
            case ACTIVE -> "badge success";
            case CLOSED, DISCARDED -> "badge contrast";
            default -> "badge";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("opp.list.title"));
    }
}
